/**
 * Test-only (not published): provider-shaped data for {@link createFakeProviderApi}, modelled on the fixtures of
 * `@trainkit/providers` (field names, units and shapes as the providers send them), generated day by day so a test
 * can ask for any amount of history.
 */
import { whoopV2Workout } from '../../../providers/src/test-support/whoop-v2-workout.js';

/**
 * One record the fake API serves: its id, the instant the API filters and orders it by (`at`, epoch ms: a Strava or
 * WHOOP start, an Oura day's start, a Garmin upload time), when it becomes visible (`availableAt`, epoch ms:
 * uploaded, scored), and the JSON the API answers with (mutable: a test may change it to simulate a late score).
 */
export interface FakeRecord {
  readonly id: string;
  readonly at: number;
  availableAt: number;
  data: Record<string, unknown>;
}

/** A Strava activity: the summary a list page holds, the detail and the streams (keyed by type; `null` = none). */
export interface FakeStravaActivity extends FakeRecord {
  detail: Record<string, unknown>;
  streams: Record<string, unknown> | null;
}

/** Everything the fake API serves, per provider and collection. Tests may push, remove or edit records. */
export interface FakeDataset {
  readonly strava: { readonly activities: FakeStravaActivity[] };
  readonly whoop: { readonly workouts: FakeRecord[]; readonly recovery: FakeRecord[]; readonly sleep: FakeRecord[]; readonly cycles: FakeRecord[] };
  readonly oura: {
    readonly workout: FakeRecord[];
    readonly daily_readiness: FakeRecord[];
    readonly sleep: FakeRecord[];
    readonly daily_activity: FakeRecord[];
    readonly heartrate: FakeRecord[];
    personal_info: Record<string, unknown>;
  };
  readonly garmin: { readonly activities: FakeRecord[]; readonly activityDetails: FakeRecord[]; readonly dailies: FakeRecord[]; readonly bodyComps: FakeRecord[] };
}

/** Options of {@link createFakeDataset}. */
export interface FakeDatasetOptions {
  /** First day (`YYYY-MM-DD`, UTC). */
  readonly start: string;
  /** How many days of history. */
  readonly days: number;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const iso = (ms: number) => new Date(ms).toISOString();
const isoSeconds = (ms: number) => new Date(Math.floor(ms / 1000) * 1000).toISOString().replace('.000Z', 'Z');
const epoch = (ms: number) => Math.floor(ms / 1000);
const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** An instant as Oura writes it: local time with the offset (`-07:00`). */
const localized = (ms: number, offsetHours: number) => {
  const local = new Date(ms + offsetHours * HOUR).toISOString().slice(0, 19);
  const sign = offsetHours < 0 ? '-' : '+';
  return `${local}${sign}${String(Math.abs(offsetHours)).padStart(2, '0')}:00`;
};
/** A deterministic UUID (version 4 shape) from a prefix digit and a counter. */
const uuid = (prefix: string, n: number) => `${prefix}${'0'.repeat(7)}-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;

/**
 * Builds `days` days of data for every provider, from `start`: per day one Strava activity (every fourth a manual
 * weight training without streams), one WHOOP workout, sleep, recovery and cycle, one Oura workout, readiness, sleep
 * and daily activity with six heart-rate rows, one Garmin activity with its details, a daily summary and, every
 * other day, a body composition. Ids, times and values are deterministic.
 *
 * @example
 * ```ts
 * const dataset = createFakeDataset({ start: '2026-11-01', days: 10 });
 * dataset.strava.activities.length; // 10
 * ```
 */
export function createFakeDataset(options: FakeDatasetOptions): FakeDataset {
  const first = Date.parse(`${options.start}T00:00:00.000Z`);
  const dataset: FakeDataset = {
    strava: { activities: [] },
    whoop: { workouts: [], recovery: [], sleep: [], cycles: [] },
    oura: {
      workout: [],
      daily_readiness: [],
      sleep: [],
      daily_activity: [],
      heartrate: [],
      personal_info: { id: '8f9a0b1c-2d3e-4f5a-6b7c-8d9e0f1a2b3c', age: 34, weight: 71.2, height: 1.78, biological_sex: 'female', email: 'athlete@example.com' },
    },
    garmin: { activities: [], activityDetails: [], dailies: [], bodyComps: [] },
  };
  for (let index = 0; index < options.days; index += 1) {
    const base = first + index * DAY;
    addStrava(dataset, index, base);
    addWhoop(dataset, index, base);
    addOura(dataset, index, base);
    addGarmin(dataset, index, base);
  }
  return dataset;
}

function addStrava(dataset: FakeDataset, index: number, base: number): void {
  const id = 12_000_000_000 + index;
  const manual = index % 4 === 3;
  const start = base + 6 * HOUR + index * 7 * MINUTE;
  const elapsed = manual ? 3300 : 3000 + index * 11;
  const summary: Record<string, unknown> = {
    resource_state: 2,
    athlete: { id: 48151623, resource_state: 1 },
    name: manual ? 'Evening Weight Training' : `Morning Run ${index + 1}`,
    distance: manual ? 0.0 : 8000 + index * 125.5,
    moving_time: elapsed - (manual ? 0 : 60),
    elapsed_time: elapsed,
    total_elevation_gain: manual ? 0 : 40 + index,
    type: manual ? 'WeightTraining' : 'Run',
    sport_type: manual ? 'WeightTraining' : 'Run',
    workout_type: manual ? null : 0,
    id,
    start_date: isoSeconds(start),
    start_date_local: isoSeconds(start + HOUR),
    timezone: '(GMT+01:00) Europe/Berlin',
    utc_offset: 3600.0,
    achievement_count: 0,
    kudos_count: index % 5,
    comment_count: 0,
    athlete_count: 1,
    photo_count: 0,
    map: { id: `a${id}`, summary_polyline: manual ? '' : 'ki{eFvqfiVsBmA`Feh@qG}b@', resource_state: 2 },
    trainer: false,
    commute: false,
    manual,
    private: false,
    visibility: 'everyone',
    flagged: false,
    start_latlng: manual ? [] : [52.52, 13.405],
    end_latlng: manual ? [] : [52.521, 13.404],
    average_speed: manual ? 0 : 2.8,
    max_speed: manual ? 0 : 4.1,
    has_heartrate: !manual,
    ...(manual ? {} : { average_heartrate: 140 + (index % 10), max_heartrate: 170 + (index % 8) }),
    elev_high: manual ? null : 60.2,
    elev_low: manual ? null : 31.0,
    upload_id: 13_000_000_000 + index,
    upload_id_str: String(13_000_000_000 + index),
    external_id: manual ? null : `garmin_ping_${320_000_000_000 + index}`,
    pr_count: 0,
    suffer_score: manual ? null : 40 + index,
    device_name: manual ? null : 'Garmin Forerunner 265',
  };
  const detail: Record<string, unknown> = {
    ...summary,
    resource_state: 3,
    map: { id: `a${id}`, polyline: manual ? '' : 'ki{eFvqfiVqAWQIGEEKAYJgBVqDJ{BHa@', summary_polyline: manual ? '' : 'ki{eFvqfiVsBmA`Feh@qG}b@', resource_state: 3 },
    description: manual ? 'Upper body' : `Easy run number ${index + 1}`,
    calories: manual ? 310.0 : 600 + index,
    perceived_exertion: null,
    segment_efforts: [],
    splits_metric: [],
    laps: [],
    best_efforts: [],
    photos: { primary: null, count: 0 },
  };
  const points = 12;
  const streams = manual
    ? null
    : {
        time: { data: Array.from({ length: points }, (_, n) => n * 5), series_type: 'distance', original_size: points, resolution: 'high' },
        distance: { data: Array.from({ length: points }, (_, n) => Math.round(n * 13.7 * 10) / 10), series_type: 'distance', original_size: points, resolution: 'high' },
        heartrate: { data: Array.from({ length: points }, (_, n) => 100 + n * 3 + (index % 5)), series_type: 'distance', original_size: points, resolution: 'high' },
        altitude: { data: Array.from({ length: points }, (_, n) => 34 + n * 0.2), series_type: 'distance', original_size: points, resolution: 'high' },
      };
  dataset.strava.activities.push({ id: String(id), at: Date.parse(isoSeconds(start)), availableAt: start + elapsed * 1000 + 10 * MINUTE, data: summary, detail, streams });
}

function addWhoop(dataset: FakeDataset, index: number, base: number): void {
  const cycleId = 100_000 + index;
  const cycleStart = base - 2 * HOUR;
  const sleepId = uuid('b', index);
  const sleepStart = base - HOUR;
  const sleepEnd = base + 6 * HOUR + index * MINUTE;
  dataset.whoop.cycles.push({
    id: String(cycleId),
    at: cycleStart,
    availableAt: cycleStart + HOUR,
    data: {
      id: cycleId,
      user_id: 10129,
      created_at: iso(cycleStart + MINUTE),
      updated_at: iso(cycleStart + 23 * HOUR),
      start: iso(cycleStart),
      end: iso(cycleStart + DAY),
      timezone_offset: '+02:00',
      score_state: 'SCORED',
      score: { strain: 8 + (index % 7), kilojoule: 9000 + index * 10, average_heart_rate: 66, max_heart_rate: 170 },
    },
  });
  dataset.whoop.sleep.push({
    id: sleepId,
    at: sleepStart,
    availableAt: sleepEnd + 5 * MINUTE,
    data: {
      id: sleepId,
      cycle_id: cycleId,
      user_id: 10129,
      created_at: iso(sleepEnd + 4 * MINUTE),
      updated_at: iso(sleepEnd + 5 * MINUTE),
      start: iso(sleepStart),
      end: iso(sleepEnd),
      timezone_offset: '+02:00',
      nap: false,
      score_state: 'SCORED',
      score: {
        stage_summary: {
          total_in_bed_time_milli: sleepEnd - sleepStart,
          total_awake_time_milli: 1_800_000,
          total_no_data_time_milli: 0,
          total_light_sleep_time_milli: 12_600_000,
          total_slow_wave_sleep_time_milli: 5_400_000,
          total_rem_sleep_time_milli: sleepEnd - sleepStart - 19_800_000,
          sleep_cycle_count: 4,
          disturbance_count: 8 + (index % 4),
        },
        sleep_needed: { baseline_milli: 27_395_716, need_from_sleep_debt_milli: 0, need_from_recent_strain_milli: 208_595, need_from_recent_nap_milli: 0 },
        respiratory_rate: 15.2,
        sleep_performance_percentage: 80 + (index % 15),
        sleep_consistency_percentage: 75,
        sleep_efficiency_percentage: 91.5,
      },
    },
  });
  dataset.whoop.recovery.push({
    id: String(cycleId),
    at: cycleStart,
    availableAt: sleepEnd + 10 * MINUTE,
    data: {
      cycle_id: cycleId,
      sleep_id: sleepId,
      user_id: 10129,
      created_at: iso(sleepEnd + 10 * MINUTE),
      updated_at: iso(sleepEnd + 11 * MINUTE),
      score_state: 'SCORED',
      score: { user_calibrating: false, recovery_score: 50 + (index % 40), resting_heart_rate: 50 + (index % 6), hrv_rmssd_milli: 55.5 + index, spo2_percentage: 95.5, skin_temp_celsius: 33.6 },
    },
  });
  const workoutId = uuid('a', index);
  const workoutStart = base + 15 * HOUR;
  const workoutEnd = workoutStart + 3600 * 1000;
  dataset.whoop.workouts.push({
    id: workoutId,
    at: workoutStart,
    availableAt: workoutEnd + 5 * MINUTE,
    data: whoopV2Workout({ id: workoutId, userId: 10129, start: workoutStart, end: workoutEnd, index }),
  });
}

function addOura(dataset: FakeDataset, index: number, base: number): void {
  const date = day(base);
  const hex = (prefix: string) => uuid(prefix, index);
  const dayEnd = base + DAY;
  const workoutStart = base + 16 * HOUR;
  dataset.oura.workout.push({
    id: hex('c'),
    at: base,
    availableAt: workoutStart + HOUR,
    data: {
      id: hex('c'),
      activity: index % 3 === 0 ? 'cycling' : 'running',
      calories: 400 + index,
      day: date,
      distance: 7000 + index * 10,
      end_datetime: localized(workoutStart + 45 * MINUTE, -7),
      intensity: 'moderate',
      label: null,
      source: 'confirmed',
      start_datetime: localized(workoutStart, -7),
    },
  });
  dataset.oura.daily_readiness.push({
    id: hex('d'),
    at: base,
    availableAt: base + 8 * HOUR,
    data: {
      id: hex('d'),
      contributors: { activity_balance: 84, body_temperature: 97, hrv_balance: 78, previous_day_activity: 70, previous_night: 81, recovery_index: 100, resting_heart_rate: 92, sleep_balance: 86, sleep_regularity: null },
      day: date,
      score: 70 + (index % 20),
      temperature_deviation: -0.1,
      temperature_trend_deviation: 0.05,
      timestamp: `${date}T00:00:00-07:00`,
    },
  });
  dataset.oura.sleep.push({
    id: hex('e'),
    at: base,
    availableAt: base + 14 * HOUR,
    data: {
      id: hex('e'),
      average_breath: 14.5,
      average_heart_rate: 53.25,
      average_hrv: 40 + (index % 10),
      awake_time: 2340,
      bedtime_end: localized(base + 13 * HOUR + 30 * MINUTE, -7),
      bedtime_start: localized(base + 6 * HOUR, -7),
      day: date,
      deep_sleep_duration: 5430,
      efficiency: 92,
      latency: 600,
      light_sleep_duration: 13830,
      lowest_heart_rate: 48,
      period: 0,
      rem_sleep_duration: 6150,
      time_in_bed: 27000,
      total_sleep_duration: 25410,
      type: 'long_sleep',
    },
  });
  dataset.oura.daily_activity.push({
    id: hex('f'),
    at: base,
    availableAt: dayEnd + HOUR,
    data: {
      id: hex('f'),
      score: 77,
      active_calories: 500 + index,
      equivalent_walking_distance: 10_230,
      high_activity_time: 600,
      low_activity_time: 14_520,
      medium_activity_time: 2700,
      non_wear_time: 1800,
      resting_time: 30_420,
      sedentary_time: 36_360,
      steps: 10_000 + index * 17,
      total_calories: 2650,
      day: date,
      timestamp: `${date}T04:00:00-07:00`,
    },
  });
  for (let row = 0; row < 6; row += 1) {
    const at = base + row * 4 * HOUR + 6 * MINUTE;
    dataset.oura.heartrate.push({
      id: `${date}:${row}`,
      at,
      availableAt: at + HOUR,
      data: { bpm: 55 + row * 3 + (index % 4), source: row === 2 ? 'workout' : 'awake', timestamp: iso(at).replace('.000Z', '+00:00') },
    });
  }
}

function addGarmin(dataset: FakeDataset, index: number, base: number): void {
  const activityId = 16_000_000_000 + index;
  const start = base + 9 * HOUR;
  const duration = 2700 + index * 13;
  const upload = start + duration * 1000 + 5 * MINUTE;
  const userId = '4aacafe82427c251df9c9592d0c06768';
  const summary = {
    activityName: 'Berlin Running',
    activityType: 'RUNNING',
    startTimeInSeconds: epoch(start),
    startTimeOffsetInSeconds: 3600,
    durationInSeconds: duration,
    distanceInMeters: 7500 + index * 10,
    averageHeartRateInBeatsPerMinute: 145,
    maxHeartRateInBeatsPerMinute: 175,
    activeKilocalories: 520,
    deviceName: 'Forerunner 265',
  };
  dataset.garmin.activities.push({ id: String(activityId), at: upload, availableAt: upload, data: { userId, summaryId: String(activityId), activityId, ...summary } });
  dataset.garmin.activityDetails.push({
    id: `${activityId}-detail`,
    at: upload + MINUTE,
    availableAt: upload + MINUTE,
    data: {
      userId,
      summaryId: `${activityId}-detail`,
      activityId,
      summary,
      samples: Array.from({ length: 5 }, (_, n) => ({
        startTimeInSeconds: epoch(start) + n * 15,
        heartRate: 110 + n,
        speedMetersPerSecond: 2.7,
        totalDistanceInMeters: n * 41.5,
        timerDurationInSeconds: n * 15,
        clockDurationInSeconds: n * 15,
        movingDurationInSeconds: n * 15,
      })),
    },
  });
  const dailyUpload = base + DAY + 30 * MINUTE;
  dataset.garmin.dailies.push({
    id: `x4aacafe-${epoch(base).toString(16)}-15180`,
    at: dailyUpload,
    availableAt: dailyUpload,
    data: {
      userId,
      summaryId: `x4aacafe-${epoch(base).toString(16)}-15180`,
      calendarDate: day(base),
      activityType: 'WALKING',
      activeKilocalories: 900 + index,
      bmrKilocalories: 1700,
      steps: 9000 + index * 31,
      distanceInMeters: 7000 + index,
      durationInSeconds: 86_400,
      startTimeInSeconds: epoch(base),
      startTimeOffsetInSeconds: 0,
      minHeartRateInBeatsPerMinute: 48,
      averageHeartRateInBeatsPerMinute: 70,
      maxHeartRateInBeatsPerMinute: 175,
      restingHeartRateInBeatsPerMinute: 51 + (index % 4),
    },
  });
  if (index % 2 === 0) {
    const measured = base + 6 * HOUR + 30 * MINUTE;
    dataset.garmin.bodyComps.push({
      id: `x4aacafe-${epoch(measured).toString(16)}`,
      at: measured + MINUTE,
      availableAt: measured + MINUTE,
      data: { userId, summaryId: `x4aacafe-${epoch(measured).toString(16)}`, measurementTimeInSeconds: epoch(measured), measurementTimeOffsetInSeconds: 3600, weightInGrams: 72_000 + index * 50, bodyFatInPercent: 14.2 },
    });
  }
}
