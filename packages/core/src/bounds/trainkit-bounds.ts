/**
 * An inclusive numeric range: a value is within it when `min <= value <= max`.
 *
 * @example
 * ```ts
 * const range: ValueBounds = { min: 20, max: 250 };
 * const inside = (value: number) => value >= range.min && value <= range.max;
 * ```
 */
export interface ValueBounds {
  /** Smallest accepted value (inclusive). */
  readonly min: number;
  /** Largest accepted value (inclusive). */
  readonly max: number;
}

/** Seconds in a day. */
const DAY_SECONDS = 86_400;

/**
 * The one set of bounds trainkit stores and computes with. Every column schema of `@trainkit/core` that holds one
 * of these quantities uses its range, so the manual-log builders (input), the repositories (which validate each row
 * with the core insert schemas at the write boundary) and the engines (`@trainkit/fatigue` validates its input with
 * the same constants) agree: **whatever the storage accepts, the engines can read.**
 *
 * | key | range | unit | where |
 * |---|---|---|---|
 * | `years` | 1900 .. 2200 | year (UTC) | every instant (`InstantSchema`): when things happen, what the engines compute with |
 * | `calendarYears` | 1800 .. 2300 | year | every local date (`LocalDateSchema`): a century of margin around `years`, so each day the engines derive from stored instants (the local day in any zone, the day before the first session, a forecast or a baseline up to a year away) is a date too |
 * | `utcOffsetMinutes` | −840 .. 840 | minutes | `utc_offset_minutes` (UTC−14:00 .. UTC+14:00) |
 * | `sessionDurationSeconds` | 1 .. 1,209,600 | s (14 days) | `activity_instances.duration_seconds` and `performed_end − performed_start`, `planned_sessions.planned_duration_seconds`, a log's `durationSeconds` / `end` |
 * | `setDurationSeconds` | 0 .. 86,400 | s (1 day) | durations of a set: `activity_strength_sets.duration_seconds`, `planned_session_exercises.duration_seconds` / `rest_seconds` |
 * | `heartRateBpm` | 20 .. 250 | bpm | `avg_hr_bpm`, `max_hr_bpm`, `user_settings.hr_rest_bpm`, resting heart rate signals |
 * | `maxHeartRateBpm` | 60 .. 250 | bpm | `user_settings.hr_max_bpm` |
 * | `thresholdHeartRateBpm` | 40 .. 250 | bpm | `user_settings.lthr_bpm` |
 * | `loadKg` | 0 .. 2,000 | kg | external load of a set (0 = bodyweight) |
 * | `reps` | 0 .. 10,000 | count (integer) | repetitions of a set |
 * | `rpe` | 0 .. 10 | CR-10 | session and set RPE |
 * | `rir` | 0 .. 10 | reps (halves) | repetitions in reserve |
 * | `distanceM` | 0 .. 10,000,000 | m (10,000 km) | distances, elevation gain |
 * | `energyKcal` | 0 .. 100,000 | kcal | `energy_kcal` |
 * | `powerW` | 0 .. 3,000 | W | `avg_power_w` |
 * | `ftpW` | 1 .. 3,000 | W | `user_settings.ftp_w` |
 * | `thresholdPaceSecondsPerKm` | 120 .. 1,800 | s/km | `user_settings.threshold_pace_seconds_per_km` |
 * | `metValue` | 0 .. 30 | MET | `activity_definitions.met_value` |
 * | `setsPerSession` | 1 .. 5,000 | count | sets of one strength log; sets of one engine session |
 * | `hrvRmssdMs` | 1 .. 500 | ms | HRV signals and measurements |
 * | `sleepDurationSeconds` | 0 .. 86,400 | s | sleep duration signals |
 * | `scorePercent` | 0 .. 100 | score | sleep, readiness and recovery scores |
 * | `idLength` | 1 .. 128 | characters | every entity id (see `ENTITY_ID_PATTERN`) |
 * | `slugLength` | 1 .. 100 | characters | reference slugs (`back_squat`) |
 *
 * A stored row that is still outside these bounds (written by an older version or by hand) is skipped by the
 * facade's fatigue report with a warning naming its row and column, never a thrown error.
 *
 * @example
 * ```ts
 * TRAINKIT_BOUNDS.sessionDurationSeconds.max; // 1209600 (14 days)
 * z.number().min(TRAINKIT_BOUNDS.heartRateBpm.min).max(TRAINKIT_BOUNDS.heartRateBpm.max);
 * ```
 */
export const TRAINKIT_BOUNDS = {
  years: { min: 1900, max: 2200 },
  calendarYears: { min: 1800, max: 2300 },
  utcOffsetMinutes: { min: -840, max: 840 },
  sessionDurationSeconds: { min: 1, max: 14 * DAY_SECONDS },
  setDurationSeconds: { min: 0, max: DAY_SECONDS },
  heartRateBpm: { min: 20, max: 250 },
  maxHeartRateBpm: { min: 60, max: 250 },
  thresholdHeartRateBpm: { min: 40, max: 250 },
  loadKg: { min: 0, max: 2_000 },
  reps: { min: 0, max: 10_000 },
  rpe: { min: 0, max: 10 },
  rir: { min: 0, max: 10 },
  distanceM: { min: 0, max: 10_000_000 },
  energyKcal: { min: 0, max: 100_000 },
  powerW: { min: 0, max: 3_000 },
  ftpW: { min: 1, max: 3_000 },
  thresholdPaceSecondsPerKm: { min: 120, max: 1_800 },
  metValue: { min: 0, max: 30 },
  setsPerSession: { min: 1, max: 5_000 },
  hrvRmssdMs: { min: 1, max: 500 },
  sleepDurationSeconds: { min: 0, max: DAY_SECONDS },
  scorePercent: { min: 0, max: 100 },
  idLength: { min: 1, max: 128 },
  slugLength: { min: 1, max: 100 },
} as const satisfies Record<string, ValueBounds>;

/**
 * The name of one range of {@link TRAINKIT_BOUNDS}.
 *
 * @example
 * ```ts
 * const key: TrainkitBoundsKey = 'heartRateBpm';
 * ```
 */
export type TrainkitBoundsKey = keyof typeof TRAINKIT_BOUNDS;

/**
 * The earliest instant trainkit accepts: the first millisecond of the year `TRAINKIT_BOUNDS.years.min` (UTC).
 *
 * @example
 * ```ts
 * MIN_INSTANT; // '1900-01-01T00:00:00.000Z'
 * ```
 */
export const MIN_INSTANT = `${TRAINKIT_BOUNDS.years.min}-01-01T00:00:00.000Z`;

/**
 * The latest instant trainkit accepts: the last millisecond of the year `TRAINKIT_BOUNDS.years.max` (UTC).
 *
 * @example
 * ```ts
 * MAX_INSTANT; // '2200-12-31T23:59:59.999Z'
 * ```
 */
export const MAX_INSTANT = `${TRAINKIT_BOUNDS.years.max}-12-31T23:59:59.999Z`;

/**
 * The earliest local date trainkit accepts (`YYYY-MM-DD`; `TRAINKIT_BOUNDS.calendarYears`).
 *
 * @example
 * ```ts
 * MIN_LOCAL_DATE; // '1800-01-01'
 * ```
 */
export const MIN_LOCAL_DATE = `${TRAINKIT_BOUNDS.calendarYears.min}-01-01`;

/**
 * The latest local date trainkit accepts (`YYYY-MM-DD`; `TRAINKIT_BOUNDS.calendarYears`).
 *
 * @example
 * ```ts
 * MAX_LOCAL_DATE; // '2300-12-31'
 * ```
 */
export const MAX_LOCAL_DATE = `${TRAINKIT_BOUNDS.calendarYears.max}-12-31`;

/**
 * True when `value` lies within `bounds` (inclusive) and is a finite number.
 *
 * @example
 * ```ts
 * isWithinBounds(9999 * 3600, TRAINKIT_BOUNDS.sessionDurationSeconds); // false
 * isWithinBounds(2700, TRAINKIT_BOUNDS.sessionDurationSeconds); // true
 * ```
 */
export function isWithinBounds(value: number, bounds: ValueBounds): boolean {
  return Number.isFinite(value) && value >= bounds.min && value <= bounds.max;
}
