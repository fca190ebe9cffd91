import type { LocalDate } from '@trainkit/core';
import type { DayBoundaryPolicy } from '../config/heuristics-enums.js';
import { dayNumberToLocalDate } from './day-number.js';
import { dayShares } from './day-shares.js';
import { fixedOffsetClock, ianaZoneClock, isKnownTimeZone } from './zone-clock.js';

/**
 * Puts a session's load on local calendar days: all on the local start date (`start_date`, GoldenCheetah and
 * TrainingPeaks) or split by elapsed time (`pro_rata`). The load is pro-rated, never recomputed per part (TSS is not
 * split-additive). The zone is `timeZone` (IANA) when given, else the fixed `utcOffsetMinutes`, else UTC.
 *
 * @example
 * ```ts
 * // 23:00–01:00 in Berlin (CEST), load 120
 * attributeLoadToLocalDays({ startedAt: '2024-06-10T21:00:00Z', durationSeconds: 7200, load: 120,
 *   timeZone: 'Europe/Berlin', policy: 'pro_rata' });
 * // [{ date: '2024-06-10', load: 60 }, { date: '2024-06-11', load: 60 }]
 * ```
 */
export function attributeLoadToLocalDays(input: {
  /** Start instant (ISO-8601). */
  startedAt: string;
  /** Elapsed duration in seconds (>= 0). */
  durationSeconds: number;
  /** The session's load. */
  load: number;
  /** IANA zone of the session. */
  timeZone?: string;
  /** Fixed UTC offset in minutes when no zone is known. */
  utcOffsetMinutes?: number;
  /** Attribution policy. */
  policy: DayBoundaryPolicy;
}): Array<{ date: LocalDate; load: number }> {
  if (input.timeZone !== undefined && !isKnownTimeZone(input.timeZone)) {
    throw new RangeError(`unknown time zone ${input.timeZone}`);
  }
  const clock =
    input.timeZone !== undefined ? ianaZoneClock(input.timeZone) : fixedOffsetClock(input.utcOffsetMinutes ?? 0);
  const startMs = Date.parse(input.startedAt);
  const endMs = startMs + Math.round(Math.max(0, input.durationSeconds) * 1000);
  return dayShares(startMs, endMs, clock, input.policy).map((part) => ({
    date: dayNumberToLocalDate(part.day),
    load: input.load * part.share,
  }));
}
