import { utcOffsetMinutesAt, type LocalDate } from '@trainkit/core';
import { demoUuid } from './demo-uuid.js';
import { addDays, localTimeToInstant } from './local-time.js';
import type { SeededRandom } from './seeded-random.js';

/** `2024-06-10T23:04:11+02:00`: Oura's local date-time with its offset. */
function ouraDateTime(instant: string, timeZone: string): string {
  const minutes = utcOffsetMinutesAt(instant, timeZone);
  const local = new Date(Date.parse(instant) + minutes * 60_000).toISOString().slice(0, 19);
  const abs = Math.abs(minutes);
  return `${local}${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/**
 * Oura `daily_readiness` of the given days, as one page of `GET /v2/usercollection/daily_readiness`: the score and its
 * contributors, the temperature deviation, `day` the local day, `timestamp` its local midnight.
 *
 * @example
 * ```ts
 * demoOuraReadinessPage(['2024-06-11'] as LocalDate[], { timeZone: 'Europe/Berlin', random }).data[0]?.score;
 * ```
 */
export function demoOuraReadinessPage(days: readonly LocalDate[], options: { readonly timeZone: string; readonly random: SeededRandom }) {
  const r = options.random;
  return {
    data: days.map((day) => ({
      id: demoUuid(r),
      contributors: {
        activity_balance: r.integer(62, 90),
        body_temperature: r.integer(85, 100),
        hrv_balance: r.integer(60, 92),
        previous_day_activity: r.integer(55, 95),
        previous_night: r.integer(60, 92),
        recovery_index: r.integer(70, 100),
        resting_heart_rate: r.integer(75, 98),
        sleep_balance: r.integer(70, 95),
        sleep_regularity: r.integer(65, 95),
      },
      day,
      score: r.integer(62, 89),
      temperature_deviation: Math.round(r.between(-0.4, 0.4) * 100) / 100,
      temperature_trend_deviation: Math.round(r.between(-0.2, 0.2) * 100) / 100,
      timestamp: ouraDateTime(localTimeToInstant(day, 0, 0, options.timeZone), options.timeZone),
    })),
    next_token: null,
  };
}

/**
 * Oura sleep periods ending on the given days (`GET /v2/usercollection/sleep`): one `long_sleep` a night from about
 * 23:00 to 06:45 local time, with stages, efficiency, lowest heart rate and average HRV.
 *
 * @example
 * ```ts
 * demoOuraSleepPage(['2024-06-11'] as LocalDate[], { timeZone: 'Europe/Berlin', random }).data[0]?.type; // 'long_sleep'
 * ```
 */
export function demoOuraSleepPage(days: readonly LocalDate[], options: { readonly timeZone: string; readonly random: SeededRandom }) {
  const r = options.random;
  return {
    data: days.map((day) => {
      const start = localTimeToInstant(addDays(day, -1), 22, 50 + r.integer(0, 40), options.timeZone);
      const end = localTimeToInstant(day, 6, 30 + r.integer(0, 25), options.timeZone);
      const inBed = (Date.parse(end) - Date.parse(start)) / 1000;
      const awake = r.integer(1500, 3000);
      const asleep = inBed - awake;
      const deep = Math.round(asleep * r.between(0.16, 0.22));
      const rem = Math.round(asleep * r.between(0.2, 0.26));
      return {
        id: demoUuid(r),
        average_breath: Math.round(r.between(13.5, 15.5) * 1000) / 1000,
        average_heart_rate: Math.round(r.between(50, 56) * 100) / 100,
        average_hrv: r.integer(42, 64),
        awake_time: awake,
        bedtime_end: ouraDateTime(end, options.timeZone),
        bedtime_start: ouraDateTime(start, options.timeZone),
        day,
        deep_sleep_duration: deep,
        efficiency: Math.round((asleep / inBed) * 100),
        latency: r.integer(300, 1200),
        light_sleep_duration: asleep - deep - rem,
        low_battery_alert: false,
        lowest_heart_rate: r.integer(44, 50),
        period: 0,
        readiness_score_delta: 0,
        rem_sleep_duration: rem,
        restless_periods: r.integer(150, 260),
        sleep_algorithm_version: 'v2',
        sleep_score_delta: 0,
        time_in_bed: inBed,
        total_sleep_duration: asleep,
        type: 'long_sleep',
      };
    }),
    next_token: null,
  };
}
