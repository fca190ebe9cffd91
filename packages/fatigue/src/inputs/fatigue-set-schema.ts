import { z } from 'zod';

/**
 * One performed lifting set (one `activity_strength_sets` row). A set must name its movement; loads, reps and effort
 * are never negative; RPE is CR-10 (0..10). Effort: `rir` when known, else `rpe` (RIR = 10 − RPE), else the
 * config's `unknown` multiplier. `warmup` sets carry no dose.
 *
 * @example
 * ```ts
 * FatigueSetSchema.parse({ movement_id: 'back_squat', reps: 5, load_kg: 100, rir: 2 });
 * ```
 */
export const FatigueSetSchema = z.strictObject({
  /** Movement id, the key of `muscleMaps.movements`. */
  movement_id: z.string({ error: 'a set needs a movement_id' }).min(1, 'a set needs a movement_id'),
  /** Repetitions performed. */
  reps: z.number().int().min(0, 'reps must not be negative').max(10_000).nullish(),
  /** External load in kg (bar plus plates, or the dumbbell as logged). */
  load_kg: z.number().min(0, 'load must not be negative').max(10_000).nullish(),
  /** Reps in reserve. */
  rir: z.number().min(0, 'RIR must not be negative').max(100).nullish(),
  /** RPE of the set, CR-10. */
  rpe: z.number().min(0, 'RPE must be between 0 and 10').max(10, 'RPE must be between 0 and 10').nullish(),
  /** Time under tension or hold time, seconds. */
  duration_seconds: z.number().min(0, 'duration must not be negative').max(86_400).nullish(),
  /** A warm-up set (no dose, no set load). */
  warmup: z.boolean().nullish(),
});

/**
 * A validated set, see {@link FatigueSetSchema}.
 *
 * @example
 * ```ts
 * const set: FatigueSet = { movement_id: 'bench_press', reps: 8, load_kg: 70, rir: 1 };
 * ```
 */
export type FatigueSet = z.output<typeof FatigueSetSchema>;
