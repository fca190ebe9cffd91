/**
 * Lucia TRIMP (Lucia 2003): `1·min(<VT1) + 2·min(VT1–VT2) + 3·min(>VT2)`.
 *
 * @example
 * ```ts
 * luciaTrimp([40, 15, 5]); // 85
 * ```
 */
export function luciaTrimp(minutesInZones: readonly number[]): number {
  let total = 0;
  for (let zone = 0; zone < 3; zone += 1) total += Math.max(0, minutesInZones[zone] ?? 0) * (zone + 1);
  return total;
}
