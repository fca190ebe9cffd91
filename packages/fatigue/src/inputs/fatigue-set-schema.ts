import type { z } from 'zod';
import { booleanRule, nullishRule, numberRule, strictObjectRule, stringRule } from './dual-schema.js';

const RPE_MESSAGE = 'RPE must be between 0 and 10';

/** Internal: the set rule (zod schema and fast predicate from one definition). */
export const FATIGUE_SET_RULE = strictObjectRule({
  /** Movement id, the key of `muscleMaps.movements`. */
  movement_id: stringRule({ min: 1, message: 'a set needs a movement_id' }),
  /** Repetitions performed. */
  reps: nullishRule(numberRule({ int: true, min: 0, max: 10_000, minMessage: 'reps must not be negative' })),
  /** External load in kg (bar plus plates, or the dumbbell as logged). */
  load_kg: nullishRule(numberRule({ min: 0, max: 10_000, minMessage: 'load must not be negative' })),
  /** Reps in reserve. */
  rir: nullishRule(numberRule({ min: 0, max: 100, minMessage: 'RIR must not be negative' })),
  /** RPE of the set, CR-10. */
  rpe: nullishRule(numberRule({ min: 0, max: 10, minMessage: RPE_MESSAGE, maxMessage: RPE_MESSAGE })),
  /** Time under tension or hold time, seconds. */
  duration_seconds: nullishRule(numberRule({ min: 0, max: 86_400, minMessage: 'duration must not be negative' })),
  /** A warm-up set (no dose, no set load). */
  warmup: nullishRule(booleanRule()),
});

/**
 * One performed lifting set (one `activity_strength_sets` row). A set must name its movement (`movement_id`); loads,
 * reps and effort are never negative; RPE is CR-10 (0..10). Effort: `rir` when known, else `rpe` (RIR = 10 − RPE),
 * else the config's `unknown` multiplier. `warmup` sets carry no dose. Optional fields may be `null` or absent.
 *
 * @example
 * ```ts
 * FatigueSetSchema.parse({ movement_id: 'back_squat', reps: 5, load_kg: 100, rir: 2 });
 * ```
 */
export const FatigueSetSchema = FATIGUE_SET_RULE.zod;

/**
 * A validated set, see {@link FatigueSetSchema}.
 *
 * @example
 * ```ts
 * const set: FatigueSet = { movement_id: 'bench_press', reps: 8, load_kg: 70, rir: 1 };
 * ```
 */
export type FatigueSet = z.output<typeof FatigueSetSchema>;
