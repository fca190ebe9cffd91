import { utcOffsetMinutesAt, type Instant, type LocalDate, type ManualLog } from '@trainkit/core';
import { demoAppleHealthExport, type DemoAppleWorkout } from './demo-apple-health-export.js';
import { demoGarminFit } from './demo-garmin-fit.js';
import { demoOuraReadinessPage, demoOuraSleepPage } from './demo-oura-payloads.js';
import { recordDemoRun, type DemoRecordedRun } from './demo-recorded-run.js';
import { demoStravaActivity } from './demo-strava-activity.js';
import { demoWhoopRecoveryPage, demoWhoopWorkoutPage } from './demo-whoop-payloads.js';
import { addDays, localTimeToInstant, minutesAfter, recentDays } from './local-time.js';
import { createSeededRandom } from './seeded-random.js';

/**
 * Nights and mornings of wearable data the demo athlete gets, up to this morning (enough for a readiness baseline).
 *
 * @example
 * ```ts
 * DEMO_WEARABLE_DAYS; // 14
 * ```
 */
export const DEMO_WEARABLE_DAYS = 14;

/** Local time after which this morning's recovery and last night's sleep have arrived. */
const MORNING_SYNC = { hours: 7, minutes: 30 } as const;

/**
 * One payload of the demo exactly as its provider delivers it, and where it goes in the pipeline: JSON text for a
 * provider API resource (`trainkit ingest`), or a file (`trainkit import`: FIT bytes, an Apple Health export.xml).
 *
 * @example
 * ```ts
 * const payload: DemoProviderPayload = { kind: 'api', provider: 'whoop', resource: 'workouts', name: 'whoop-workouts.json', text: '{"records":[]}' };
 * ```
 */
export type DemoProviderPayload =
  | {
      readonly kind: 'api';
      readonly provider: 'strava' | 'whoop' | 'oura';
      readonly resource: string;
      /** A file name such a response would be saved under. */
      readonly name: string;
      /** The response body. */
      readonly text: string;
    }
  | { readonly kind: 'fit'; readonly provider: 'garmin'; readonly name: string; readonly bytes: Uint8Array }
  | { readonly kind: 'apple_health_xml'; readonly provider: 'apple_health'; readonly name: string; readonly text: string };

/**
 * What the demo athlete's devices and apps recorded, as payloads in the order they would arrive: the long run from
 * the Garmin watch (a FIT file), from Strava (the watch's upload) and from the WHOOP strap (auto-detected), WHOOP
 * recoveries and Oura readiness and sleep of the last {@link DEMO_WEARABLE_DAYS} days (this morning's too once it is
 * past 07:30 local time), and an Apple Health export (profile, morning heart-rate variability and resting heart rate,
 * steps from phone and watch over the last three days of the history, and the watch's record of the last tennis
 * match).
 *
 * @example
 * ```ts
 * const data = generateDemoProviderData({ seed: 42, timeZone: 'Europe/Berlin', longRun, tennis, range, now });
 * data.payloads.map((payload) => payload.provider); // ['garmin', 'strava', 'whoop', 'whoop', 'oura', 'oura', 'apple_health']
 * ```
 */
export interface DemoProviderData {
  /** The run the watch, Strava and WHOOP all recorded; null when the history has no long run yet. */
  readonly recordedRun: DemoRecordedRun | null;
  /** The payloads, in arrival order. */
  readonly payloads: readonly DemoProviderPayload[];
}

/**
 * Generates the demo's provider payloads deterministically from the seed (with a random source of their own, so the
 * rest of the athlete does not change): see {@link DemoProviderData}. `longRun` is the performed long run the devices
 * recorded (its start, moving time and distance), `tennis` the manual log of the match the Apple Watch also
 * recorded; either may be missing in a short history.
 *
 * @example
 * ```ts
 * const data = generateDemoProviderData({ seed: 42, timeZone: 'Europe/Berlin', longRun: null, tennis: null, range, now });
 * ```
 */
export function generateDemoProviderData(options: {
  readonly seed: number;
  readonly timeZone: string;
  readonly longRun: ManualLog | null;
  readonly tennis: ManualLog | null;
  readonly range: { readonly from: LocalDate; readonly to: LocalDate };
  readonly now: Instant;
  readonly dateOfBirth: string;
  readonly sex: 'male' | 'female';
}): DemoProviderData {
  const random = createSeededRandom((options.seed ^ 0x5eed_da7a) >>> 0);
  const { timeZone } = options;
  const payloads: DemoProviderPayload[] = [];
  let recordedRun: DemoRecordedRun | null = null;
  const run = options.longRun?.activityInstance;
  if (run !== undefined && run.duration_seconds !== null && run.distance_m !== null) {
    recordedRun = recordDemoRun({ start: run.performed_start, movingSeconds: run.duration_seconds, distanceM: run.distance_m, random });
    const serialNumber = 3_412_667_901;
    payloads.push({
      kind: 'fit',
      provider: 'garmin',
      name: `${recordedRun.start.slice(0, 10)}-long-run.fit`,
      bytes: demoGarminFit(recordedRun, { serialNumber, utcOffsetMinutes: utcOffsetMinutesAt(recordedRun.start, timeZone) }),
    });
    const stravaId = 11_000_000_000 + random.integer(0, 999_999_999);
    const strava = demoStravaActivity(recordedRun, { id: stravaId, timeZone, title: run.title ?? 'Long Run', uploadId: 12_180_000_000 + random.integer(0, 9_999_999) });
    payloads.push({ kind: 'api', provider: 'strava', resource: 'activities', name: 'strava-athlete-activities.json', text: JSON.stringify([strava]) });
    payloads.push({
      kind: 'api', provider: 'whoop', resource: 'workouts', name: 'whoop-workouts.json', text: JSON.stringify(demoWhoopWorkoutPage(recordedRun, { timeZone, random })),
    });
  }
  // The night just ended and this morning's recovery count once the athlete's devices have synced after waking up.
  const today = addDays(options.range.to, 1);
  const synced = Date.parse(options.now) >= Date.parse(localTimeToInstant(today, MORNING_SYNC.hours, MORNING_SYNC.minutes, timeZone));
  const lastDay = synced ? today : options.range.to;
  const days = lastDay < options.range.from ? [] : recentDays(lastDay, DEMO_WEARABLE_DAYS, options.range.from);
  if (days.length > 0) {
    payloads.push(
      { kind: 'api', provider: 'whoop', resource: 'recovery', name: 'whoop-recovery.json', text: JSON.stringify(demoWhoopRecoveryPage(days, { timeZone, random })) },
      { kind: 'api', provider: 'oura', resource: 'daily_readiness', name: 'oura-daily-readiness.json', text: JSON.stringify(demoOuraReadinessPage(days, { timeZone, random })) },
      { kind: 'api', provider: 'oura', resource: 'sleep', name: 'oura-sleep.json', text: JSON.stringify(demoOuraSleepPage(days, { timeZone, random })) },
    );
  }
  const workouts: DemoAppleWorkout[] = [];
  const tennis = options.tennis?.activityInstance;
  if (tennis !== undefined && tennis.performed_end !== null) {
    workouts.push({
      activityType: 'HKWorkoutActivityTypeTennis',
      start: minutesAfter(tennis.performed_start, 1.5),
      end: minutesAfter(tennis.performed_end, -1),
      energyKcal: Math.round(((Date.parse(tennis.performed_end) - Date.parse(tennis.performed_start)) / 60_000) * 7.9 * 10) / 10,
      heartRate: { average: 138, minimum: 92, maximum: 171 },
    });
  }
  if (days.length > 0 || workouts.length > 0) {
    const text = demoAppleHealthExport({
      days: days.filter((day) => day <= options.range.to).slice(-3),
      workouts,
      timeZone,
      exportedAt: options.now,
      dateOfBirth: options.dateOfBirth,
      sex: options.sex,
      random,
    });
    payloads.push({ kind: 'apple_health_xml', provider: 'apple_health', name: 'export.xml', text });
  }
  return { recordedRun, payloads };
}

