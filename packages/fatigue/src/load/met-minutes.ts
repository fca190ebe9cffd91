/**
 * MET-minutes: `MET × minutes` (Compendium of Physical Activities).
 *
 * @example
 * ```ts
 * metMinutes(8.0, 3600); // 480
 * ```
 */
export function metMinutes(met: number, durationSeconds: number): number {
  return Math.max(0, met) * (Math.max(0, durationSeconds) / 60);
}
