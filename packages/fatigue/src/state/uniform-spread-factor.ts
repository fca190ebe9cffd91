/**
 * Factor that turns a dose spread uniformly over a session of length `T` into the equivalent impulse at its end
 * (exact for every time after the end): `(τ/T)·(1 − e^(−T/τ))`; 1 for a zero-length session.
 *
 * @example
 * ```ts
 * uniformSpreadFactor(3, 72 / Math.LN10) * 6.48; // 6.1789
 * ```
 */
export function uniformSpreadFactor(lengthHours: number, tauHours: number): number {
  if (!(lengthHours > 0)) return 1;
  return (tauHours / lengthHours) * -Math.expm1(-lengthHours / tauHours);
}
