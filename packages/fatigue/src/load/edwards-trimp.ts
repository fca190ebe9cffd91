/**
 * Edwards TRIMP: minutes in the zones 50–60, 60–70, 70–80, 80–90 and 90–100 % of HRmax weighted 1 to 5; time below
 * 50 % counts 0. Missing zones count 0; extra entries are ignored.
 *
 * @example
 * ```ts
 * edwardsTrimp([10, 20, 15, 10, 5]); // 160
 * ```
 */
export function edwardsTrimp(minutesInZones: readonly number[]): number {
  let total = 0;
  for (let zone = 0; zone < 5; zone += 1) total += Math.max(0, minutesInZones[zone] ?? 0) * (zone + 1);
  return total;
}
