import type { LocalDate } from '@trainkit/core';

/** Milliseconds in 24 hours (a calendar-day index step, never used to move between local days of a zone). */
export const DAY_MS = 86_400_000;

/** Milliseconds in one hour. */
export const HOUR_MS = 3_600_000;

/**
 * Internal: the day index (days since 1970-01-01) of a `YYYY-MM-DD` calendar date. Calendar arithmetic on these
 * indices is time-zone free.
 */
export function localDateToDayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** Internal: the `YYYY-MM-DD` calendar date of a day index. */
export function dayNumberToLocalDate(dayNumber: number): LocalDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}
