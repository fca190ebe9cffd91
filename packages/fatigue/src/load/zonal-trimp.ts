/**
 * GoldenCheetah's default zonal TRIMP weights per minute for zones starting at 0, 68, 83, 94 and 105 % of LTHR
 * (`src/Metrics/HrZones.cpp`).
 *
 * @example
 * ```ts
 * GOLDENCHEETAH_ZONAL_TRIMP_WEIGHTS[4]; // 5
 * ```
 */
export const GOLDENCHEETAH_ZONAL_TRIMP_WEIGHTS = [0.9, 1.1, 1.2, 2.0, 5.0] as const;

/**
 * Zonal TRIMP: `Σ minutes_in_zone · weight`, by default with {@link GOLDENCHEETAH_ZONAL_TRIMP_WEIGHTS}.
 *
 * @example
 * ```ts
 * zonalTrimp([10, 20, 15, 10, 5]); // 94
 * ```
 */
export function zonalTrimp(
  minutesInZones: readonly number[],
  weights: readonly number[] = GOLDENCHEETAH_ZONAL_TRIMP_WEIGHTS,
): number {
  let total = 0;
  for (let zone = 0; zone < weights.length; zone += 1) total += Math.max(0, minutesInZones[zone] ?? 0) * weights[zone]!;
  return total;
}
