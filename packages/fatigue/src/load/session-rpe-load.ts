/**
 * Foster session-RPE load in arbitrary units: `RPE (CR-10) × minutes`. Collect the rating about 30 min after the
 * session.
 *
 * @example
 * ```ts
 * sessionRpeLoad(7, 3600); // 420
 * ```
 */
export function sessionRpeLoad(rpe: number, durationSeconds: number): number {
  return Math.max(0, rpe) * (Math.max(0, durationSeconds) / 60);
}
