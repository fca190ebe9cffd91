/**
 * Time constant τ (hours) of an exponential decay that keeps 10 % of a dose after `recoveryHours90`:
 * `τ = recoveryHours90 / ln 10`.
 *
 * @example
 * ```ts
 * recoveryTauHours(72); // 31.269
 * ```
 */
export function recoveryTauHours(recoveryHours90: number): number {
  return recoveryHours90 / Math.LN10;
}
