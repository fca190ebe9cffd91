import type { NpPadding } from '../config/heuristics-enums.js';

/**
 * Normalized power (Coggan): 30 s rolling mean of power, raised to the 4th power, averaged, 4th root.
 * `zero_ring_buffer` (GoldenCheetah, default) averages the first 29 s with zeros; `full_window` uses only complete
 * windows. Returns `null` without samples, or with `full_window` and less than one full window.
 *
 * @example
 * ```ts
 * const samples = [...Array(300).fill(200), ...Array(300).fill(300)];
 * normalizedPower(samples); // 260.4123
 * normalizedPower(samples, { padding: 'full_window' }); // 263.4467
 * ```
 */
export function normalizedPower(
  samplesWatts: readonly number[],
  options: { sampleIntervalSeconds?: number; padding?: NpPadding } = {},
): number | null {
  const interval = options.sampleIntervalSeconds ?? 1;
  const padding = options.padding ?? 'zero_ring_buffer';
  const window = Math.max(1, Math.round(30 / interval));
  const count = samplesWatts.length;
  let rollingSum = 0;
  let fourthPowerSum = 0;
  let used = 0;
  for (let index = 0; index < count; index += 1) {
    rollingSum += samplesWatts[index]!;
    if (index >= window) rollingSum -= samplesWatts[index - window]!;
    if (padding === 'full_window' && index < window - 1) continue;
    const mean = Math.max(0, rollingSum / window);
    const squared = mean * mean;
    fourthPowerSum += squared * squared;
    used += 1;
  }
  if (used === 0) return null;
  return Math.sqrt(Math.sqrt(fourthPowerSum / used));
}
