import { LocalDateSchema, SexSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * Where a value of `fatigueProfileFromBiometrics` came from: the person's `profile` (date of birth, sex), a body value
 * (`biometrics`; `source_id` names its row), an activity's maximum heart rate (`observed_activity`; `source_id` names
 * the activity), or a formula of age (`age_predicted`).
 *
 * @example
 * ```ts
 * FATIGUE_PROFILE_VALUE_SOURCES.includes('observed_activity'); // true
 * ```
 */
export const FATIGUE_PROFILE_VALUE_SOURCES = ['profile', 'biometrics', 'observed_activity', 'age_predicted'] as const;

/**
 * How a value of `fatigueProfileFromBiometrics` was derived: `age_at` (whole years from the date of birth), `as_stored`,
 * `latest` (the last chosen value in the lookback window), `ewma` (the smoothed value at the last one), `maximum`
 * (highest observed), `tanaka` (`208 − 0.7 · age`).
 *
 * @example
 * ```ts
 * FATIGUE_PROFILE_VALUE_METHODS.includes('ewma'); // true
 * ```
 */
export const FATIGUE_PROFILE_VALUE_METHODS = ['age_at', 'as_stored', 'latest', 'ewma', 'maximum', 'tanaka'] as const;

/**
 * One derived value with its origin: the value, its source and method, the id of the row it came from (the user id
 * for profile values, the body value's row, the activity; `null` when the caller gave none), and the day it was
 * measured (the date of birth for an age; `null` when unknown).
 *
 * @example
 * ```ts
 * FatigueProfileValueSchema.parse({ value: 72.4, source: 'biometrics', method: 'latest', source_id: 'bio_1', date: '2024-06-10' });
 * ```
 */
export const FatigueProfileValueSchema = z.object({
  value: z.number(),
  source: z.enum(FATIGUE_PROFILE_VALUE_SOURCES),
  method: z.enum(FATIGUE_PROFILE_VALUE_METHODS),
  source_id: z.string().nullable(),
  date: LocalDateSchema.nullable(),
});

/**
 * A derived value with its origin, see {@link FatigueProfileValueSchema}.
 *
 * @example
 * ```ts
 * const from = (value: FatigueProfileValue) => `${value.source}:${value.source_id}`;
 * ```
 */
export type FatigueProfileValue = z.output<typeof FatigueProfileValueSchema>;

/**
 * What the fatigue engine needs to know about a body on a day (see `fatigueProfileFromBiometrics`): age, sex, body
 * mass, VO2max, resting and maximum heart rate, each `null` when unknown, each with where it came from. Field names
 * carry the unit; they map onto the engine profile as `body_mass_kg`, `vo2max_ml_per_kg_min`, `resting_hr_bpm`,
 * `max_hr_bpm` (and `birth_date` / `sex` from the profile itself).
 *
 * @example
 * ```ts
 * const physiology: BiometricFatigueProfile = fatigueProfileFromBiometrics({ profile, biometrics, asOf: '2024-06-12' });
 * physiology.max_hr_bpm?.method; // 'maximum' or 'tanaka'
 * ```
 */
export const BiometricFatigueProfileSchema = z.object({
  as_of: LocalDateSchema,
  age_years: FatigueProfileValueSchema.nullable(),
  sex: z.object({ value: SexSchema, source: z.literal('profile'), source_id: z.string().nullable() }).nullable(),
  body_mass_kg: FatigueProfileValueSchema.nullable(),
  vo2max_ml_kg_min: FatigueProfileValueSchema.nullable(),
  resting_hr_bpm: FatigueProfileValueSchema.nullable(),
  max_hr_bpm: FatigueProfileValueSchema.nullable(),
});

/**
 * The physiology of a body on a day, see {@link BiometricFatigueProfileSchema}.
 *
 * @example
 * ```ts
 * const mass = (profile: BiometricFatigueProfile) => profile.body_mass_kg?.value ?? null;
 * ```
 */
export type BiometricFatigueProfile = z.output<typeof BiometricFatigueProfileSchema>;
