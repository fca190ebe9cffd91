/**
 * Training stress score from power: `(seconds·NP·IF)/(FTP·3600)·100 = hours·IF²·100` with `IF = NP/FTP`. Not
 * split-additive: pro-rate a session's TSS, never recompute it per part. Returns 0 when FTP is not positive.
 *
 * @example
 * ```ts
 * trainingStressScore({ durationSeconds: 5400, normalizedPowerWatts: 200, ftpWatts: 250 }); // 96
 * ```
 */
export function trainingStressScore(params: {
  durationSeconds: number;
  normalizedPowerWatts: number;
  ftpWatts: number;
}): number {
  if (!(params.ftpWatts > 0)) return 0;
  const intensity = params.normalizedPowerWatts / params.ftpWatts;
  return (Math.max(0, params.durationSeconds) / 3600) * intensity * intensity * 100;
}
