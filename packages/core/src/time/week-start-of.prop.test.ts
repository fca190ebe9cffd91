import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WEEKDAYS } from '../enums/settings.js';
import { weekStartOf } from './week-start-of.js';

const day = fc.integer({ min: 0, max: 200 * 365 }).map((offset) => new Date(Date.UTC(1950, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10));

function isoWeekdayIndex(date: string): number {
  return (new Date(`${date}T00:00:00.000Z`).getUTCDay() + 6) % 7;
}

describe('weekStartOf', () => {
  it('returns the latest day on or before the date that falls on the week start day', () => {
    fc.assert(
      fc.property(day, fc.constantFrom(...WEEKDAYS), (date, weekStart) => {
        const start = weekStartOf(date, weekStart);
        const back = (Date.parse(date) - Date.parse(start)) / 86_400_000;
        expect(back).toBeGreaterThanOrEqual(0);
        expect(back).toBeLessThan(7);
        expect(isoWeekdayIndex(start)).toBe(WEEKDAYS.indexOf(weekStart));
        expect(weekStartOf(start, weekStart)).toBe(start);
      }),
    );
  });

  it('matches known calendar weeks', () => {
    expect(weekStartOf('2025-03-06', 'monday')).toBe('2025-03-03');
    expect(weekStartOf('2025-03-06', 'sunday')).toBe('2025-03-02');
    expect(weekStartOf('2025-03-03', 'monday')).toBe('2025-03-03');
    expect(weekStartOf('2024-01-01', 'saturday')).toBe('2023-12-30');
    expect(() => weekStartOf('not-a-date')).toThrow(RangeError);
  });
});
