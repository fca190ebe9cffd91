import type { AcwrSeed } from '../config/heuristics-enums.js';

/**
 * EWMA acute:chronic workload ratio (Williams 2017): `EWMA_t = λ·L_t + (1−λ)·EWMA_{t−1}` with `λ = 2/(N+1)`
 * (N = 7 acute, 28 chronic). A different filter from the PMC's τ. `seed: 'zero'` starts both at 0 (default);
 * `first_load` seeds both with the first day's load (R package `ACWR`). The ratio is `null` while the chronic value
 * is below `minChronic`. Descriptive only: not an injury predictor.
 *
 * @example
 * ```ts
 * const { ratio } = ewmaAcwr(loads28, { seed: 'first_load' });
 * ratio[27]; // 1.1945
 * ```
 */
export function ewmaAcwr(
  loads: ArrayLike<number>,
  options: { acuteN?: number; chronicN?: number; seed?: AcwrSeed; minChronic?: number } = {},
): { acute: Float64Array; chronic: Float64Array; ratio: Array<number | null> } {
  const acuteLambda = 2 / ((options.acuteN ?? 7) + 1);
  const chronicLambda = 2 / ((options.chronicN ?? 28) + 1);
  const minChronic = options.minChronic ?? 1e-6;
  const count = loads.length;
  const acute = new Float64Array(count);
  const chronic = new Float64Array(count);
  const ratio: Array<number | null> = new Array<number | null>(count);
  let previousAcute = 0;
  let previousChronic = 0;
  for (let day = 0; day < count; day += 1) {
    const load = loads[day]!;
    if (day === 0 && options.seed === 'first_load') {
      previousAcute = load;
      previousChronic = load;
    } else {
      previousAcute = acuteLambda * load + (1 - acuteLambda) * previousAcute;
      previousChronic = chronicLambda * load + (1 - chronicLambda) * previousChronic;
    }
    acute[day] = previousAcute;
    chronic[day] = previousChronic;
    ratio[day] = previousChronic >= minChronic ? previousAcute / previousChronic : null;
  }
  return { acute, chronic, ratio };
}
