import type { MaxHeartRateFormula } from '../config/heuristics-enums.js';

/**
 * Age-predicted maximum heart rate in bpm: Tanaka `208 − 0.7·age` (default), Gellish `207 − 0.7·age`,
 * Gulati (women) `206 − 0.88·age`, Fox `220 − age`. Age formulas have an SEE of 7–11 bpm; prefer an observed maximum.
 *
 * @example
 * ```ts
 * estimateMaxHeartRate(35); // 183.5
 * estimateMaxHeartRate(35, 'gulati'); // 175.2
 * ```
 */
export function estimateMaxHeartRate(ageYears: number, formula: MaxHeartRateFormula = 'tanaka'): number {
  switch (formula) {
    case 'tanaka':
      return 208 - 0.7 * ageYears;
    case 'gellish':
      return 207 - 0.7 * ageYears;
    case 'gulati':
      return 206 - 0.88 * ageYears;
    case 'fox':
      return 220 - ageYears;
  }
}
