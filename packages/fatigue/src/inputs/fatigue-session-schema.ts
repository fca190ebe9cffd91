import { ActivityCategorySchema, UtcOffsetMinutesSchema } from '@trainkit/core';
import { z } from 'zod';
import { TimeZoneNameSchema } from '../time/time-zone-name-schema.js';
import { FatigueInstantSchema } from './fatigue-instant-schema.js';
import { FatigueSetSchema } from './fatigue-set-schema.js';

/** Longest accepted session: 14 days. */
const MAX_SESSION_SECONDS = 14 * 86_400;
const HEART_RATE = z
  .number()
  .min(0, 'heart rate must not be negative')
  .max(250, 'heart rate must be at most 250 bpm');

/**
 * Where a session record came from, for duplicate detection: the provider, its id there and a priority (higher
 * wins: e.g. device FIT file > device cloud > aggregator).
 *
 * @example
 * ```ts
 * FatigueSessionSourceSchema.parse({ provider: 'garmin', external_id: '123', priority: 30 });
 * ```
 */
export const FatigueSessionSourceSchema = z.strictObject({
  /** Provider slug (`garmin`, `strava`, `manual`, ...). */
  provider: z.string().min(1),
  /** The record's id at the provider. */
  external_id: z.string().min(1).nullish(),
  /** Higher priority wins among duplicates; default 0. */
  priority: z.number().int().min(-1000).max(1000).nullish(),
});

/**
 * A stretch of a session at one heart rate (a lap, or a stream sample with its duration).
 *
 * @example
 * ```ts
 * HeartRateSegmentInputSchema.parse({ duration_seconds: 1800, avg_hr_bpm: 120 });
 * ```
 */
export const HeartRateSegmentInputSchema = z.strictObject({
  /** Seconds at this heart rate. */
  duration_seconds: z.number().min(0, 'duration must not be negative').max(MAX_SESSION_SECONDS),
  /** Average heart rate over the stretch, bpm. */
  avg_hr_bpm: HEART_RATE,
});

/**
 * One performed or planned session as the fatigue engine reads it (SI units, snake_case, unit in the name). The
 * caller maps `activity_instances` + `activity_strength_sets` rows (or planned sessions) into it. Every field that is
 * not required may be `null` or absent; the load ladder uses the first rung whose inputs are present.
 *
 * @example
 * ```ts
 * FatigueSessionSchema.parse({
 *   id: 'act_1', activity: 'running', started_at: '2024-06-10T06:00:00Z', duration_seconds: 3600,
 *   time_zone: 'Europe/Berlin', avg_hr_bpm: 150,
 * });
 * ```
 */
export const FatigueSessionSchema = z.strictObject({
  /** Stable id (the activity instance or planned session id). */
  id: z.string().min(1).max(200),
  /** Source record, for cross-provider duplicate detection. */
  source: FatigueSessionSourceSchema.nullish(),
  /** Activity-definition slug (`running`, `cycling`, `lifting`, `tennis`, ...); unknown slugs fall back with a warning. */
  activity: z.string().min(1).max(100),
  /** Activity category; defaults to the config activity's category, else `other`. */
  category: ActivityCategorySchema.nullish(),
  /** Start instant (UTC). */
  started_at: FatigueInstantSchema,
  /** Elapsed duration, seconds (>= 0). The session ends at `started_at + duration_seconds` (rounded to the ms). */
  duration_seconds: z.number().min(0, 'duration must not be negative').max(MAX_SESSION_SECONDS),
  /** Moving time, seconds; used instead of the duration for the load when present. */
  moving_time_seconds: z.number().min(0, 'duration must not be negative').max(MAX_SESSION_SECONDS).nullish(),
  /** IANA zone of the session (decides its local day). */
  time_zone: TimeZoneNameSchema.nullish(),
  /** Fixed UTC offset of the session in minutes, when no zone is known. */
  utc_offset_minutes: UtcOffsetMinutesSchema.nullish(),
  /** Average heart rate, bpm (<= 250). */
  avg_hr_bpm: HEART_RATE.nullish(),
  /** Heart rate by lap or stream sample; preferred over the average (stream TRIMP). */
  hr_segments: z.array(HeartRateSegmentInputSchema).max(200_000).nullish(),
  /** Normalized power, W. */
  normalized_power_w: z.number().min(0, 'power must not be negative').max(3000).nullish(),
  /** Average power, W (used as NP, with a warning, when nothing better exists). */
  avg_power_w: z.number().min(0, 'power must not be negative').max(3000).nullish(),
  /** Power samples, W, at `power_sample_interval_seconds`. */
  power_samples_w: z.array(z.number().min(0, 'power must not be negative').max(3000)).max(1_300_000).nullish(),
  /** Interval of `power_samples_w`, seconds (default 1). */
  power_sample_interval_seconds: z.number().positive().max(60).nullish(),
  /** Normalized graded speed (running), m/s. */
  ngp_m_per_s: z.number().min(0, 'speed must not be negative').max(15).nullish(),
  /** Session RPE, CR-10 (0..10). */
  rpe: z.number().min(0, 'RPE must be between 0 and 10').max(10, 'RPE must be between 0 and 10').nullish(),
  /** MET value of the session; defaults to the config activity's MET. */
  met: z.number().min(0.5).max(30).nullish(),
  /** Total descent, m (eccentric muscle modifier, e.g. hiking). */
  descent_m: z.number().min(0, 'descent must not be negative').max(20_000).nullish(),
  /** Lifting sets, one per performed set. */
  sets: z.array(FatigueSetSchema).max(5000).nullish(),
});

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
