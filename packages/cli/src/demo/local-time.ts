import { toInstant, utcOffsetMinutesAt, type Instant, type LocalDate } from '@trainkit/core';

const DAY_MS = 86_400_000;

/**
 * The calendar day `days` after `date` (negative goes back).
 *
 * @example
 * ```ts
 * addDays('2024-02-28' as LocalDate, 2); // '2024-03-01'
 * ```
 */
export function addDays(date: LocalDate | string, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/**
 * The instant at which the wall clock in `timeZone` shows `hours:minutes` on `date` (DST-aware; the demo only uses
 * times of day that exist on every day).
 *
 * @example
 * ```ts
 * localTimeToInstant('2024-06-03' as LocalDate, 7, 30, 'Europe/Berlin'); // '2024-06-03T05:30:00.000Z'
 * ```
 */
export function localTimeToInstant(date: LocalDate | string, hours: number, minutes: number, timeZone: string): Instant {
  const wallClockAsUtc = Date.parse(`${date}T00:00:00.000Z`) + (hours * 60 + minutes) * 60_000;
  const firstGuess = wallClockAsUtc - utcOffsetMinutesAt(toInstant(wallClockAsUtc), timeZone) * 60_000;
  return toInstant(wallClockAsUtc - utcOffsetMinutesAt(toInstant(firstGuess), timeZone) * 60_000);
}

/**
 * The instant `minutes` after `start` (fractions allowed, rounded to the millisecond).
 *
 * @example
 * ```ts
 * minutesAfter('2024-06-03T05:30:00.000Z' as Instant, 90); // '2024-06-03T07:00:00.000Z'
 * ```
 */
export function minutesAfter(start: Instant, minutes: number): Instant {
  return toInstant(Date.parse(start) + Math.round(minutes * 60_000));
}

/**
 * The local days `count` days up to and including `last`, oldest first, not before `first`.
 *
 * @example
 * ```ts
 * recentDays('2024-06-11' as LocalDate, 3, '2024-05-06' as LocalDate); // ['2024-06-09', '2024-06-10', '2024-06-11']
 * ```
 */
export function recentDays(last: LocalDate, count: number, first: LocalDate): LocalDate[] {
  const days: LocalDate[] = [];
  for (let offset = count - 1; offset >= 0; offset -= 1) {
    const day = addDays(last, -offset);
    if (day >= first) days.push(day);
  }
  return days;
}
