import { ACTIVITY_CATEGORIES, TRAINKIT_BOUNDS, UtcOffsetMinutesSchema } from '@trainkit/core';
import type { z } from 'zod';
import { TimeZoneNameSchema } from '../time/time-zone-name-schema.js';
import { isKnownTimeZone } from '../time/zone-clock.js';
import {
  arrayRule,
  customRule,
  enumRule,
  nullishRule,
  numberRule,
  strictObjectRule,
  stringRule,
} from './dual-schema.js';
import { FATIGUE_INSTANT_RULE } from './fatigue-instant-schema.js';
import { FATIGUE_SET_RULE } from './fatigue-set-schema.js';

/*
 * Bounds are core's `TRAINKIT_BOUNDS`, the ones the storage enforces, so every stored session is one the engine
 * reads. A duration may also be 0 here (a session whose length is unknown), which the storage never stores.
 */
const { heartRateBpm, sessionDurationSeconds, powerW, rpe, metValue, utcOffsetMinutes, idLength, slugLength, setsPerSession } =
  TRAINKIT_BOUNDS;
const NEGATIVE_DURATION = 'duration must not be negative';
const heartRate = () =>
  numberRule({
    min: heartRateBpm.min,
    max: heartRateBpm.max,
    minMessage: `heart rate must be at least ${heartRateBpm.min} bpm`,
    maxMessage: `heart rate must be at most ${heartRateBpm.max} bpm`,
  });
const duration = () =>
  numberRule({
    min: 0,
    max: sessionDurationSeconds.max,
    minMessage: NEGATIVE_DURATION,
    maxMessage: `duration must be at most 14 days (${sessionDurationSeconds.max} seconds)`,
  });
const power = () =>
  numberRule({ min: powerW.min, max: powerW.max, minMessage: 'power must not be negative', maxMessage: `power must be at most ${powerW.max} W` });
const RPE_MESSAGE = `RPE must be between ${rpe.min} and ${rpe.max}`;
/** Lowest MET the engine counts (below it an activity is rest, not load). */
const MIN_ENGINE_MET = 0.5;

const TIME_ZONE_RULE = customRule(
  TimeZoneNameSchema,
  (value) => typeof value === 'string' && value.length >= 1 && isKnownTimeZone(value),
);
const UTC_OFFSET_RULE = customRule(
  UtcOffsetMinutesSchema,
  (value) =>
    typeof value === 'number' && Number.isSafeInteger(value) && value >= utcOffsetMinutes.min && value <= utcOffsetMinutes.max,
);

const SOURCE_RULE = strictObjectRule({
  /** Provider slug (`garmin`, `strava`, `manual`, ...). */
  provider: stringRule({ min: 1 }),
  /** The record's id at the provider. */
  external_id: nullishRule(stringRule({ min: 1 })),
  /** Higher priority wins among duplicates; default 0. */
  priority: nullishRule(numberRule({ int: true, min: -1000, max: 1000 })),
});

const HEART_RATE_SEGMENT_RULE = strictObjectRule({
  /** Seconds at this heart rate. */
  duration_seconds: duration(),
  /** Average heart rate over the stretch, bpm. */
  avg_hr_bpm: heartRate(),
});

/** Internal: the session rule (zod schema and fast predicate from one definition). */
export const FATIGUE_SESSION_RULE = strictObjectRule({
  /** Stable id (the activity instance or planned session id). */
  id: stringRule({ min: idLength.min, max: idLength.max }),
  /** Source record, for cross-provider duplicate detection. */
  source: nullishRule(SOURCE_RULE),
  /** Activity-definition slug (`running`, `lifting`, ...); unknown slugs fall back with a warning. */
  activity: stringRule({ min: slugLength.min, max: slugLength.max }),
  /** Activity category; defaults to the config activity's category, else `other`. */
  category: nullishRule(enumRule(ACTIVITY_CATEGORIES)),
  /** Start instant (UTC). */
  started_at: FATIGUE_INSTANT_RULE,
  /** Elapsed duration, seconds (>= 0). The session ends at `started_at + duration_seconds` (rounded to the ms). */
  duration_seconds: duration(),
  /** Moving time, seconds; used instead of the duration for the load when present. */
  moving_time_seconds: nullishRule(duration()),
  /** IANA zone of the session (decides its local day). */
  time_zone: nullishRule(TIME_ZONE_RULE),
  /** Fixed UTC offset of the session in minutes, when no zone is known. */
  utc_offset_minutes: nullishRule(UTC_OFFSET_RULE),
  /** Average heart rate, bpm (20..250). */
  avg_hr_bpm: nullishRule(heartRate()),
  /** Heart rate by lap or stream sample; preferred over the average (stream TRIMP). */
  hr_segments: nullishRule(arrayRule(HEART_RATE_SEGMENT_RULE, 200_000)),
  /** Normalized power, W. */
  normalized_power_w: nullishRule(power()),
  /** Average power, W (used as NP, with a warning, when nothing better exists). */
  avg_power_w: nullishRule(power()),
  /** Power samples, W, at `power_sample_interval_seconds`. */
  power_samples_w: nullishRule(arrayRule(power(), 1_300_000)),
  /** Interval of `power_samples_w`, seconds (default 1). */
  power_sample_interval_seconds: nullishRule(numberRule({ gt: 0, max: 60 })),
  /** Normalized graded speed (running), m/s. */
  ngp_m_per_s: nullishRule(numberRule({ min: 0, max: 15, minMessage: 'speed must not be negative' })),
  /** Session RPE, CR-10 (0..10). */
  rpe: nullishRule(numberRule({ min: rpe.min, max: rpe.max, minMessage: RPE_MESSAGE, maxMessage: RPE_MESSAGE })),
  /** MET value of the session; defaults to the config activity's MET. */
  met: nullishRule(numberRule({ min: MIN_ENGINE_MET, max: metValue.max })),
  /** Total descent, m (eccentric muscle modifier, e.g. hiking). */
  descent_m: nullishRule(numberRule({ min: 0, max: 20_000, minMessage: 'descent must not be negative' })),
  /** Lifting sets, one per performed set. */
  sets: nullishRule(arrayRule(FATIGUE_SET_RULE, setsPerSession.max)),
});

/**
 * Where a session record came from, for duplicate detection: the provider, its id there and a priority (higher
 * wins: e.g. device FIT file > device cloud > aggregator).
 *
 * @example
 * ```ts
 * FatigueSessionSourceSchema.parse({ provider: 'garmin', external_id: '123', priority: 30 });
 * ```
 */
export const FatigueSessionSourceSchema = SOURCE_RULE.zod;

/**
 * A stretch of a session at one heart rate (a lap, or a stream sample with its duration).
 *
 * @example
 * ```ts
 * HeartRateSegmentInputSchema.parse({ duration_seconds: 1800, avg_hr_bpm: 120 });
 * ```
 */
export const HeartRateSegmentInputSchema = HEART_RATE_SEGMENT_RULE.zod;

/**
 * One performed or planned session as the fatigue engine reads it (SI units, snake_case, the unit in the name). The
 * caller maps `activity_instances` + `activity_strength_sets` rows (or planned sessions) into it. Strict: unknown
 * keys are rejected. Optional fields may be `null` or absent; the load ladder uses the first rung whose inputs are
 * present. Bad input fails naming the field: negative durations or sessions over 14 days, heart rates outside
 * 20..250, RPE outside 0–10, negative loads, sets without a movement. The bounds are core's `TRAINKIT_BOUNDS`, the
 * ones the storage enforces.
 *
 * @example
 * ```ts
 * FatigueSessionSchema.parse({
 *   id: 'act_1', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600,
 *   time_zone: 'Europe/Berlin', avg_hr_bpm: 150,
 * });
 * ```
 */
export const FatigueSessionSchema = FATIGUE_SESSION_RULE.zod;

/**
 * A validated session, see {@link FatigueSessionSchema}.
 *
 * @example
 * ```ts
 * const session: FatigueSession = FatigueSessionSchema.parse(row);
 * ```
 */
export type FatigueSession = z.output<typeof FatigueSessionSchema>;

/**
 * A session as the caller writes it (input of {@link FatigueSessionSchema}).
 *
 * @example
 * ```ts
 * const input: FatigueSessionInput = { id: 's1', activity: 'lifting', started_at: '2024-06-10T17:00:00Z',
 *   duration_seconds: 3600, rpe: 7 };
 * ```
 */
export type FatigueSessionInput = z.input<typeof FatigueSessionSchema>;
