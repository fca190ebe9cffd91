import type { PmcAlphaConvention, TsbConvention } from '../config/heuristics-enums.js';
import { pmcDecay } from './pmc-decay.js';

/**
 * PMC options (GoldenCheetah defaults: 42/7 days, `exp`, TSB of yesterday, ramp over 7 days, zero seed).
 *
 * @example
 * ```ts
 * const options: PmcOptions = { ctlDays: 42, atlDays: 7, alpha: 'exp', tsb: 'yesterday', rampDays: 7 };
 * ```
 */
export interface PmcOptions {
  /** CTL time constant, days. */
  readonly ctlDays: number;
  /** ATL time constant, days. */
  readonly atlDays: number;
  /** Smoothing convention. */
  readonly alpha: PmcAlphaConvention;
  /** TSB timing. */
  readonly tsb: TsbConvention;
  /** Ramp window, days. */
  readonly rampDays: number;
  /** CTL before the first day (default 0). */
  readonly seedCtl?: number;
  /** ATL before the first day (default 0). */
  readonly seedAtl?: number;
}

/**
 * Daily PMC series.
 *
 * @example
 * ```ts
 * const { ctl, atl, tsb, ramp }: PmcSeries = pmcSeries([100, 0, 50], options);
 * ```
 */
export interface PmcSeries {
  /** Chronic training load (fitness). */
  readonly ctl: Float64Array;
  /** Acute training load (fatigue). */
  readonly atl: Float64Array;
  /** Training stress balance (form), in the configured convention. */
  readonly tsb: Float64Array;
  /** Ramp rate `CTL_d − CTL_{d−rampDays}` (seed before the first day). */
  readonly ramp: Float64Array;
}

/**
 * The PMC recursion of GoldenCheetah `PMCData.cpp` over daily loads (one entry per local day, rest days 0):
 * `CTL_d = L_d·(1−λ) + CTL_{d−1}·λ` (ATL alike), TSB shown on day d is `CTL_{d−1} − ATL_{d−1}` (`yesterday`) or
 * `CTL_d − ATL_d` (`same_day`), ramp `CTL_d − CTL_{d−7}`.
 *
 * @example
 * ```ts
 * const series = pmcSeries([100, 0, 50, 80], { ctlDays: 42, atlDays: 7, alpha: 'exp', tsb: 'yesterday', rampDays: 7 });
 * series.ctl[0]; // 2.352831
 * series.tsb[1]; // -10.959379
 * ```
 */
export function pmcSeries(loads: ArrayLike<number>, options: PmcOptions): PmcSeries {
  const count = loads.length;
  const ctl = new Float64Array(count);
  const atl = new Float64Array(count);
  const tsb = new Float64Array(count);
  const ramp = new Float64Array(count);
  const seedCtl = options.seedCtl ?? 0;
  const seedAtl = options.seedAtl ?? 0;
  const ctlDecay = pmcDecay(options.ctlDays, options.alpha);
  const atlDecay = pmcDecay(options.atlDays, options.alpha);
  const ctlAlpha = 1 - ctlDecay;
  const atlAlpha = 1 - atlDecay;
  let previousCtl = seedCtl;
  let previousAtl = seedAtl;
  for (let day = 0; day < count; day += 1) {
    const load = loads[day]!;
    const currentCtl = load * ctlAlpha + previousCtl * ctlDecay;
    const currentAtl = load * atlAlpha + previousAtl * atlDecay;
    ctl[day] = currentCtl;
    atl[day] = currentAtl;
    tsb[day] = options.tsb === 'yesterday' ? previousCtl - previousAtl : currentCtl - currentAtl;
    ramp[day] = currentCtl - (day >= options.rampDays ? ctl[day - options.rampDays]! : seedCtl);
    previousCtl = currentCtl;
    previousAtl = currentAtl;
  }
  return { ctl, atl, tsb, ramp };
}
