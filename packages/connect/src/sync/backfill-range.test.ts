import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backfillRange } from './backfill-range.js';

const DAY = 24 * 60 * 60 * 1000;
const day = fc.integer({ min: 0, max: 60_000 }).map((n) => new Date(Date.parse('1990-01-01T00:00:00Z') + n * DAY).toISOString().slice(0, 10));
const now = new Date('2026-12-03T20:00:00.000Z');

describe('backfillRange', () => {
  it('days cover from the start of since through the end of until (UTC)', () => {
    fc.assert(
      fc.property(day, day, (a, b) => {
        const [since, until] = a <= b ? [a, b] : [b, a];
        const range = backfillRange(since, until, now);
        expect(range?.start.toISOString()).toBe(`${since}T00:00:00.000Z`);
        expect(range?.end.getTime()).toBe(Date.parse(`${until}T00:00:00.000Z`) + DAY);
      }),
    );
  });

  it('instants with an offset are taken as they are; until defaults to now; none is an incremental sync', () => {
    expect(backfillRange('2026-11-01T06:30:00+02:00', '2026-11-02T00:00:00Z', now)).toEqual({
      start: new Date('2026-11-01T04:30:00.000Z'),
      end: new Date('2026-11-02T00:00:00.000Z'),
    });
    expect(backfillRange('2026-11-01', undefined, now)?.end).toEqual(now);
    expect(backfillRange(undefined, undefined, now)).toBeNull();
  });

  it('refuses what is not a day or an instant with an offset, a since after until, and until alone', () => {
    for (const bad of ['2026-02-30', '2026-11-01T10:00:00', 'yesterday', '2026/11/01', '']) {
      expect(() => backfillRange(bad, undefined, now)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    }
    expect(() => backfillRange('2026-11-05', '2026-11-01', now)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
    expect(() => backfillRange(undefined, '2026-11-01', now)).toThrow(expect.objectContaining({ code: 'VALIDATION_FAILED' }));
  });
});
