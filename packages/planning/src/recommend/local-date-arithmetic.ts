import { utcOffsetMinutesAt, type Instant, type LocalDate } from '@trainkit/core';

const DAY_MS = 86_400_000;

/**
 * Internal: the local date `days` after `date` (calendar arithmetic on `YYYY-MM-DD`, no time zone involved).
 *
 * @example
 * ```ts
 * addLocalDays('2024-02-28' as LocalDate, 2); // '2024-03-01'
 * ```
 */
export function addLocalDays(date: LocalDate | string, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/**
 * Internal: whole days from `from` to `to` (negative when `to` is earlier).
 *
 * @example
 * ```ts
 * daysBetween('2024-06-10', '2024-06-13'); // 3
 * ```
 */
export function daysBetween(from: LocalDate | string, to: LocalDate | string): number {
  return Math.round((Date.parse(`${to}T00:00:00.000Z`) - Date.parse(`${from}T00:00:00.000Z`)) / DAY_MS);
}

/**
 * Internal: the instant of local noon of `date` in `timeZone` (DST-aware; noon is never in a transition gap).
 *
 * @example
 * ```ts
 * localNoonInstant('2024-07-01' as LocalDate, 'Europe/Berlin'); // '2024-07-01T10:00:00.000Z'
 * ```
 */
export function localNoonInstant(date: LocalDate | string, timeZone: string): Instant {
  const noonUtc = Date.parse(`${date}T12:00:00.000Z`);
  let guess = noonUtc - utcOffsetMinutesAt(new Date(noonUtc).toISOString(), timeZone) * 60_000;
  guess = noonUtc - utcOffsetMinutesAt(new Date(guess).toISOString(), timeZone) * 60_000;
  return new Date(guess).toISOString() as Instant;
}
