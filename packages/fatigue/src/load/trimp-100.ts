import { banisterTrimp } from './banister-trimp.js';

/**
 * TRIMP normalised to one hour at lactate threshold = 100 (GoldenCheetah `TRIMP100Points`, Elevate HRSS): an
 * hrTSS-like load in LU. Returns `null` when the threshold heart rate is not above rest (no reference).
 *
 * @example
 * ```ts
 * trimp100(75.330220, { thresholdHeartRate: 172, restingHeartRate: 60, maxHeartRate: 190,
 *   coefficients: [0.64, 1.92] }); // 43.548525
 * ```
 */
export function trimp100(
  trimp: number,
  params: {
    thresholdHeartRate: number;
    restingHeartRate: number;
    maxHeartRate: number;
    coefficients: readonly [number, number];
  },
): number | null {
  const reference = banisterTrimp([{ durationSeconds: 3600, heartRateBpm: params.thresholdHeartRate }], params);
  if (!(reference > 0)) return null;
  return (100 * trimp) / reference;
}
