import { ActivityCategorySchema, InstantSchema, LocalDateSchema } from '@trainkit/core';
import { z } from 'zod';
import {
  ACWR_METHODS,
  ACWR_SEEDS,
  DAY_BOUNDARY_POLICIES,
  IMPULSE_PLACEMENTS,
  PMC_ALPHA_CONVENTIONS,
  SD_CONVENTIONS,
  TIME_ZONE_SOURCES,
  TSB_CONVENTIONS,
} from '../config/heuristics-enums.js';
import { SessionLoadSchema } from '../load/session-load-schema.js';
import { ReadinessSchema } from '../readiness/compute-readiness.js';

const DuplicateExclusionSchema = z.object({ id: z.string(), duplicate_of: z.string(), rule: z.string() });
const IgnoredSchema = z.object({ id: z.string(), reason: z.string() });

/**
 * Per-muscle state at `as_of`: the linear state in hard-set equivalents and its display transforms.
 *
 * @example
 * ```ts
 * MuscleStateSchema.parse(report.muscles.quadriceps);
 * ```
 */
export const MuscleStateSchema = z.object({
  /** Linear state M (HSE). */
  value_hse: z.number(),
  /** `100·(1 − e^(−M/cap))`, in [0, 100). */
  fatigue_percent: z.number(),
  /** `100 − fatigue_percent`. */
  recovered_percent: z.number(),
  /** Hours until 90 % recovered (closed form), 0 when already there. */
  hours_to_90_percent_recovered: z.number(),
  /** Decay time constant τ (hours). */
  tau_hours: z.number(),
  /** Hours for a dose to decay to 10 % (`τ·ln 10`). */
  recovery_hours_90: z.number(),
  /** Display capacity (HSE). */
  capacity_hse: z.number(),
  /** False when the config does not list the muscle (config `default` values used). */
  configured: z.boolean(),
});

/**
 * Acute systemic (CNS) channel at `as_of`, in LU.
 *
 * @example
 * ```ts
 * SystemicStateSchema.parse(report.systemic);
 * ```
 */
export const SystemicStateSchema = z.object({
  /** Linear state (LU). */
  value_lu: z.number(),
  /** `100·(1 − e^(−A/cap))` with `cap = max(min_lu, ctl_multiplier·CTL)`. */
  percent: z.number(),
  /** The display capacity used (LU). */
  display_cap_lu: z.number(),
  /** Decay time constant τ (hours). */
  tau_hours: z.number(),
  /** Hours for a dose to decay to 10 %. */
  recovery_hours_90: z.number(),
  /** Hours until 90 % recovered at the current capacity. */
  hours_to_90_percent_recovered: z.number(),
});

/**
 * One day of the PMC (performed sessions only).
 *
 * @example
 * ```ts
 * PmcDaySchema.parse(report.pmc.days[0]);
 * ```
 */
export const PmcDaySchema = z.object({
  /** Local day. */
  date: LocalDateSchema,
  /** Daily load (LU, after systemic weights). */
  load: z.number(),
  /** Chronic training load (fitness). */
  ctl: z.number(),
  /** Acute training load (fatigue). */
  atl: z.number(),
  /** Training stress balance (form), in the configured convention. */
  tsb: z.number(),
  /** `CTL_d − CTL_{d−ramp_days}`. */
  ramp: z.number(),
});

/**
 * The report of one session (a used performed session, or a planned one in the forecast).
 *
 * @example
 * ```ts
 * ReportSessionSchema.parse(report.sessions[0]);
 * ```
 */
export const ReportSessionSchema = z.object({
  /** Session id. */
  id: z.string(),
  /** Activity slug. */
  activity: z.string(),
  /** Category used. */
  category: ActivityCategorySchema,
  /** Start instant. */
  started_at: InstantSchema,
  /** End instant (start + duration, to the ms). */
  ended_at: InstantSchema,
  /** When the dose enters the continuous channels (end, or midpoint). */
  impulse_at: InstantSchema,
  /** Local start date (session zone per config); also the date age is computed at. May differ from `pmc_days`. */
  local_date: LocalDateSchema,
  /**
   * The load's PMC days, ascending, shares summing to 1: all on the start date, or pro rata. Each part is on its
   * local date in the session zone, but never later than the profile-zone date of its end (so a session ended by
   * `as_of` is always on or before `as_of_date`).
   */
  pmc_days: z.array(z.object({ date: LocalDateSchema, share: z.number(), lu: z.number() })),
  /** The load and how it was obtained. */
  load: SessionLoadSchema,
  /** CNS factor used for the acute systemic channel. */
  cns_factor: z.number(),
  /** Dose into the acute systemic channel (`lu · cns_factor`). */
  systemic_acute_dose_lu: z.number(),
  /** Dose per muscle (HSE). */
  muscle_doses_hse: z.record(z.string(), z.number()),
  /** What was estimated, defaulted or unknown for this session. */
  warnings: z.array(z.string()),
});

/**
 * Where every number of a report comes from (fatigue.md §5.4).
 *
 * @example
 * ```ts
 * ProvenanceSchema.parse(report.provenance);
 * ```
 */
export const ProvenanceSchema = z.object({
  /** `@trainkit/fatigue@<semver>`. */
  engine: z.string(),
  /** The heuristics config. */
  heuristics: z.object({ id: z.string(), version: z.string(), sha256: z.string() }),
  /** SHA-256 of the canonical JSON of the muscle maps. */
  muscle_maps_sha256: z.string(),
  /** The instant described. */
  as_of: InstantSchema,
  /** Conventions in force. */
  conventions: z.object({
    pmc_alpha: z.enum(PMC_ALPHA_CONVENTIONS),
    tsb: z.enum(TSB_CONVENTIONS),
    day_boundary: z.enum(DAY_BOUNDARY_POLICIES),
    time_zone_source: z.enum(TIME_ZONE_SOURCES),
    profile_time_zone: z.string(),
    acwr_method: z.enum(ACWR_METHODS),
    acwr_seed: z.enum(ACWR_SEEDS),
    monotony_sd: z.enum(SD_CONVENTIONS),
    impulse_placement: z.enum(IMPULSE_PLACEMENTS),
  }),
  /** Performed sessions. */
  sessions: z.object({
    /** Used, in canonical order (start, then id). */
    used: z.array(z.string()),
    /** Ending after `as_of`: not counted. */
    ignored_after_as_of: z.array(z.string()),
    /** Excluded duplicates with the kept session and the rule. */
    excluded_duplicates: z.array(DuplicateExclusionSchema),
  }),
  /** Planned sessions (forecast only). */
  planned_sessions: z.object({ used: z.array(z.string()), ignored: z.array(IgnoredSchema) }),
  /** Load method per used session, with its inputs. */
  methods: z.record(z.string(), z.string()),
  /** Distinct warnings (estimates, defaults, unknown activities/movements/muscles, warming up, coverage). */
  warnings: z.array(z.string()),
});

/**
 * The fatigue report: the stable public JSON contract of `@trainkit/fatigue` (see the package README). All numbers
 * are finite; "not defined" is `null` with a reason. Performed values never include planned sessions; the forecast
 * is separate.
 *
 * @example
 * ```ts
 * const report = FatigueReportSchema.parse(computeFatigue(input));
 * ```
 */
export const FatigueReportSchema = z.object({
  /** The instant described. */
  as_of: InstantSchema,
  /** Local day of `as_of` in the profile zone. */
  as_of_date: LocalDateSchema,
  /** Acute systemic (CNS) channel. */
  systemic: SystemicStateSchema,
  /** Per-muscle state by muscle slug (every tracked muscle, sorted). */
  muscles: z.record(z.string(), MuscleStateSchema),
  /** Performance-management chart. */
  pmc: z.object({
    convention: z.object({
      alpha: z.enum(PMC_ALPHA_CONVENTIONS),
      tsb: z.enum(TSB_CONVENTIONS),
      ctl_days: z.number(),
      atl_days: z.number(),
      ramp_days: z.number(),
      seed_ctl: z.number(),
      seed_atl: z.number(),
    }),
    /** Values on `as_of_date`. */
    load: z.number(),
    ctl: z.number(),
    atl: z.number(),
    tsb: z.number(),
    ramp: z.number(),
    /** Days since the history start, up to `as_of_date`. */
    history_days: z.number().int(),
    /** True until the history covers `warming_up_tau_multiple · ctl_days` days. */
    warming_up: z.boolean(),
    /** One row per local day, from the day before the first session to `as_of_date` (never later). */
    days: z.array(PmcDaySchema),
  }),
  /** Acute:chronic workload ratio (descriptive, not an injury predictor). */
  acwr: z.object({
    method: z.enum(ACWR_METHODS),
    acute_n: z.number(),
    chronic_n: z.number(),
    seed: z.enum(ACWR_SEEDS),
    date: LocalDateSchema,
    acute: z.number().nullable(),
    chronic: z.number().nullable(),
    ratio: z.number().nullable(),
    /** Why `ratio` is null: `no_history`, `insufficient_window`, `no_tracked_days`, `low_chronic`. */
    null_reason: z.enum(['no_history', 'insufficient_window', 'no_tracked_days', 'low_chronic']).nullable(),
    /** Tracked days in the chronic window ending on `date`. */
    coverage: z.object({ tracked_days: z.number().int(), window_days: z.number().int(), fraction: z.number() }),
    /** True while fewer than `min_coverage_days` days are tracked. */
    warming_up: z.boolean(),
    /** From the history start to `as_of_date`. */
    days: z.array(
      z.object({
        date: LocalDateSchema,
        acute: z.number().nullable(),
        chronic: z.number().nullable(),
        ratio: z.number().nullable(),
      }),
    ),
  }),
  /** Foster monotony and strain over the window ending on `as_of_date`. */
  monotony: z.object({
    window_days: z.number().int(),
    sd_convention: z.enum(SD_CONVENTIONS),
    from_date: LocalDateSchema,
    to_date: LocalDateSchema,
    total_load: z.number(),
    mean: z.number(),
    sd: z.number(),
    monotony: z.number().nullable(),
    strain: z.number().nullable(),
    /** Why monotony is null: `zero_variance`, `too_few_days`, `incomplete_coverage`. */
    null_reason: z.enum(['zero_variance', 'too_few_days', 'incomplete_coverage']).nullable(),
  }),
  /** Readiness from recovery signals (separate from load). */
  readiness: ReadinessSchema,
  /** Forecast from planned sessions, or null when none were given. */
  forecast: z
    .object({
      from_date: LocalDateSchema,
      to_date: LocalDateSchema,
      sessions: z.array(ReportSessionSchema),
      days: z.array(
        z.object({
          date: LocalDateSchema,
          load_performed: z.number(),
          load_planned: z.number(),
          load: z.number(),
          ctl: z.number(),
          atl: z.number(),
          tsb: z.number(),
          ramp: z.number(),
          systemic_acute_lu: z.number(),
          muscles: z.record(z.string(), z.object({ value_hse: z.number(), fatigue_percent: z.number() })),
        }),
      ),
    })
    .nullable(),
  /** Used performed sessions in canonical order, with loads and doses (what `explain` reads). */
  sessions: z.array(ReportSessionSchema),
  /** Per-day per-muscle values (end of each local day), when requested. */
  muscle_series: z
    .object({
      dates: z.array(LocalDateSchema),
      muscles: z.record(z.string(), z.array(z.number())),
      systemic_acute_lu: z.array(z.number()),
    })
    .nullable(),
  /** Provenance. */
  provenance: ProvenanceSchema,
});

/**
 * A fatigue report, see {@link FatigueReportSchema}.
 *
 * @example
 * ```ts
 * const report: FatigueReport = computeFatigue(input);
 * report.muscles.quadriceps?.fatigue_percent;
 * ```
 */
export type FatigueReport = z.output<typeof FatigueReportSchema>;

/**
 * One session of a report, see {@link ReportSessionSchema}.
 *
 * @example
 * ```ts
 * const first: ReportSession | undefined = report.sessions[0];
 * ```
 */
export type ReportSession = z.output<typeof ReportSessionSchema>;
