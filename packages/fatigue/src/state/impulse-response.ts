/**
 * A dose at a time (any unit, the same as τ and the evaluation time).
 *
 * @example
 * ```ts
 * const impulse: Impulse = { time: 0, dose: 2.7 };
 * ```
 */
export interface Impulse {
  /** When the dose enters. */
  readonly time: number;
  /** The dose (HSE for muscles, LU for systemic channels). */
  readonly dose: number;
}

/**
 * State of a linear impulse-decay channel at time `t`: `Σ_{tᵢ <= t} dᵢ·e^(−(t − tᵢ)/τ)`. Doses after `t` do not
 * count (causality); a dose at exactly `t` counts fully. Summed in the given order.
 *
 * @example
 * ```ts
 * impulseResponse([{ time: 0, dose: 97.2 }], 48 / Math.LN10, 24); // 30.7373
 * ```
 */
export function impulseResponse(impulses: readonly Impulse[], tau: number, t: number): number {
  let total = 0;
  for (const impulse of impulses) {
    if (impulse.time > t) continue;
    total += impulse.dose * Math.exp(-(t - impulse.time) / tau);
  }
  return total;
}
