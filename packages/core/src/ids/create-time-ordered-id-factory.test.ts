import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTimeOrderedIdFactory } from './create-time-ordered-id-factory.js';
import { UserIdSchema } from './entity-ids.js';

const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The millisecond timestamp an id holds. */
function timestampOf(id: string): number {
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}

describe('createTimeOrderedIdFactory', () => {
  it('makes UUID v7 ids that each sort after the one before, whatever the clock does, and never repeat', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 2 ** 48 + 5 }), fc.constant(Number.NaN), fc.double()), { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 40 }), (readings, perReading) => {
        let index = 0;
        const ids = createTimeOrderedIdFactory(() => readings[Math.floor(index++ / perReading) % readings.length]!);
        const made = Array.from({ length: readings.length * perReading }, () => ids());
        for (const id of made) expect(id).toMatch(UUID_V7);
        for (let at = 1; at < made.length; at += 1) expect(made[at]! > made[at - 1]!).toBe(true);
        expect(UserIdSchema.parse(made[0])).toBe(made[0]);
      }),
    );
  });

  it('holds the clock reading, and borrows the next millisecond after 4,096 ids in one', () => {
    const ids = createTimeOrderedIdFactory(() => 1_733_400_000_123.7);
    const made = Array.from({ length: 9000 }, () => ids());
    expect(timestampOf(made[0]!)).toBe(1_733_400_000_123);
    expect(new Set(made).size).toBe(made.length);
    expect(timestampOf(made.at(-1)!)).toBeGreaterThan(1_733_400_000_123);
    expect(timestampOf(made.at(-1)!)).toBeLessThanOrEqual(1_733_400_000_123 + 5);
    expect([...made].sort()).toStrictEqual(made);
  });

  it('makes distinct ids from a clock that never moves (a test clock)', () => {
    const ids = createTimeOrderedIdFactory(() => 0);
    const made = Array.from({ length: 500 }, () => ids());
    expect(new Set(made).size).toBe(500);
    expect(made[0]!.startsWith('00000000-0000-7')).toBe(true);
  });
});
