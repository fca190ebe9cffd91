import { localDateToDayNumber } from './day-number.js';
import { ianaZoneClock, isKnownTimeZone } from './zone-clock.js';

/**
 * Length in hours of a local calendar day in an IANA zone: 24, or 23/25 on DST changes. Throws a `RangeError` for an
 * unknown zone.
 *
 * @example
 * ```ts
 * localDayLengthHours('2024-03-31', 'Europe/Berlin'); // 23
 * ```
 */
export function localDayLengthHours(date: string, timeZone: string): number {
  if (!isKnownTimeZone(timeZone)) throw new RangeError(`unknown time zone ${timeZone}`);
  const clock = ianaZoneClock(timeZone);
  const day = localDateToDayNumber(date);
  return (clock.startOfDay(day + 1) - clock.startOfDay(day)) / 3_600_000;
}
