/**
 * Approximate energy expenditure: `kcal ≈ MET × body mass (kg) × hours`.
 *
 * @example
 * ```ts
 * metEnergyKcal(8.0, 75, 3600); // 600
 * ```
 */
export function metEnergyKcal(met: number, bodyMassKg: number, durationSeconds: number): number {
  return Math.max(0, met) * Math.max(0, bodyMassKg) * (Math.max(0, durationSeconds) / 3600);
}
