import { intensityFromRpe } from './intensity-from-rpe.js';

/**
 * Session-RPE load in LU (100 ≈ 1 h at threshold): `hours·IF(RPE)²·100`, with IF from the config table (see
 * {@link intensityFromRpe}).
 *
 * @example
 * ```ts
 * sessionRpeLoadUnits(7, 3600, DEFAULT_HEURISTICS_CONFIG.load.srpe.if_by_rpe); // 81
 * ```
 */
export function sessionRpeLoadUnits(
  rpe: number,
  durationSeconds: number,
  intensityByRpe: Readonly<Record<string, number>>,
): number {
  const intensity = intensityFromRpe(rpe, intensityByRpe);
  return (Math.max(0, durationSeconds) / 3600) * intensity * intensity * 100;
}
