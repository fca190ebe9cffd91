import { z } from 'zod';

/**
 * The rungs of the session-load ladder, most to least precise: power (TSS), pace (rTSS), heart rate (TRIMP100),
 * session RPE, lifting sets, MET, duration only. The first rung whose inputs are present is used and recorded.
 *
 * @example
 * ```ts
 * LOAD_METHODS.indexOf('hr'); // 2
 * ```
 */
export const LOAD_METHODS = ['power', 'pace', 'hr', 'srpe', 'lifting_sets', 'met', 'duration'] as const;
/**
 * One of {@link LOAD_METHODS}.
 *
 * @example
 * ```ts
 * const method: LoadMethod = 'srpe';
 * ```
 */
export type LoadMethod = (typeof LOAD_METHODS)[number];
/**
 * Schema of {@link LOAD_METHODS}.
 *
 * @example
 * ```ts
 * LoadMethodSchema.parse('power');
 * ```
 */
export const LoadMethodSchema = z.enum(LOAD_METHODS);

/**
 * PMC smoothing constant: `exp` is α = 1 − e^(−1/τ) (GoldenCheetah, intervals.icu), `reciprocal` is α = 1/τ.
 *
 * @example
 * ```ts
 * PMC_ALPHA_CONVENTIONS.includes('exp'); // true
 * ```
 */
export const PMC_ALPHA_CONVENTIONS = ['exp', 'reciprocal'] as const;
/**
 * One of {@link PMC_ALPHA_CONVENTIONS}.
 *
 * @example
 * ```ts
 * const alpha: PmcAlphaConvention = 'exp';
 * ```
 */
export type PmcAlphaConvention = (typeof PMC_ALPHA_CONVENTIONS)[number];

/**
 * Which day's CTL − ATL is shown as TSB on day d: `yesterday` (GoldenCheetah, TrainingPeaks: CTL(d−1) − ATL(d−1))
 * or `same_day` (intervals.icu: CTL(d) − ATL(d)).
 *
 * @example
 * ```ts
 * TSB_CONVENTIONS.includes('same_day'); // true
 * ```
 */
export const TSB_CONVENTIONS = ['yesterday', 'same_day'] as const;
/**
 * One of {@link TSB_CONVENTIONS}.
 *
 * @example
 * ```ts
 * const tsb: TsbConvention = 'yesterday';
 * ```
 */
export type TsbConvention = (typeof TSB_CONVENTIONS)[number];

/**
 * ACWR variants: `ewma` (Williams 2017, λ = 2/(N+1)), `rolling_coupled` (7-day mean / 28-day mean including the
 * acute week) and `rolling_uncoupled` (7-day mean / mean of the 21 days before it).
 *
 * @example
 * ```ts
 * ACWR_METHODS[0]; // 'ewma'
 * ```
 */
export const ACWR_METHODS = ['ewma', 'rolling_coupled', 'rolling_uncoupled'] as const;
/**
 * One of {@link ACWR_METHODS}.
 *
 * @example
 * ```ts
 * const method: AcwrMethod = 'rolling_uncoupled';
 * ```
 */
export type AcwrMethod = (typeof ACWR_METHODS)[number];

/**
 * How the EWMA-ACWR filters start: `zero` (state 0 before the first day) or `first_load` (both seeded with the
 * first day's load, as the R package `ACWR` does).
 *
 * @example
 * ```ts
 * ACWR_SEEDS.includes('zero'); // true
 * ```
 */
export const ACWR_SEEDS = ['zero', 'first_load'] as const;
/**
 * One of {@link ACWR_SEEDS}.
 *
 * @example
 * ```ts
 * const seed: AcwrSeed = 'first_load';
 * ```
 */
export type AcwrSeed = (typeof ACWR_SEEDS)[number];

/**
 * Standard deviation convention for monotony: `population` (divide by n) or `sample` (divide by n − 1).
 *
 * @example
 * ```ts
 * SD_CONVENTIONS.includes('population'); // true
 * ```
 */
export const SD_CONVENTIONS = ['population', 'sample'] as const;
/**
 * One of {@link SD_CONVENTIONS}.
 *
 * @example
 * ```ts
 * const sd: SdConvention = 'sample';
 * ```
 */
export type SdConvention = (typeof SD_CONVENTIONS)[number];

/**
 * How a session's load is put on local days: `start_date` (all on the local start date, GoldenCheetah and
 * TrainingPeaks) or `pro_rata` (split by elapsed time across the local days it spans).
 *
 * @example
 * ```ts
 * DAY_BOUNDARY_POLICIES.includes('pro_rata'); // true
 * ```
 */
export const DAY_BOUNDARY_POLICIES = ['start_date', 'pro_rata'] as const;
/**
 * One of {@link DAY_BOUNDARY_POLICIES}.
 *
 * @example
 * ```ts
 * const policy: DayBoundaryPolicy = 'start_date';
 * ```
 */
export type DayBoundaryPolicy = (typeof DAY_BOUNDARY_POLICIES)[number];

/**
 * Which time zone decides a session's local day: `session_then_profile` (the session's IANA zone, else its fixed
 * UTC offset, else the profile zone) or `profile` (always the profile zone). For the PMC a day is never later than
 * the profile-zone date of the session's (or pro-rata slice's) end, so a session ended by `asOf` always counts by
 * `asOf` (see the package README, "Local days").
 *
 * @example
 * ```ts
 * TIME_ZONE_SOURCES.includes('profile'); // true
 * ```
 */
export const TIME_ZONE_SOURCES = ['session_then_profile', 'profile'] as const;
/**
 * One of {@link TIME_ZONE_SOURCES}.
 *
 * @example
 * ```ts
 * const source: TimeZoneSource = 'session_then_profile';
 * ```
 */
export type TimeZoneSource = (typeof TIME_ZONE_SOURCES)[number];

/**
 * Where a session's dose enters the continuous (per-muscle, acute systemic) channels: as one impulse at the `end`,
 * at the `midpoint`, or `uniform`ly spread over [start, end] (exact integral; from the end on it equals an impulse
 * at the end scaled by (τ/T)(1 − e^(−T/τ))).
 *
 * @example
 * ```ts
 * IMPULSE_PLACEMENTS.includes('uniform'); // true
 * ```
 */
export const IMPULSE_PLACEMENTS = ['end', 'midpoint', 'uniform'] as const;
/**
 * One of {@link IMPULSE_PLACEMENTS}.
 *
 * @example
 * ```ts
 * const placement: ImpulsePlacement = 'end';
 * ```
 */
export type ImpulsePlacement = (typeof IMPULSE_PLACEMENTS)[number];

/**
 * Normalized-power start-up handling: `zero_ring_buffer` (GoldenCheetah: the first 29 s are averaged with zeros) or
 * `full_window` (only complete 30 s windows count).
 *
 * @example
 * ```ts
 * NP_PADDINGS.includes('full_window'); // true
 * ```
 */
export const NP_PADDINGS = ['zero_ring_buffer', 'full_window'] as const;
/**
 * One of {@link NP_PADDINGS}.
 *
 * @example
 * ```ts
 * const padding: NpPadding = 'zero_ring_buffer';
 * ```
 */
export type NpPadding = (typeof NP_PADDINGS)[number];

/**
 * Age-based maximum heart rate formulas: Tanaka `208 − 0.7·age`, Gellish `207 − 0.7·age`, Gulati (women)
 * `206 − 0.88·age`, Fox `220 − age`.
 *
 * @example
 * ```ts
 * MAX_HEART_RATE_FORMULAS.includes('tanaka'); // true
 * ```
 */
export const MAX_HEART_RATE_FORMULAS = ['tanaka', 'gellish', 'gulati', 'fox'] as const;
/**
 * One of {@link MAX_HEART_RATE_FORMULAS}.
 *
 * @example
 * ```ts
 * const formula: MaxHeartRateFormula = 'gulati';
 * ```
 */
export type MaxHeartRateFormula = (typeof MAX_HEART_RATE_FORMULAS)[number];

/**
 * TRIMP weighting when sex is `unspecified` or `intersex`: the mean of the male and female curves, or one of them.
 *
 * @example
 * ```ts
 * UNSPECIFIED_SEX_POLICIES.includes('mean_of_curves'); // true
 * ```
 */
export const UNSPECIFIED_SEX_POLICIES = ['mean_of_curves', 'male', 'female'] as const;
/**
 * One of {@link UNSPECIFIED_SEX_POLICIES}.
 *
 * @example
 * ```ts
 * const policy: UnspecifiedSexPolicy = 'male';
 * ```
 */
export type UnspecifiedSexPolicy = (typeof UNSPECIFIED_SEX_POLICIES)[number];

/**
 * Systemic cost class of a lifting movement, the key of `load.lifting_sets.systemic_factor`: multi-joint lower body,
 * multi-joint upper body, or single-joint.
 *
 * @example
 * ```ts
 * SYSTEMIC_CLASSES.includes('compound_lower'); // true
 * ```
 */
export const SYSTEMIC_CLASSES = ['compound_lower', 'compound_upper', 'isolation'] as const;
/**
 * One of {@link SYSTEMIC_CLASSES}.
 *
 * @example
 * ```ts
 * const systemicClass: SystemicClass = 'isolation';
 * ```
 */
export type SystemicClass = (typeof SYSTEMIC_CLASSES)[number];
/**
 * Schema of {@link SYSTEMIC_CLASSES}.
 *
 * @example
 * ```ts
 * SystemicClassSchema.parse('compound_upper');
 * ```
 */
export const SystemicClassSchema = z.enum(SYSTEMIC_CLASSES);
