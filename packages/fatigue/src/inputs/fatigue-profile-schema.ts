import { LocalDateSchema, SexSchema, TRAINKIT_BOUNDS } from '@trainkit/core';
import { z } from 'zod';
import { TimeZoneNameSchema } from '../time/time-zone-name-schema.js';

/* Bounds of what `user_settings` stores (core's `TRAINKIT_BOUNDS`), so a stored profile is always one the engine reads. */
const { heartRateBpm, maxHeartRateBpm, thresholdHeartRateBpm, ftpW } = TRAINKIT_BOUNDS;
const heartRate = (min: number, max: number) => z.number().min(min).max(max, `heart rate must be at most ${max} bpm`);

/**
 * The person's physiology as the engine needs it. `time_zone` is required (it decides "today" and the day of
 * sessions without a zone). Age is derived from `birth_date` at each session's local date. Heart rates are bpm
 * (resting 20..250, maximum 60..250, threshold 40..250: core's `TRAINKIT_BOUNDS`, as `user_settings` stores them); a
 * maximum must exceed the resting rate, and a threshold must lie between them.
 *
 * @example
 * ```ts
 * FatigueProfileSchema.parse({ time_zone: 'Europe/Berlin', birth_date: '1989-06-15', sex: 'male',
 *   resting_hr_bpm: 60, max_hr_bpm: 190, lthr_bpm: 172, ftp_w: 250 });
 * ```
 */
export const FatigueProfileSchema = z
  .strictObject({
    /** Home IANA zone. */
    time_zone: TimeZoneNameSchema,
    /** Date of birth. */
    birth_date: LocalDateSchema.nullish(),
    /** Sex for TRIMP weighting and HRmax estimation. */
    sex: SexSchema.nullish(),
    /** Resting heart rate, bpm. */
    resting_hr_bpm: heartRate(heartRateBpm.min, heartRateBpm.max).nullish(),
    /** Maximum heart rate (observed preferred), bpm. */
    max_hr_bpm: heartRate(maxHeartRateBpm.min, maxHeartRateBpm.max).nullish(),
    /** Lactate-threshold heart rate, bpm. */
    lthr_bpm: heartRate(thresholdHeartRateBpm.min, thresholdHeartRateBpm.max).nullish(),
    /** Functional threshold power (or CP), W. */
    ftp_w: z.number().min(ftpW.min).max(ftpW.max).nullish(),
    /** Threshold running speed, m/s. */
    threshold_speed_m_per_s: z.number().positive().max(15).nullish(),
    /** Body mass, kg. */
    body_mass_kg: z.number().positive().max(500).nullish(),
    /** VO2max, ml/kg/min (personalises the MET threshold). */
    vo2max_ml_per_kg_min: z.number().min(5).max(100).nullish(),
  })
  .superRefine((profile, context) => {
    const rest = profile.resting_hr_bpm;
    if (rest != null && profile.max_hr_bpm != null && profile.max_hr_bpm <= rest) {
      context.addIssue({ code: 'custom', path: ['max_hr_bpm'], message: 'must exceed resting_hr_bpm' });
    }
    if (rest != null && profile.lthr_bpm != null && profile.lthr_bpm <= rest) {
      context.addIssue({ code: 'custom', path: ['lthr_bpm'], message: 'must exceed resting_hr_bpm' });
    }
    if (profile.max_hr_bpm != null && profile.lthr_bpm != null && profile.lthr_bpm > profile.max_hr_bpm) {
      context.addIssue({ code: 'custom', path: ['lthr_bpm'], message: 'must not exceed max_hr_bpm' });
    }
  });

/**
 * A validated profile, see {@link FatigueProfileSchema}.
 *
 * @example
 * ```ts
 * const profile: FatigueProfile = { time_zone: 'UTC', resting_hr_bpm: 55 };
 * ```
 */
export type FatigueProfile = z.output<typeof FatigueProfileSchema>;

/**
 * A profile as the caller writes it (input of {@link FatigueProfileSchema}; dates are plain strings).
 *
 * @example
 * ```ts
 * const profile: FatigueProfileInput = { time_zone: 'Europe/Berlin', birth_date: '1989-06-15' };
 * ```
 */
export type FatigueProfileInput = z.input<typeof FatigueProfileSchema>;
