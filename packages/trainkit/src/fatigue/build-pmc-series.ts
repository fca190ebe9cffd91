import { LocalDateSchema, ValidationError, type LocalDate, type TrainkitRepositories, type ValidationIssue } from '@trainkit/core';
import { buildFatigueState, fatigueDailySeries } from '@trainkit/fatigue';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import { loadFatigueInput, type HeuristicsSetup } from './load-fatigue-input.js';
import { MAX_PMC_SERIES_DAYS, type PmcPoint, type PmcSeries, type PmcSeriesOptions } from './pmc-series-schema.js';
import { relabelEngineError } from './relabel-engine-error.js';

const DAY_MS = 86_400_000;

function parseRange(options: PmcSeriesOptions): { from: LocalDate; to: LocalDate } {
  const issues: ValidationIssue[] = [];
  const from = LocalDateSchema.safeParse(options.from);
  const to = LocalDateSchema.safeParse(options.to);
  for (const [path, result, text] of [['from', from, options.from], ['to', to, options.to]] as const) {
    if (!result.success) issues.push({ path, rule: 'invalid_value', message: `expected a local date (2024-06-12) in the years 1900..2200, got '${String(text)}'` });
  }
  if (from.success && to.success) {
    const days = (Date.parse(`${to.data}T00:00:00Z`) - Date.parse(`${from.data}T00:00:00Z`)) / DAY_MS;
    if (days < 0) issues.push({ path: 'to', rule: 'too_small', message: `expected a day on or after from (${from.data}), got '${to.data}'` });
    else if (days > MAX_PMC_SERIES_DAYS) {
      issues.push({ path: 'to', rule: 'too_big', message: `expected at most ${MAX_PMC_SERIES_DAYS} days after from (${from.data}), got ${days}` });
    }
  }
  if (issues.length > 0 || !from.success || !to.success) throw new ValidationError('pmc series', issues);
  return { from: from.data, to: to.data };
}

/**
 * Internal: the PMC series of a user for `[from, to]`: the input of a report at the end of `to` (without forecast and
 * readiness, which do not touch the PMC), `buildFatigueState`, and the engine's own `fatigueDailySeries`, so each
 * point equals the report's `pmc.days` entry of that day. Days before the state's first day carry the seed.
 */
export async function buildPmcSeries(
  repositories: TrainkitRepositories,
  options: PmcSeriesOptions & { readonly heuristics: HeuristicsSetup },
): Promise<PmcSeries> {
  const range = parseRange(options);
  const loaded = await loadFatigueInput(repositories, {
    userId: options.userId,
    asOf: range.to,
    heuristics: options.heuristics,
    include: { forecast: false, readiness: false, muscleSeries: false },
  });
  let series;
  try {
    const state = buildFatigueState({ ...loaded.input, plannedSessions: null, recoverySignals: null, includeMuscleSeries: false });
    series = fatigueDailySeries(state, { from: range.from, to: range.to, muscles: [] });
  } catch (error) {
    throw relabelEngineError(error, loaded.origins, loaded.userId);
  }
  const pmc = loaded.input.config.pmc;
  const byDate = new Map<string, number>(series.dates.map((date, index) => [date, index]));
  const points: PmcPoint[] = [];
  for (let date = range.from; date <= range.to; date = addLocalDays(date, 1)) {
    const index = byDate.get(date);
    points.push(
      index === undefined
        ? { date, load: 0, ctl: pmc.seed.ctl, atl: pmc.seed.atl, tsb: pmc.seed.ctl - pmc.seed.atl }
        : { date, load: series.load[index]!, ctl: series.ctl[index]!, atl: series.atl[index]!, tsb: series.tsb[index]! },
    );
  }
  return {
    user_id: loaded.userId,
    from: range.from,
    to: range.to,
    convention: { alpha: pmc.alpha, tsb: pmc.tsb, ctl_days: pmc.ctl_days, atl_days: pmc.atl_days, seed_ctl: pmc.seed.ctl, seed_atl: pmc.seed.atl },
    points,
    provenance: { ...series.provenance, inputs: loaded.sources },
  };
}
