import type { Impulse } from '../state/impulse-response.js';

/**
 * Banister fitness–fatigue model parameters (teaching values: k1 = 1, k2 = 2, τ1 = 42 d, τ2 = 7 d, p0 = 0).
 *
 * @example
 * ```ts
 * const model: BanisterModel = { k1: 1, k2: 2, tau1: 42, tau2: 7, p0: 0 };
 * ```
 */
export interface BanisterModel {
  /** Fitness gain. */
  readonly k1: number;
  /** Fatigue gain. */
  readonly k2: number;
  /** Fitness time constant (days). */
  readonly tau1: number;
  /** Fatigue time constant (days). */
  readonly tau2: number;
  /** Baseline performance. */
  readonly p0: number;
}

/**
 * Continuous Banister impulse response (Morton 1990): `p(t) = p0 + k1·Σ w·e^(−(t−s)/τ1) − k2·Σ w·e^(−(t−s)/τ2)` over
 * impulses strictly before t (`s < t`: training on day t affects performance from t + 1).
 *
 * @example
 * ```ts
 * banisterResponse([{ time: 0, dose: 100 }], { k1: 1, k2: 2, tau1: 42, tau2: 7, p0: 0 }, 7);
 * // { fitness: 84.648172, fatigue: 73.575888, performance: 11.072284 }
 * ```
 */
export function banisterResponse(
  impulses: readonly Impulse[],
  model: BanisterModel,
  t: number,
): { fitness: number; fatigue: number; performance: number } {
  let fitness = 0;
  let fatigue = 0;
  for (const impulse of impulses) {
    if (!(impulse.time < t)) continue;
    fitness += model.k1 * impulse.dose * Math.exp(-(t - impulse.time) / model.tau1);
    fatigue += model.k2 * impulse.dose * Math.exp(-(t - impulse.time) / model.tau2);
  }
  return { fitness, fatigue, performance: model.p0 + fitness - fatigue };
}

/**
 * Closed forms for a single impulse: the crossover time where performance turns positive,
 * `ln(k2/k1)/(1/τ2 − 1/τ1)`, and the time of peak performance, `ln(k2·τ1/(k1·τ2))/(1/τ2 − 1/τ1)`. `null` when the
 * model has no such point (needs k1 < k2 and τ1 > τ2).
 *
 * @example
 * ```ts
 * banisterCriticalTimes({ k1: 1, k2: 2, tau1: 42, tau2: 7, p0: 0 });
 * // { crossover: 5.822436, peak: 20.873216 }
 * ```
 */
export function banisterCriticalTimes(model: BanisterModel): { crossover: number | null; peak: number | null } {
  const rateGap = 1 / model.tau2 - 1 / model.tau1;
  if (!(rateGap > 0) || !(model.k1 > 0) || !(model.k2 > model.k1)) return { crossover: null, peak: null };
  return {
    crossover: Math.log(model.k2 / model.k1) / rateGap,
    peak: Math.log((model.k2 * model.tau1) / (model.k1 * model.tau2)) / rateGap,
  };
}
