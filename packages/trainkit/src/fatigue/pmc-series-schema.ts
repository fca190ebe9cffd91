import { LocalDateSchema } from '@trainkit/core';
import { ProvenanceSchema } from '@trainkit/fatigue';
import { z } from 'zod';
import { FatigueInputSourcesSchema } from './fatigue-input-sources-schema.js';

/**
 * The longest range `trainkit.fatigue.pmc` accepts: `to − from` of at most 1098 days (three years of 366 days).
 *
 * @example
 * ```ts
 * MAX_PMC_SERIES_DAYS; // 1098
 * ```
 */
export const MAX_PMC_SERIES_DAYS = 3 * 366;

/**
 * One local day of a PMC series: the day's load and CTL, ATL and TSB at the end of the day, exactly as the fatigue
 * report's `pmc.days` has them (TSB in the config's convention: `yesterday` means `CTL − ATL` of the day before).
 *
 * @example
 * ```ts
 * PmcPointSchema.parse({ date: '2024-06-12', load: 80, ctl: 41.2, atl: 55.3, tsb: -9.8 });
 * ```
 */
export const PmcPointSchema = z.object({
  date: LocalDateSchema,
  /** Daily load (LU, after systemic weights). */
  load: z.number(),
  /** Chronic training load (fitness). */
  ctl: z.number(),
  /** Acute training load (fatigue). */
  atl: z.number(),
  /** Training stress balance (form), in the configured convention. */
  tsb: z.number(),
});

/**
 * The PMC series of `trainkit.fatigue.pmc`: one point per local day from `from` to `to` (inclusive, the user's
 * zone), computed by the same engine, heuristics and input as `trainkit.fatigue.report` at the end of `to`. Days
 * before the history starts (the day before the first session) carry the config's seed (load 0).
 *
 * `provenance` is the engine's (`engine`, `heuristics` id + version + sha256, sessions used, methods, warnings)
 * with the facade's `inputs`, as in the report.
 *
 * @example
 * ```ts
 * const series = PmcSeriesSchema.parse(await trainkit.fatigue.pmc({ userId: 'u1', from: '2024-05-01', to: '2024-06-12' }));
 * series.points.at(-1)?.ctl;
 * ```
 */
export const PmcSeriesSchema = z.object({
  user_id: z.string(),
  from: LocalDateSchema,
  to: LocalDateSchema,
  /** The PMC convention of the heuristics config. */
  convention: z.object({
    alpha: z.string(),
    tsb: z.string(),
    ctl_days: z.number(),
    atl_days: z.number(),
    seed_ctl: z.number(),
    seed_atl: z.number(),
  }),
  points: z.array(PmcPointSchema),
  provenance: ProvenanceSchema.extend({ inputs: FatigueInputSourcesSchema }),
});

/**
 * See {@link PmcPointSchema}.
 *
 * @example
 * ```ts
 * const form = (point: PmcPoint) => point.tsb;
 * ```
 */
export type PmcPoint = z.output<typeof PmcPointSchema>;

/**
 * See {@link PmcSeriesSchema}.
 *
 * @example
 * ```ts
 * const series: PmcSeries = await trainkit.fatigue.pmc({ userId: 'u1', from: '2024-05-01', to: '2024-06-12' });
 * ```
 */
export type PmcSeries = z.output<typeof PmcSeriesSchema>;

/**
 * Options of `trainkit.fatigue.pmc`.
 *
 * @example
 * ```ts
 * const options: PmcSeriesOptions = { userId: 'u1', from: '2024-05-01', to: '2024-06-12' };
 * ```
 */
export interface PmcSeriesOptions {
  /** The user (`users.id`); an unknown one is a `NotFoundError`. */
  readonly userId: string;
  /** First local day (`YYYY-MM-DD`), inclusive. */
  readonly from: string;
  /** Last local day (`YYYY-MM-DD`), inclusive; at most {@link MAX_PMC_SERIES_DAYS} days after `from`. */
  readonly to: string;
}
