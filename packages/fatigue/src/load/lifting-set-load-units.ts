import type { SystemicClass } from '../config/heuristics-enums.js';
import { multiplierForRir, setRir } from './effort-multiplier.js';

/**
 * Set-based systemic load of a lifting session in LU: `Σ_sets per_hard_set_lu · systemic_factor(class) · g(RIR)`.
 * Warm-up sets count 0.
 *
 * @example
 * ```ts
 * const config = DEFAULT_HEURISTICS_CONFIG;
 * liftingSetLoadUnits(
 *   [{ systemicClass: 'compound_lower', rir: 2 }, { systemicClass: 'compound_upper', rir: 1 }],
 *   { perHardSetLu: 4.5, systemicFactor: config.load.lifting_sets.systemic_factor, rirMultiplier: config.muscles.rir_multiplier },
 * ); // 4.5·1.5·0.9 + 4.5·1.0·1.0 = 10.575
 * ```
 */
export function liftingSetLoadUnits(
  sets: ReadonlyArray<{ systemicClass: SystemicClass; rir?: number | null; rpe?: number | null; warmup?: boolean }>,
  params: {
    perHardSetLu: number;
    systemicFactor: Readonly<Record<SystemicClass, number>>;
    rirMultiplier: Readonly<Record<'0' | '1' | '2' | '3' | '4' | '5+' | 'unknown', number>>;
  },
): number {
  let total = 0;
  for (const set of sets) {
    if (set.warmup === true) continue;
    const effort = multiplierForRir(setRir(set), params.rirMultiplier);
    total += params.perHardSetLu * params.systemicFactor[set.systemicClass] * effort;
  }
  return total;
}
