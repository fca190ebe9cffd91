/**
 * Literature TRIMP weightings `[a, b]` of `a·e^(b·x)` (Morton 1990; Banister 1991): men 0.64/1.92, women 0.86/1.67.
 * `goldencheetah_female` is GoldenCheetah's female variant (a = 0.64), about 26 % below the literature.
 *
 * @example
 * ```ts
 * TRIMP_COEFFICIENTS.male; // [0.64, 1.92]
 * ```
 */
export const TRIMP_COEFFICIENTS = {
  male: [0.64, 1.92],
  female: [0.86, 1.67],
  goldencheetah_female: [0.64, 1.67],
} as const satisfies Record<string, readonly [number, number]>;

/**
 * A stretch of time at one heart rate: a lap, a stream sample with its duration, or a whole session's average.
 *
 * @example
 * ```ts
 * const segment: HeartRateSegment = { durationSeconds: 1800, heartRateBpm: 150 };
 * ```
 */
export interface HeartRateSegment {
  /** Seconds spent at this heart rate (>= 0). */
  readonly durationSeconds: number;
  /** Heart rate in bpm. */
  readonly heartRateBpm: number;
}

/**
 * Banister TRIMP (TRIMPexp): `Σ minutes · x · a · e^(b·x)` with `x = (HR − rest)/(max − rest)`; time at or below rest
 * counts 0. Pass one segment per lap or stream sample for the stream form (average-HR TRIMP under-reads intervals by
 * convexity), or one segment for the average form. Returns 0 when `max <= rest`.
 *
 * @example
 * ```ts
 * banisterTrimp([{ durationSeconds: 2700, heartRateBpm: 150 }],
 *   { restingHeartRate: 60, maxHeartRate: 190, coefficients: TRIMP_COEFFICIENTS.male }); // 75.330220
 * ```
 */
export function banisterTrimp(
  segments: readonly HeartRateSegment[],
  params: { restingHeartRate: number; maxHeartRate: number; coefficients: readonly [number, number] },
): number {
  const reserve = params.maxHeartRate - params.restingHeartRate;
  if (!(reserve > 0)) return 0;
  const [a, b] = params.coefficients;
  let total = 0;
  for (const segment of segments) {
    const x = (segment.heartRateBpm - params.restingHeartRate) / reserve;
    if (x <= 0 || !(segment.durationSeconds > 0)) continue;
    total += (segment.durationSeconds / 60) * x * a * Math.exp(b * x);
  }
  return total;
}
