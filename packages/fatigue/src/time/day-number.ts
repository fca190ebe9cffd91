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

const DATE_CACHE = new Map<number, LocalDate>();
const MAX_CACHED_DATES = 200_000;

function pad(value: number, width: number): string {
  return String(value).padStart(width, '0');
}

/** Internal: the `YYYY-MM-DD` calendar date of a day index (proleptic Gregorian, Hinnant's civil_from_days). */
export function dayNumberToLocalDate(dayNumber: number): LocalDate {
  const cached = DATE_CACHE.get(dayNumber);
  if (cached !== undefined) return cached;
  const shifted = dayNumber + 719_468;
  const era = Math.floor(shifted / 146_097);
  const dayOfEra = shifted - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as LocalDate;
  if (DATE_CACHE.size < MAX_CACHED_DATES) DATE_CACHE.set(dayNumber, date);
  return date;
}
