/**
 * The wait before retry number `retry` (1 for the first retry): "full jitter" exponential backoff, a uniformly random
 * delay in `[0, min(maxDelayMs, baseDelayMs * 2^(retry - 1)))` drawn from the injected `random` (in `[0, 1)`), so
 * many clients retrying at once spread out instead of hammering the provider in step. Never negative, never above
 * `maxDelayMs`, whole milliseconds.
 *
 * @example
 * ```ts
 * backoffDelay(3, { baseDelayMs: 500, maxDelayMs: 30_000 }, () => 0.5); // 1000 (half of 500 * 2^2)
 * ```
 */
export function backoffDelay(retry: number, policy: { readonly baseDelayMs: number; readonly maxDelayMs: number }, random: () => number): number {
  const exponent = Math.max(0, Math.min(retry - 1, 52));
  const ceiling = Math.max(0, Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** exponent));
  const fraction = Math.min(Math.max(random(), 0), 1);
  return Math.min(Math.floor(fraction * ceiling), Math.floor(ceiling));
}
