import { LocalDateSchema, TRAINKIT_BOUNDS } from '@trainkit/core';
import { z } from 'zod';

/* Core's `RECOVERY_SIGNAL_RANGES` bounds (from `TRAINKIT_BOUNDS`): what `recovery_signals` stores, readiness reads. */
const { hrvRmssdMs, heartRateBpm, sleepDurationSeconds, scorePercent } = TRAINKIT_BOUNDS;

/**
 * One local day's recovery measurements (usually the morning's): HRV (RMSSD), resting heart rate and sleep. Used for
 * readiness only, never mixed into load. Several entries for one date are averaged field by field.
 *
 * @example
 * ```ts
 * RecoverySignalSchema.parse({ date: '2024-06-12', hrv_rmssd_ms: 62, resting_hr_bpm: 52, sleep_duration_seconds: 27000 });
 * ```
 */
export const RecoverySignalSchema = z.strictObject({
  /** Local calendar day the signals describe. */
  date: LocalDateSchema,
  /** Heart-rate variability, RMSSD in ms. */
  hrv_rmssd_ms: z.number().min(hrvRmssdMs.min).max(hrvRmssdMs.max).nullish(),
  /** Resting heart rate, bpm. */
  resting_hr_bpm: z.number().min(heartRateBpm.min).max(heartRateBpm.max, `heart rate must be at most ${heartRateBpm.max} bpm`).nullish(),
  /** Sleep duration, seconds. */
  sleep_duration_seconds: z.number().min(sleepDurationSeconds.min, 'duration must not be negative').max(sleepDurationSeconds.max).nullish(),
  /** Provider sleep score 0..100 (used instead of the duration when present). */
  sleep_score: z.number().min(scorePercent.min).max(scorePercent.max).nullish(),
});

/**
 * A validated recovery signal, see {@link RecoverySignalSchema}.
 *
 * @example
 * ```ts
 * const signal: RecoverySignal = { date: '2024-06-12' as LocalDate, hrv_rmssd_ms: 62 };
 * ```
 */
export type RecoverySignal = z.output<typeof RecoverySignalSchema>;
