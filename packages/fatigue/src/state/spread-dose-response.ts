/**
 * Response at time `t` to a dose `D` spread uniformly over [start, end] (exact integral of the exponential kernel):
 * 0 before the start, `(D/T)·τ·(1 − e^(−(t−start)/τ))` during, `(D/T)·τ·(e^(−(t−end)/τ) − e^(−(t−start)/τ))` after.
 * A zero-length spread is an impulse at `start`.
 *
 * @example
 * ```ts
 * // 6.48 HSE over 3 h, τ = 72/ln 10 h: at the end
 * spreadDoseResponse({ dose: 6.48, start: 0, end: 3 }, 72 / Math.LN10, 3); // 6.1789
 * ```
 */
export function spreadDoseResponse(
  spread: { dose: number; start: number; end: number },
  tau: number,
  t: number,
): number {
  const length = spread.end - spread.start;
  if (t < spread.start) return 0;
  if (!(length > 0)) return spread.dose * Math.exp(-(t - spread.start) / tau);
  const rate = spread.dose / length;
  if (t < spread.end) return rate * tau * -Math.expm1(-(t - spread.start) / tau);
  return rate * tau * (Math.exp(-(t - spread.end) / tau) - Math.exp(-(t - spread.start) / tau));
}
