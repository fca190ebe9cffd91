import type { LocalDate } from '@trainkit/core';
import type { DayBoundaryPolicy } from '../config/heuristics-enums.js';
import { dayNumberToLocalDate } from './day-number.js';
import { dayShares } from './day-shares.js';
import { fixedOffsetClock, ianaZoneClock, isKnownTimeZone } from './zone-clock.js';

/**
 * Puts a session's load on local calendar days, exactly as the engine's PMC does: all on the local start date
 * (`start_date`, GoldenCheetah and TrainingPeaks) or split by elapsed time (`pro_rata`). The load is pro-rated, never
 * recomputed per part (TSS is not split-additive). The zone is `timeZone` (IANA) when given, else the fixed
 * `utcOffsetMinutes`, else UTC.
 *
 * With `profileTimeZone` (the athlete's home zone), a part is never dated later than the profile-zone date of its
 * end: a session recorded far east of home (Tokyo, profile Berlin) that ended before the profile's next day began
 * stays on the profile's day, so a completed session always counts by `asOf`. Without it, or when it is the session's
 * own zone, nothing is capped.
 *
 * @example
 * ```ts
 * // 23:00–01:00 in Berlin (CEST), load 120
 * attributeLoadToLocalDays({ startedAt: '2024-06-10T21:00:00Z', durationSeconds: 7200, load: 120,
 *   timeZone: 'Europe/Berlin', policy: 'pro_rata' });
 * // [{ date: '2024-06-10', load: 60 }, { date: '2024-06-11', load: 60 }]
 *
 * // 06:00–07:00 in Tokyo on 06-12 is 23:00–24:00 on 06-11 in Berlin: the Berlin day of its end, 06-12, has begun
 * attributeLoadToLocalDays({ startedAt: '2024-06-11T21:00:00Z', durationSeconds: 3600, load: 80,
 *   timeZone: 'Asia/Tokyo', profileTimeZone: 'Europe/Berlin', policy: 'start_date' });
 * // [{ date: '2024-06-12', load: 80 }]
 * // 05:00–06:00 in Tokyo ends at 23:00 in Berlin, still 06-11 there
 * attributeLoadToLocalDays({ startedAt: '2024-06-11T20:00:00Z', durationSeconds: 3600, load: 80,
 *   timeZone: 'Asia/Tokyo', profileTimeZone: 'Europe/Berlin', policy: 'start_date' });
 * // [{ date: '2024-06-11', load: 80 }]
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
  /** The athlete's (profile) IANA zone: caps each part at the profile-zone date of its end. */
  profileTimeZone?: string;
  /** Attribution policy. */
  policy: DayBoundaryPolicy;
}): Array<{ date: LocalDate; load: number }> {
  if (input.timeZone !== undefined && !isKnownTimeZone(input.timeZone)) {
    throw new RangeError(`unknown time zone ${input.timeZone}`);
  }
  if (input.profileTimeZone !== undefined && !isKnownTimeZone(input.profileTimeZone)) {
    throw new RangeError(`unknown time zone ${input.profileTimeZone}`);
  }
  const clock =
    input.timeZone !== undefined ? ianaZoneClock(input.timeZone) : fixedOffsetClock(input.utcOffsetMinutes ?? 0);
  const startMs = Date.parse(input.startedAt);
  const endMs = startMs + Math.round(Math.max(0, input.durationSeconds) * 1000);
  const cap = input.profileTimeZone !== undefined ? ianaZoneClock(input.profileTimeZone) : clock;
  return dayShares(startMs, endMs, clock, input.policy, cap).map((part) => ({
    date: dayNumberToLocalDate(part.day),
    load: input.load * part.share,
  }));
}
