import { LocalDateSchema, type LocalDate } from '@trainkit/core';
import { z } from 'zod';
import type { HeuristicsConfig } from '../config/heuristics-config-schema.js';
import type { RecoverySignal } from '../inputs/recovery-signal-schema.js';
import { dayNumberToLocalDate, localDateToDayNumber } from '../time/day-number.js';

const BaselineComponentSchema = z.object({
  /** Today's value (ln(RMSSD) for HRV, bpm for resting HR). */
  value: z.number(),
  /** Mean of the baseline window, or null with too few baseline days. */
  baseline_mean: z.number().nullable(),
  /** Sample SD of the baseline window (before the floor), or null. */
  baseline_sd: z.number().nullable(),
  /** Baseline days with a value. */
  baseline_days: z.number().int(),
  /** `(value − mean)/max(sd, floor)`, or null. */
  z: z.number().nullable(),
  /** Component score 0..100 (50 = at baseline), or null without a baseline. */
  score: z.number().nullable(),
});

/**
 * Readiness from recovery signals against the person's own baseline, kept separate from load (it never reads
 * sessions). HRV (ln RMSSD) and resting HR are scored by their z-score against the previous `baseline_days`
 * (`50 ± score_per_sd·z`, clamped; a higher HRV and a lower resting HR score higher); sleep by the provider score,
 * else duration against `sleep_target_hours`. The overall score is the weighted mean of the available components.
 *
 * @example
 * ```ts
 * ReadinessSchema.parse(computeReadiness(signals, { date: '2024-06-12', config: DEFAULT_HEURISTICS_CONFIG }));
 * ```
 */
export const ReadinessSchema = z.object({
  /** The local day scored. */
  date: LocalDateSchema,
  /** `ok` (scored), `no_signals` (nothing for the day) or `insufficient_baseline` (signals, but no component scorable). */
  status: z.enum(['ok', 'no_signals', 'insufficient_baseline']),
  /** Overall readiness 0..100, or null. */
  score: z.number().nullable(),
  /** `high` (>= bands.high_min), `low` (<= bands.low_max), `moderate`, or null. */
  band: z.enum(['high', 'moderate', 'low']).nullable(),
  /** The contributors. */
  components: z.object({
    hrv: BaselineComponentSchema.nullable(),
    resting_hr: BaselineComponentSchema.nullable(),
    sleep: z
      .object({
        hours: z.number().nullable(),
        sleep_score: z.number().nullable(),
        score: z.number(),
      })
      .nullable(),
  }),
});

/**
 * A readiness result, see {@link ReadinessSchema}.
 *
 * @example
 * ```ts
 * const readiness: Readiness = computeReadiness([], { date: '2024-06-12', config: DEFAULT_HEURISTICS_CONFIG });
 * readiness.status; // 'no_signals'
 * ```
 */
export type Readiness = z.output<typeof ReadinessSchema>;

type Field = 'hrv' | 'rhr' | 'sleepSeconds' | 'sleepScore';

function mean(values: readonly number[]): number {
  let total = 0;
  for (const value of values) total += value;
  return total / values.length;
}

function clampScore(value: number): number {
  return Math.min(100, Math.max(0, value));
}

/**
 * Scores readiness for one local day from recovery signals (see {@link ReadinessSchema}). Several signals for the
 * same date are averaged field by field (order-independent). Total: never throws, never returns NaN.
 *
 * @example
 * ```ts
 * const readiness = computeReadiness(signals, { date: '2024-06-12', config: DEFAULT_HEURISTICS_CONFIG });
 * readiness.band; // 'moderate'
 * ```
 */
export function computeReadiness(
  signals: readonly RecoverySignal[],
  options: { date: string; config: Pick<HeuristicsConfig, 'readiness'> },
): Readiness {
  const settings = options.config.readiness;
  const today = localDateToDayNumber(options.date);
  const byDay = new Map<number, Record<Field, number[]>>();
  for (const signal of signals) {
    const day = localDateToDayNumber(signal.date);
    if (day > today || day < today - settings.baseline_days) continue;
    let fields = byDay.get(day);
    if (fields === undefined) {
      fields = { hrv: [], rhr: [], sleepSeconds: [], sleepScore: [] };
      byDay.set(day, fields);
    }
    if (signal.hrv_rmssd_ms != null) fields.hrv.push(Math.log(signal.hrv_rmssd_ms));
    if (signal.resting_hr_bpm != null) fields.rhr.push(signal.resting_hr_bpm);
    if (signal.sleep_duration_seconds != null) fields.sleepSeconds.push(signal.sleep_duration_seconds);
    if (signal.sleep_score != null) fields.sleepScore.push(signal.sleep_score);
  }
  const dayValue = (day: number, field: Field): number | null => {
    const values = byDay.get(day)?.[field];
    if (values === undefined || values.length === 0) return null;
    return mean([...values].sort((a, b) => a - b));
  };

  const baselineComponent = (field: 'hrv' | 'rhr', floor: number, higherIsBetter: boolean) => {
    const value = dayValue(today, field);
    if (value === null) return null;
    const baseline: number[] = [];
    for (let day = today - settings.baseline_days; day < today; day += 1) {
      const past = dayValue(day, field);
      if (past !== null) baseline.push(past);
    }
    if (baseline.length < settings.min_baseline_days) {
      return { value, baseline_mean: null, baseline_sd: null, baseline_days: baseline.length, z: null, score: null };
    }
    const baselineMean = mean(baseline);
    let squares = 0;
    for (const past of baseline) squares += (past - baselineMean) * (past - baselineMean);
    const sd = Math.sqrt(squares / (baseline.length - 1));
    const zScore = (value - baselineMean) / Math.max(sd, floor);
    const score = clampScore(50 + (higherIsBetter ? 1 : -1) * settings.score_per_sd * zScore);
    return { value, baseline_mean: baselineMean, baseline_sd: sd, baseline_days: baseline.length, z: zScore, score };
  };

  const hrv = baselineComponent('hrv', settings.sd_floor.ln_hrv, true);
  const restingHr = baselineComponent('rhr', settings.sd_floor.resting_hr_bpm, false);
  const sleepScore = dayValue(today, 'sleepScore');
  const sleepSeconds = dayValue(today, 'sleepSeconds');
  let sleep: Readiness['components']['sleep'] = null;
  if (sleepScore !== null) {
    sleep = { hours: sleepSeconds === null ? null : sleepSeconds / 3600, sleep_score: sleepScore, score: sleepScore };
  } else if (sleepSeconds !== null) {
    const hours = sleepSeconds / 3600;
    sleep = { hours, sleep_score: null, score: clampScore((100 * hours) / settings.sleep_target_hours) };
  }

  let weighted = 0;
  let weights = 0;
  const add = (score: number | null | undefined, weight: number) => {
    if (score === null || score === undefined || !(weight > 0)) return;
    weighted += score * weight;
    weights += weight;
  };
  add(hrv?.score, settings.weights.hrv);
  add(restingHr?.score, settings.weights.resting_hr);
  add(sleep?.score, settings.weights.sleep);

  const date = dayNumberToLocalDate(today) as LocalDate;
  const components = { hrv, resting_hr: restingHr, sleep };
  if (weights === 0) {
    const anySignal = hrv !== null || restingHr !== null || sleep !== null;
    return { date, status: anySignal ? 'insufficient_baseline' : 'no_signals', score: null, band: null, components };
  }
  const score = weighted / weights;
  const band = score >= settings.bands.high_min ? 'high' : score <= settings.bands.low_max ? 'low' : 'moderate';
  return { date, status: 'ok', score, band, components };
}
