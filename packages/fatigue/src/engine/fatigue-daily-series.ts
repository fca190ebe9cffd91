import { LocalDateSchema, type LocalDate } from '@trainkit/core';
import { z } from 'zod';
import { fatiguePercent } from '../state/fatigue-percent.js';
import { dayNumberToLocalDate, localDateToDayNumber } from '../time/day-number.js';
import { ProvenanceSchema } from './fatigue-report-schema.js';
import type { FatigueState } from './fatigue-state.js';
import { stateProvenance } from './summarize-fatigue-state.js';

/**
 * Per-day values of a state for a day range: each muscle's state (HSE) and fatigue % at the end of each local day
 * (profile zone), the acute systemic channel, and the PMC columns. Columns are aligned with `dates`.
 *
 * @example
 * ```ts
 * DailySeriesSchema.parse(fatigueDailySeries(state, { from: '2024-06-01', to: '2024-06-12' }));
 * ```
 */
export const DailySeriesSchema = z.object({
  /** Local days, ascending. */
  dates: z.array(LocalDateSchema),
  /** Per muscle slug. */
  muscles: z.record(z.string(), z.object({ value_hse: z.array(z.number()), fatigue_percent: z.array(z.number()) })),
  /** Acute systemic channel at the end of each day (LU). */
  systemic_acute_lu: z.array(z.number()),
  /** Daily load (LU). */
  load: z.array(z.number()),
  /** CTL per day. */
  ctl: z.array(z.number()),
  /** ATL per day. */
  atl: z.array(z.number()),
  /** TSB per day, in the configured convention. */
  tsb: z.array(z.number()),
  /** Ramp per day. */
  ramp: z.array(z.number()),
  /** Where the values come from (engine, heuristics, sessions used, methods, warnings). */
  provenance: ProvenanceSchema,
});

/**
 * A {@link DailySeriesSchema} value.
 *
 * @example
 * ```ts
 * const series: DailySeries = fatigueDailySeries(state);
 * ```
 */
export type DailySeries = z.output<typeof DailySeriesSchema>;

/**
 * Per-day per-muscle (and systemic, PMC) values of a state for `[from, to]` (local dates, inclusive), clipped to the
 * state's days (from the day before the first session to `asOf`'s day). Use it with
 * {@link updateFatigueState}'s `affected` range to store daily fatigue rows incrementally. `muscles` limits the
 * muscles returned (unknown slugs are skipped).
 *
 * @example
 * ```ts
 * const { affected, state: next } = updateFatigueState(state, [session]);
 * const rows = fatigueDailySeries(next, { from: affected.from_date ?? undefined, muscles: affected.changed_muscles });
 * ```
 */
export function fatigueDailySeries(
  state: FatigueState,
  range: { from?: string | null; to?: string | null; muscles?: readonly string[] | null } = {},
): DailySeries {
  const internal = state.internal;
  const buffers = internal.buffers;
  const registry = internal.context.registry;
  const pmc = internal.context.config.pmc;
  const first = Math.max(0, range.from != null ? localDateToDayNumber(range.from) - buffers.startDay : 0);
  const last = Math.min(
    buffers.length - 1,
    range.to != null ? localDateToDayNumber(range.to) - buffers.startDay : buffers.length - 1,
  );
  const dates: LocalDate[] = [];
  const load: number[] = [];
  const ctl: number[] = [];
  const atl: number[] = [];
  const tsb: number[] = [];
  const ramp: number[] = [];
  const acute: number[] = [];
  for (let index = first; index <= last; index += 1) {
    dates.push(dayNumberToLocalDate(buffers.startDay + index));
    load.push(buffers.dailyLoad[index]!);
    const currentCtl = buffers.ctl[index]!;
    const currentAtl = buffers.atl[index]!;
    ctl.push(currentCtl);
    atl.push(currentAtl);
    const previousCtl = index > 0 ? buffers.ctl[index - 1]! : pmc.seed.ctl;
    const previousAtl = index > 0 ? buffers.atl[index - 1]! : pmc.seed.atl;
    tsb.push(pmc.tsb === 'yesterday' ? previousCtl - previousAtl : currentCtl - currentAtl);
    ramp.push(currentCtl - (index >= pmc.ramp_days ? buffers.ctl[index - pmc.ramp_days]! : pmc.seed.ctl));
    acute.push(buffers.acuteSeries[index]!);
  }
  const wanted = range.muscles != null ? new Set(range.muscles) : null;
  const muscles: DailySeries['muscles'] = {};
  registry.slugs.forEach((slug, muscle) => {
    if (wanted !== null && !wanted.has(slug)) return;
    const series = buffers.muscleSeries[muscle]!;
    const capacity = registry.capacity[muscle]!;
    const values: number[] = [];
    const percents: number[] = [];
    for (let index = first; index <= last; index += 1) {
      values.push(series[index]!);
      percents.push(fatiguePercent(series[index]!, capacity));
    }
    muscles[slug] = { value_hse: values, fatigue_percent: percents };
  });
  return { dates, muscles, systemic_acute_lu: acute, load, ctl, atl, tsb, ramp, provenance: stateProvenance(state) };
}
