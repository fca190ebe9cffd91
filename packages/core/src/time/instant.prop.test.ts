import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantToEpochMs, InstantSchema, toInstant } from './instant.js';

const epochMs = fc.integer({ min: Date.UTC(1900, 0, 1), max: Date.UTC(2200, 0, 1) });
const offsetMinutes = fc.integer({ min: -14 * 60, max: 14 * 60 });

function withOffset(ms: number, offset: number): string {
  const local = new Date(ms + offset * 60_000).toISOString().slice(0, 23);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return `${local}${sign}${String(Math.floor(absolute / 60)).padStart(2, '0')}:${String(absolute % 60).padStart(2, '0')}`;
}

describe('InstantSchema normalization', () => {
  it('normalizes any offset form of an instant to the same UTC string, and is idempotent', () => {
    fc.assert(
      fc.property(epochMs, offsetMinutes, (ms, offset) => {
        const parsed = InstantSchema.parse(withOffset(ms, offset));
        expect(parsed).toBe(toInstant(ms));
        expect(InstantSchema.parse(parsed)).toBe(parsed);
        expect(instantToEpochMs(parsed)).toBe(ms);
      }),
    );
  });

  it('rejects dates without a time part and garbage', () => {
    expect(InstantSchema.safeParse('2024-06-12').success).toBe(false);
    expect(InstantSchema.safeParse('yesterday').success).toBe(false);
  });
});
