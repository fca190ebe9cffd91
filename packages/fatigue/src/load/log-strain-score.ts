/**
 * WHOOP-like 0–21 strain display (community approximation): `21·ln(T + 1)/ln(7201)`, calibrated so 24 h in zone 5
 * (T = 7200) maps to 21. Presentation only: never average, ratio or filter it (fatigue.md §4 pitfall 13).
 *
 * @example
 * ```ts
 * logStrainScore(160); // 12.0142
 * ```
 */
export function logStrainScore(trimp: number): number {
  return (21 * Math.log(Math.max(0, trimp) + 1)) / Math.log(7201);
}
