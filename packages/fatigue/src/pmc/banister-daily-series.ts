/**
 * GoldenCheetah's discrete Banister recursion (`Banister.cpp`): `g_i = g_{i−1}·e^(−1/t1) + score_i`,
 * `h_i = h_{i−1}·e^(−1/t2) + score_i`, `perf_i = p0 + k1·g_i − k2·h_i` (today's score included). GoldenCheetah
 * defaults: t1 = 50, t2 = 11, k1 = k2 = 0.2.
 *
 * @example
 * ```ts
 * banisterDailySeries([0, 100, 0, 0, 0], { t1: 50, t2: 11, k1: 0.2, k2: 0.2, p0: 0 }).performance;
 * // [0, 0, 1.341959, 2.540730, 3.609283]
 * ```
 */
export function banisterDailySeries(
  scores: ArrayLike<number>,
  params: { t1: number; t2: number; k1: number; k2: number; p0: number },
): { fitness: Float64Array; fatigue: Float64Array; performance: Float64Array } {
  const count = scores.length;
  const fitness = new Float64Array(count);
  const fatigue = new Float64Array(count);
  const performance = new Float64Array(count);
  const fitnessDecay = Math.exp(-1 / params.t1);
  const fatigueDecay = Math.exp(-1 / params.t2);
  let g = 0;
  let h = 0;
  for (let day = 0; day < count; day += 1) {
    const score = scores[day]!;
    g = g * fitnessDecay + score;
    h = h * fatigueDecay + score;
    fitness[day] = g;
    fatigue[day] = h;
    performance[day] = params.p0 + params.k1 * g - params.k2 * h;
  }
  return { fitness, fatigue, performance };
}
