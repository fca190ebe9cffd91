import { LocalDateSchema, parseWithSchema, SexSchema, ValidationError, type LocalDate, type Sex } from '@trainkit/core';
import { z } from 'zod';
import { ageAt } from '../age/age-at.js';
import type { BiometricObservation } from '../observation/biometric-observation-schema.js';
import { BiometricSourcePrioritySchema } from '../priority/biometric-source-priority-schema.js';
import { selectBiometricValues } from '../selection/select-biometric-values.js';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';
import { biometricTrend } from '../trend/biometric-trend.js';
import type { BiometricFatigueProfile, FatigueProfileValue } from './biometric-fatigue-profile-schema.js';
import type { ObservedMaxHeartRate } from './observed-max-heart-rate.js';

/**
 * Default lookback of each body value `fatigueProfileFromBiometrics` reads, in days ending on the as-of day: body
 * mass and VO2max change slowly (a year), the resting heart rate is smoothed over the last four weeks.
 *
 * @example
 * ```ts
 * FATIGUE_PROFILE_LOOKBACK_DAYS.resting_hr_bpm; // 28
 * ```
 */
export const FATIGUE_PROFILE_LOOKBACK_DAYS = Object.freeze({ weight_kg: 365, vo2max_ml_kg_min: 365, resting_hr_bpm: 28 });

/**
 * Default half-life, in days, of the smoothing of the resting heart rate (see `biometricTrend`).
 *
 * @example
 * ```ts
 * FATIGUE_PROFILE_RESTING_HR_HALF_LIFE_DAYS; // 7
 * ```
 */
export const FATIGUE_PROFILE_RESTING_HR_HALF_LIFE_DAYS = 7;

/**
 * Default tolerance, in bpm, below the age-predicted maximum within which an observed maximum heart rate is still
 * taken as the person's maximum (about one standard error of Tanaka's formula). A lower observed maximum most likely
 * comes from efforts that were not maximal, so the prediction is used instead.
 *
 * @example
 * ```ts
 * OBSERVED_MAX_HEART_RATE_TOLERANCE_BPM; // 10
 * ```
 */
export const OBSERVED_MAX_HEART_RATE_TOLERANCE_BPM = 10;

const lookback = z.number().int().min(1).max(36_500);

const OptionsSchema = z.object({
  profile: z
    .object({ user_id: z.string().nullish(), date_of_birth: LocalDateSchema.nullish(), sex: SexSchema.nullish() })
    .nullish(),
  observedMaxHeartRateBpm: z
    .union([
      z.number().finite().positive(),
      z.object({ value_bpm: z.number().finite().positive(), activity_id: z.string(), date: LocalDateSchema }),
    ])
    .nullish(),
  asOf: LocalDateSchema,
  priority: BiometricSourcePrioritySchema.optional(),
  lookbackDays: z
    .strictObject({ weight_kg: lookback.optional(), vo2max_ml_kg_min: lookback.optional(), resting_hr_bpm: lookback.optional() })
    .optional(),
  restingHrHalfLifeDays: z.number().positive().max(3650).default(FATIGUE_PROFILE_RESTING_HR_HALF_LIFE_DAYS),
  observedMaxToleranceBpm: z.number().min(0).max(100).default(OBSERVED_MAX_HEART_RATE_TOLERANCE_BPM),
});

/**
 * Input of {@link fatigueProfileFromBiometrics}.
 *
 * @example
 * ```ts
 * const input: FatigueProfileFromBiometricsInput = { profile: { date_of_birth: '1990-04-12', sex: 'female' }, biometrics: [], asOf: '2024-06-12' };
 * ```
 */
export interface FatigueProfileFromBiometricsInput {
  /** The person's `user_profile` (a `UserProfileRow` fits): date of birth and sex; `user_id` names the row. */
  readonly profile?: { readonly user_id?: string | null; readonly date_of_birth?: string | null; readonly sex?: Sex | null } | null;
  /** Body values of any metrics (`UserBiometricRow` fits); values after `asOf` are left out. */
  readonly biometrics: readonly BiometricObservation[];
  /** The highest heart rate observed in activities: a number, or the result of `observedMaxHeartRate` (names the activity). */
  readonly observedMaxHeartRateBpm?: number | ObservedMaxHeartRate | null;
  /** The local day the profile is for (`YYYY-MM-DD`). */
  readonly asOf: string;
  /** Which source wins when a day has several values; `BIOMETRIC_SOURCE_PRIORITY` when omitted. */
  readonly priority?: z.input<typeof BiometricSourcePrioritySchema>;
  /** Lookback per body value, in days ending on `asOf` (1..36500); see {@link FATIGUE_PROFILE_LOOKBACK_DAYS}. */
  readonly lookbackDays?: { readonly weight_kg?: number; readonly vo2max_ml_kg_min?: number; readonly resting_hr_bpm?: number };
  /** Half-life of the resting heart rate's smoothing, days; {@link FATIGUE_PROFILE_RESTING_HR_HALF_LIFE_DAYS} when omitted. */
  readonly restingHrHalfLifeDays?: number;
  /**
   * How far (bpm, 0..100) the observed maximum may lie below the age-predicted one and still be used;
   * {@link OBSERVED_MAX_HEART_RATE_TOLERANCE_BPM} when omitted.
   */
  readonly observedMaxToleranceBpm?: number;
}

type WindowMetric = keyof typeof FATIGUE_PROFILE_LOOKBACK_DAYS;

/**
 * The physiology the fatigue engine needs, on a day, from a person's profile, body values and activities:
 *
 * - `age_years`: `ageAt(date_of_birth, asOf)` (leap-day births handled), from the profile;
 * - `sex`: from the profile;
 * - `body_mass_kg` and `vo2max_ml_kg_min`: the latest value (one per day by source priority) in their lookback
 *   (365 days by default);
 * - `resting_hr_bpm`: the EWMA-smoothed resting heart rate at its latest value in the lookback (28 days, half-life 7
 *   days by default), so one restless night does not move it;
 * - `max_hr_bpm`: the observed maximum when given (`method: 'maximum'`, naming the activity) and not more than
 *   `observedMaxToleranceBpm` (10) below the age prediction (a lower one comes from efforts that were not maximal);
 *   else predicted from age with Tanaka's `208 − 0.7 · age` (`method: 'tanaka'`); else the observed maximum when the
 *   age is unknown; else `null`.
 *
 * Every value says where it came from (`source`, `method`, the row id in `source_id`, the day). Values measured
 * after `asOf` never count. Pure and deterministic.
 *
 * @throws {ValidationError} For an invalid `asOf`, profile, observed maximum, priority, lookback or half-life, or a
 * body value whose day or value is invalid.
 *
 * @example
 * ```ts
 * const physiology = fatigueProfileFromBiometrics({
 *   profile: { user_id: 'u1', date_of_birth: '1990-04-12', sex: 'female' },
 *   biometrics: [
 *     { id: 'b1', metric_type: 'weight_kg', date: '2024-06-10', value: 61.8, source: 'manual' },
 *     { id: 'b2', metric_type: 'resting_hr_bpm', date: '2024-06-11', value: 52, source: 'provider', provider: 'whoop', external_record_id: 'rec_7' },
 *   ],
 *   observedMaxHeartRateBpm: { value_bpm: 188, activity_id: 'run_3', date: '2024-05-20' as LocalDate },
 *   asOf: '2024-06-12',
 * });
 * physiology.body_mass_kg; // { value: 61.8, source: 'biometrics', method: 'latest', source_id: 'b1', date: '2024-06-10' }
 * physiology.max_hr_bpm?.source_id; // 'run_3'
 * physiology.age_years?.value; // 34
 * ```
 */
export function fatigueProfileFromBiometrics(input: FatigueProfileFromBiometricsInput): BiometricFatigueProfile {
  const parsed = parseWithSchema(OptionsSchema, input, 'fatigue profile from biometrics');
  input.biometrics.forEach((row, index) => {
    if (Number.isNaN(dayNumberOf(row.date))) {
      throw new ValidationError('fatigue profile from biometrics', [
        { path: `biometrics.${index}.date`, rule: 'invalid_value', message: `must be a YYYY-MM-DD calendar day, got ${JSON.stringify(row.date)}` },
      ]);
    }
    if (!Number.isFinite(row.value)) {
      throw new ValidationError('fatigue profile from biometrics', [{ path: `biometrics.${index}.value`, rule: 'invalid_value', message: 'must be a finite number' }]);
    }
  });
  const asOf = parsed.asOf;
  const asOfDay = dayNumberOf(asOf);
  const windows = { ...FATIGUE_PROFILE_LOOKBACK_DAYS, ...parsed.lookbackDays };
  const priority = parsed.priority === undefined ? {} : { priority: parsed.priority };
  const profileId = parsed.profile?.user_id ?? null;

  const inWindow = (metric: WindowMetric) => {
    const first = dateOfDayNumber(asOfDay - windows[metric] + 1);
    return input.biometrics.filter((row) => row.metric_type === metric && row.date >= first && row.date <= asOf);
  };
  const latest = (metric: WindowMetric): FatigueProfileValue | null => {
    const chosen = selectBiometricValues(inWindow(metric), priority).at(-1);
    return chosen === undefined
      ? null
      : { value: chosen.value, source: 'biometrics', method: 'latest', source_id: chosen.id, date: chosen.date as LocalDate };
  };

  const birth = parsed.profile?.date_of_birth ?? null;
  const age = birth !== null && birth <= asOf ? ageAt(birth, asOf) : null;
  const restingTrend = biometricTrend(inWindow('resting_hr_bpm'), {
    metric: 'resting_hr_bpm',
    asOf,
    halfLifeDays: parsed.restingHrHalfLifeDays,
    ...priority,
  });
  const observed = parsed.observedMaxHeartRateBpm;
  const observedMax: FatigueProfileValue | null =
    observed == null
      ? null
      : typeof observed === 'number'
        ? { value: observed, source: 'observed_activity', method: 'maximum', source_id: null, date: null }
        : { value: observed.value_bpm, source: 'observed_activity', method: 'maximum', source_id: observed.activity_id, date: observed.date };
  const predictedMax: FatigueProfileValue | null =
    age === null ? null : { value: 208 - 0.7 * age, source: 'age_predicted', method: 'tanaka', source_id: profileId, date: null };
  const maxHr =
    observedMax !== null && (predictedMax === null || observedMax.value >= predictedMax.value - parsed.observedMaxToleranceBpm)
      ? observedMax
      : predictedMax;

  return {
    as_of: asOf,
    age_years: age === null ? null : { value: age, source: 'profile', method: 'age_at', source_id: profileId, date: birth },
    sex: parsed.profile?.sex == null ? null : { value: parsed.profile.sex, source: 'profile', source_id: profileId },
    body_mass_kg: latest('weight_kg'),
    vo2max_ml_kg_min: latest('vo2max_ml_kg_min'),
    resting_hr_bpm:
      restingTrend.latest === null
        ? null
        : { value: restingTrend.smoothed!, source: 'biometrics', method: 'ewma', source_id: restingTrend.latest.row_id, date: restingTrend.latest.date },
    max_hr_bpm: maxHr,
  };
}
