import { ActivityCategorySchema } from '@trainkit/core';
import { z } from 'zod';
import {
  ACWR_METHODS,
  ACWR_SEEDS,
  DAY_BOUNDARY_POLICIES,
  IMPULSE_PLACEMENTS,
  LoadMethodSchema,
  MAX_HEART_RATE_FORMULAS,
  NP_PADDINGS,
  PMC_ALPHA_CONVENTIONS,
  SD_CONVENTIONS,
  TIME_ZONE_SOURCES,
  TSB_CONVENTIONS,
  UNSPECIFIED_SEX_POLICIES,
} from './heuristics-enums.js';
import { MuscleMapEntrySchema } from './muscle-map-entry-schema.js';
import { SlugSchema } from './slug-schema.js';

const SEMVER_PATTERN =
  /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

const between = (min: number, max: number) => z.number().min(min).max(max);
const positiveUpTo = (max: number) => z.number().positive().max(max);

const LadderSchema = z
  .array(LoadMethodSchema)
  .min(1)
  .readonly()
  .refine((ladder) => new Set(ladder).size === ladder.length, 'a method is listed twice')
  .refine((ladder) => ladder.includes('duration'), "must include 'duration' so every session gets a load");

const TrimpCoefficientsSchema = z.tuple([positiveUpTo(5), between(0, 5)]).readonly();

function isNonIncreasing(values: readonly number[]): boolean {
  return values.every((value, index) => index === 0 || value <= values[index - 1]!);
}

function hasDefaultKey(record: Record<string, number>): boolean {
  return Object.hasOwn(record, 'default');
}

/**
 * Per-activity heuristics: category (for the ladder and the duration-only intensity), dedup family, systemic weight,
 * acute CNS factor, per-muscle dose per 100 LU, MET value, eccentric modifiers and the activity muscle map.
 *
 * @example
 * ```ts
 * ActivityHeuristicsSchema.parse({ systemic_weight: 1, cns_factor: 0.9, hse_per_100_lu: 6 });
 * ```
 */
export const ActivityHeuristicsSchema = z.strictObject({
  /** Activity category when the session does not carry one. */
  category: ActivityCategorySchema.optional(),
  /** Sport family for cross-provider duplicate detection; defaults to the activity slug. */
  family: SlugSchema.optional(),
  /** Multiplies the session load before it enters PMC, ACWR and the acute systemic channel. */
  systemic_weight: between(0, 10),
  /** Multiplies the weighted load into the acute systemic (CNS) channel. */
  cns_factor: between(0, 10),
  /** CNS factor instead of `cns_factor` when the session has a heavy compound set (see `load.lifting_sets`). */
  heavy_compound_cns_factor: between(0, 10).optional(),
  /** Hard-set equivalents per 100 LU spread over the activity muscle map; absent means 0. */
  hse_per_100_lu: between(0, 1000).optional(),
  /** Compendium MET value for the MET rung of the ladder. */
  met: between(0.5, 30).optional(),
  /** Per-muscle dose multiplier `1 + k·descent_km`, e.g. downhill quadriceps. */
  eccentric_per_descent_km: z.record(SlugSchema, between(0, 100)).optional(),
  /** The activity muscle map (cardio and hobbies reach muscles through it). */
  muscles: z.array(MuscleMapEntrySchema).readonly().optional(),
});

/**
 * Zod schema of the versioned fatigue heuristics config (fatigue.md §5.3, keys in snake_case). Strict: unknown keys
 * are rejected so that a typo in a per-user override cannot pass silently. `sha256` is optional on input; when
 * present it must match the canonical JSON of everything else (see {@link parseHeuristicsConfig}).
 *
 * @example
 * ```ts
 * const parsed = HeuristicsConfigSchema.safeParse(DEFAULT_HEURISTICS_CONFIG);
 * parsed.success; // true
 * ```
 */
export const HeuristicsConfigSchema = z.strictObject({
  /** Stable id of the config family, e.g. `fatigue-heuristics`. */
  id: z.string().regex(/^[a-z0-9]+(?:[-_.][a-z0-9]+)*$/, 'must be a lowercase id'),
  /** Semantic version of the config. */
  version: z.string().regex(SEMVER_PATTERN, 'must be a semantic version'),
  /** SHA-256 of the canonical JSON of the config without this field; computed when absent. */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'must be 64 lowercase hex digits')
    .optional(),
  /** Performance-management chart (CTL, ATL, TSB, ramp). */
  pmc: z.strictObject({
    ctl_days: between(1, 1000),
    atl_days: between(1, 1000),
    alpha: z.enum(PMC_ALPHA_CONVENTIONS),
    tsb: z.enum(TSB_CONVENTIONS),
    ramp_days: z.number().int().min(1).max(365),
    seed: z.strictObject({ ctl: between(0, 100_000), atl: between(0, 100_000) }),
    warming_up_tau_multiple: between(0, 100),
  }),
  /** Acute:chronic workload ratio. */
  acwr: z
    .strictObject({
      method: z.enum(ACWR_METHODS),
      acute_n: z.number().int().min(1).max(365),
      chronic_n: z.number().int().min(2).max(730),
      seed: z.enum(ACWR_SEEDS),
      min_coverage_days: z.number().int().min(0).max(3650),
      min_chronic: positiveUpTo(1000),
    })
    .refine((acwr) => acwr.acute_n < acwr.chronic_n, { message: 'acute_n must be below chronic_n', path: ['acute_n'] }),
  /** Foster monotony and strain. */
  monotony: z.strictObject({
    window_days: z.number().int().min(2).max(60),
    sd: z.enum(SD_CONVENTIONS),
  }),
  /** Local-day attribution. */
  day_boundary: z.strictObject({
    tz_source: z.enum(TIME_ZONE_SOURCES),
    policy: z.enum(DAY_BOUNDARY_POLICIES),
  }),
  /** Session load (LU, 100 ≈ 1 h at threshold). */
  load: z.strictObject({
    ladder: LadderSchema,
    ladder_by_category: z.partialRecord(ActivityCategorySchema, LadderSchema),
    power: z.strictObject({ np_padding: z.enum(NP_PADDINGS) }),
    hr: z.strictObject({
      trimp: z.strictObject({
        male: TrimpCoefficientsSchema,
        female: TrimpCoefficientsSchema,
        unspecified: z.enum(UNSPECIFIED_SEX_POLICIES),
      }),
      normalise: z.literal('trimp100_lthr'),
      lthr_fallback_hrr_fraction: z.number().gt(0).max(1),
      hr_max_estimator: z.strictObject({
        default: z.enum(MAX_HEART_RATE_FORMULAS),
        female: z.enum(MAX_HEART_RATE_FORMULAS),
      }),
      resting_hr_default: between(20, 120),
      min_reserve_bpm: between(5, 150),
    }),
    srpe: z.strictObject({
      if_by_rpe: z
        .strictObject({
          '0': between(0, 3),
          '1': between(0, 3),
          '2': between(0, 3),
          '3': between(0, 3),
          '4': between(0, 3),
          '5': between(0, 3),
          '6': between(0, 3),
          '7': between(0, 3),
          '8': between(0, 3),
          '9': between(0, 3),
          '10': between(0, 3),
        })
        .refine(
          (table) => isNonIncreasing([10, 9, 8, 7, 6, 5, 4, 3, 2, 1, 0].map((rpe) => table[String(rpe) as '0'])),
          'intensity must not decrease with RPE',
        ),
    }),
    lifting_sets: z.strictObject({
      per_hard_set_lu: between(0, 100),
      systemic_factor: z.strictObject({
        compound_lower: between(0, 10),
        compound_upper: between(0, 10),
        isolation: between(0, 10),
      }),
      heavy_compound_max_rir: between(0, 10),
    }),
    met: z.strictObject({
      threshold_met: between(1, 30),
      threshold_from_vo2max: z.boolean(),
    }),
    duration_only: z.strictObject({
      default_if: z.strictObject({
        strength: between(0, 2),
        cardio: between(0, 2),
        mobility: between(0, 2),
        sport: between(0, 2),
        hobby: between(0, 2),
        recovery: between(0, 2),
        other: between(0, 2),
      }),
    }),
  }),
  /** Per-muscle channel. */
  muscles: z.strictObject({
    taxonomy: z.string().min(1),
    role_weights: z
      .strictObject({ primary: between(0, 1), secondary: between(0, 1), stabilizer: between(0, 1) })
      .refine(
        (weights) => weights.primary >= weights.secondary && weights.secondary >= weights.stabilizer,
        'role weights must satisfy primary >= secondary >= stabilizer',
      ),
    rir_multiplier: z
      .strictObject({
        '0': between(0, 3),
        '1': between(0, 3),
        '2': between(0, 3),
        '3': between(0, 3),
        '4': between(0, 3),
        '5+': between(0, 3),
        unknown: between(0, 3),
      })
      .refine(
        (table) => isNonIncreasing([table['0'], table['1'], table['2'], table['3'], table['4'], table['5+']]),
        'effort must not increase with RIR',
      ),
    recovery_hours_90: z.record(SlugSchema, between(1, 2000)).refine(hasDefaultKey, "needs a 'default' entry"),
    capacity_hse: z.record(SlugSchema, between(0.01, 10_000)).refine(hasDefaultKey, "needs a 'default' entry"),
  }),
  /** Acute systemic channel. */
  systemic: z.strictObject({
    acute: z.strictObject({
      recovery_hours_90: between(1, 2000),
      display_cap: z.strictObject({ min_lu: positiveUpTo(100_000), ctl_multiplier: between(0, 100) }),
    }),
  }),
  /** Where session doses enter the continuous channels. */
  impulse: z.strictObject({ placement: z.enum(IMPULSE_PLACEMENTS) }),
  /** Heuristics per activity-definition slug. */
  activities: z.record(SlugSchema, ActivityHeuristicsSchema),
  /** Used for activities the config does not list (a warning is recorded). */
  default_activity: ActivityHeuristicsSchema,
  /** Cross-provider duplicate detection (fatigue.md §4 pitfall 7). */
  dedup: z.strictObject({
    max_start_diff_seconds: between(0, 86_400),
    min_overlap_ratio: between(0, 1),
  }),
  /** Readiness from recovery signals against the person's own baseline. */
  readiness: z
    .strictObject({
      baseline_days: z.number().int().min(3).max(365),
      min_baseline_days: z.number().int().min(2).max(365),
      weights: z
        .strictObject({ hrv: between(0, 1), resting_hr: between(0, 1), sleep: between(0, 1) })
        .refine((weights) => weights.hrv + weights.resting_hr + weights.sleep > 0, 'at least one weight must be positive'),
      score_per_sd: between(0, 100),
      sleep_target_hours: between(1, 16),
      sd_floor: z.strictObject({ ln_hrv: positiveUpTo(1), resting_hr_bpm: positiveUpTo(50) }),
      bands: z.strictObject({ high_min: between(0, 100), low_max: between(0, 100) }),
    })
    .refine((readiness) => readiness.min_baseline_days <= readiness.baseline_days, {
      message: 'min_baseline_days must not exceed baseline_days',
      path: ['min_baseline_days'],
    })
    .refine((readiness) => readiness.bands.low_max < readiness.bands.high_min, {
      message: 'bands.low_max must be below bands.high_min',
      path: ['bands', 'low_max'],
    }),
  /** Forecast from planned sessions. */
  forecast: z.strictObject({ days: z.number().int().min(0).max(365) }),
});

/**
 * The config as written (input of {@link HeuristicsConfigSchema}; `sha256` optional).
 *
 * @example
 * ```ts
 * const input: HeuristicsConfigInput = { ...DEFAULT_HEURISTICS_CONFIG, version: '0.2.0', sha256: undefined };
 * ```
 */
export type HeuristicsConfigInput = z.input<typeof HeuristicsConfigSchema>;

/**
 * A validated, frozen heuristics config with its `sha256`. Build one with {@link parseHeuristicsConfig} or
 * {@link resolveHeuristicsConfig}; {@link DEFAULT_HEURISTICS_CONFIG} is the v0 default.
 *
 * @example
 * ```ts
 * const config: HeuristicsConfig = DEFAULT_HEURISTICS_CONFIG;
 * config.sha256.length; // 64
 * ```
 */
export type HeuristicsConfig = Readonly<Omit<z.output<typeof HeuristicsConfigSchema>, 'sha256'> & { sha256: string }>;

/**
 * Heuristics of one activity, see {@link ActivityHeuristicsSchema}.
 *
 * @example
 * ```ts
 * const tennis: ActivityHeuristics = { systemic_weight: 1, cns_factor: 0.8, hse_per_100_lu: 4, met: 8 };
 * ```
 */
export type ActivityHeuristics = z.output<typeof ActivityHeuristicsSchema>;
