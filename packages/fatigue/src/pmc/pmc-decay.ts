import type { PmcAlphaConvention } from '../config/heuristics-enums.js';

/**
 * Daily decay λ of a PMC filter with time constant `days`: `e^(−1/τ)` for the `exp` convention (GoldenCheetah),
 * `1 − 1/τ` for `reciprocal`. The smoothing constant is α = 1 − λ.
 *
 * @example
 * ```ts
 * 1 - pmcDecay(42, 'exp'); // 0.023528313
 * 1 - pmcDecay(42, 'reciprocal'); // 0.0238095
 * ```
 */
export function pmcDecay(days: number, convention: PmcAlphaConvention): number {
  return convention === 'exp' ? Math.exp(-1 / days) : 1 - 1 / days;
}
