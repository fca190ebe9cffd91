import { toInstant, utcOffsetMinutesAt, type Instant, type LocalDate } from '@trainkit/core';

const DAY_MS = 86_400_000;

/**
 * Internal: the instant of a wall-clock time (`minutesOfDay` after local midnight) on a local day in an IANA zone.
 * Two passes of the zone's offset settle DST changes; in a spring-forward gap the later offset applies.
 */
export function localDateTimeToInstant(date: LocalDate | string, minutesOfDay: number, timeZone: string): Instant {
  const wallClockAsUtc = Date.parse(`${date}T00:00:00.000Z`) + minutesOfDay * 60_000;
  const firstGuess = wallClockAsUtc - utcOffsetMinutesAt(toInstant(wallClockAsUtc), timeZone) * 60_000;
  return toInstant(wallClockAsUtc - utcOffsetMinutesAt(toInstant(firstGuess), timeZone) * 60_000);
}

/** Internal: the local day `days` after `date` (calendar arithmetic, no zone involved). */
export function addLocalDays(date: LocalDate | string, days: number): LocalDate {
  return new Date(Date.parse(`${date}T00:00:00.000Z`) + days * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

/**
 * Internal: the last millisecond of a local day in a zone (the next day's local midnight minus 1 ms), so that every
 * session that ended on that day counts and none of the next day does.
 */
export function endOfLocalDay(date: LocalDate | string, timeZone: string): Instant {
  return toInstant(Date.parse(localDateTimeToInstant(addLocalDays(date, 1), 0, timeZone)) - 1);
}
