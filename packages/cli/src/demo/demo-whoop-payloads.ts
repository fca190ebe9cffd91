import { utcOffsetMinutesAt, type Instant, type LocalDate } from '@trainkit/core';
import type { DemoRecordedRun } from './demo-recorded-run.js';
import { localTimeToInstant } from './local-time.js';
import { demoUuid } from './demo-uuid.js';
import type { SeededRandom } from './seeded-random.js';

/** WHOOP's `timezone_offset`: `+02:00`, `-05:00`, or `Z`. */
function whoopOffset(instant: string, timeZone: string): string {
  const minutes = utcOffsetMinutesAt(instant, timeZone);
  if (minutes === 0) return 'Z';
  const abs = Math.abs(minutes);
  return `${minutes < 0 ? '-' : '+'}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** An instant with milliseconds, as WHOOP writes them, `ms` after `instant`. */
function after(instant: string, ms: number): string {
  return new Date(Date.parse(instant) + ms).toISOString();
}

/**
 * The demo's long run as the athlete's WHOOP strap saw it, in a v2 workout collection page
 * (`GET /v2/activity/workout`): WHOOP detected the run itself, so it starts a little after the watch and ends a
 * little before; heart rate from the strap; energy in kJ; `score_state` `SCORED`.
 *
 * @example
 * ```ts
 * const page = demoWhoopWorkoutPage(run, { timeZone: 'Europe/Berlin', random });
 * page.records[0]?.sport_name; // 'running'
 * ```
 */
export function demoWhoopWorkoutPage(run: DemoRecordedRun, options: { readonly timeZone: string; readonly random: SeededRandom }) {
  const start = after(run.start, 47_312);
  const end = after(run.end, -64_877);
  const minutes = (Date.parse(end) - Date.parse(start)) / 60_000;
  const zone = (share: number) => Math.round(minutes * 60_000 * share);
  return {
    records: [
      {
        id: demoUuid(options.random),
        v1_id: 1_187_404_312,
        user_id: 10_129_774,
        created_at: after(run.end, 312_004),
        updated_at: after(run.end, 455_119),
        start,
        end,
        timezone_offset: whoopOffset(run.start, options.timeZone),
        sport_name: 'running',
        score_state: 'SCORED',
        score: {
          strain: 14.2871,
          average_heart_rate: run.avgHeartRateBpm + 1,
          max_heart_rate: run.maxHeartRateBpm + 2,
          kilojoule: Math.round(run.energyKcal * 4.184 * 1.04 * 100) / 100,
          percent_recorded: 100,
          zone_durations: {
            zone_zero_milli: zone(0.01),
            zone_one_milli: zone(0.08),
            zone_two_milli: zone(0.41),
            zone_three_milli: zone(0.42),
            zone_four_milli: zone(0.08),
            zone_five_milli: 0,
          },
        },
        sport_id: 0,
      },
    ],
    next_token: null,
  };
}

/**
 * WHOOP recoveries of the given mornings (`GET /v2/recovery`, newest first): recovery score, resting heart rate and
 * HRV (RMSSD), computed each morning after the night's sleep.
 *
 * @example
 * ```ts
 * const page = demoWhoopRecoveryPage(['2024-06-10', '2024-06-11'] as LocalDate[], { timeZone: 'Europe/Berlin', random });
 * ```
 */
export function demoWhoopRecoveryPage(days: readonly LocalDate[], options: { readonly timeZone: string; readonly random: SeededRandom }) {
  const records = days.map((day, index) => {
    const scoredAt: Instant = localTimeToInstant(day, 6, 40 + options.random.integer(0, 15), options.timeZone);
    return {
      cycle_id: 612_004_881 + index,
      sleep_id: demoUuid(options.random),
      user_id: 10_129_774,
      created_at: scoredAt,
      updated_at: after(scoredAt, 51_000),
      score_state: 'SCORED',
      score: {
        user_calibrating: false,
        recovery_score: options.random.integer(38, 86),
        resting_heart_rate: options.random.integer(48, 55),
        hrv_rmssd_milli: Math.round(options.random.between(52, 78) * 10_000) / 10_000,
        spo2_percentage: Math.round(options.random.between(95, 98) * 10_000) / 10_000,
        skin_temp_celsius: Math.round(options.random.between(33.2, 34.1) * 100) / 100,
      },
    };
  });
  return { records: records.reverse(), next_token: null };
}
