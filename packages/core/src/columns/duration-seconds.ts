import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A duration in seconds, 0 .. 14 days (`TRAINKIT_BOUNDS.sessionDurationSeconds.max`; fractions allowed): any
 * duration no longer than the longest session trainkit stores. Columns use the narrower
 * {@link SessionDurationSecondsSchema} (a whole session) or {@link SetDurationSecondsSchema} (one set).
 *
 * @example
 * ```ts
 * DurationSecondsSchema.parse(3600);
 * DurationSecondsSchema.safeParse(-1).success; // false
 * ```
 */
export const DurationSecondsSchema = z.number().min(0).max(TRAINKIT_BOUNDS.sessionDurationSeconds.max);

/**
 * The duration of a whole session in seconds: 1 s .. 14 days (`TRAINKIT_BOUNDS.sessionDurationSeconds`; fractions
 * allowed). A zero-length or 9999-hour session is refused by the builders and the repositories alike, so every
 * stored session is one the fatigue engine can read.
 *
 * @example
 * ```ts
 * SessionDurationSecondsSchema.parse(2700);
 * SessionDurationSecondsSchema.safeParse(0).success; // false
 * SessionDurationSecondsSchema.safeParse(9999 * 3600).success; // false
 * ```
 */
export const SessionDurationSecondsSchema = z
  .number()
  .min(TRAINKIT_BOUNDS.sessionDurationSeconds.min, 'a session lasts at least 1 second')
  .max(TRAINKIT_BOUNDS.sessionDurationSeconds.max, 'a session lasts at most 14 days (1209600 seconds)');

/**
 * The duration of one set, hold or rest in seconds: 0 .. 1 day (`TRAINKIT_BOUNDS.setDurationSeconds`; fractions
 * allowed).
 *
 * @example
 * ```ts
 * SetDurationSecondsSchema.parse(60);
 * SetDurationSecondsSchema.safeParse(90_000).success; // false
 * ```
 */
export const SetDurationSecondsSchema = z
  .number()
  .min(TRAINKIT_BOUNDS.setDurationSeconds.min)
  .max(TRAINKIT_BOUNDS.setDurationSeconds.max, 'a set lasts at most one day (86400 seconds)');
