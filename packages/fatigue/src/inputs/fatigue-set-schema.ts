import { TRAINKIT_BOUNDS } from '@trainkit/core';
import type { z } from 'zod';
import { booleanRule, nullishRule, numberRule, strictObjectRule, stringRule } from './dual-schema.js';

/* Bounds are core's `TRAINKIT_BOUNDS`, the ones the storage enforces on `activity_strength_sets`. */
const { reps, loadKg, rir, rpe, setDurationSeconds } = TRAINKIT_BOUNDS;
const RPE_MESSAGE = `RPE must be between ${rpe.min} and ${rpe.max}`;

/** Internal: the set rule (zod schema and fast predicate from one definition). */
export const FATIGUE_SET_RULE = strictObjectRule({
  /** Movement id, the key of `muscleMaps.movements`. */
  movement_id: stringRule({ min: 1, message: 'a set needs a movement_id' }),
  /** Repetitions performed. */
  reps: nullishRule(numberRule({ int: true, min: reps.min, max: reps.max, minMessage: 'reps must not be negative' })),
  /** External load in kg (bar plus plates, or the dumbbell as logged). */
  load_kg: nullishRule(numberRule({ min: loadKg.min, max: loadKg.max, minMessage: 'load must not be negative' })),
  /** Reps in reserve. */
  rir: nullishRule(numberRule({ min: rir.min, max: rir.max, minMessage: 'RIR must not be negative' })),
  /** RPE of the set, CR-10. */
  rpe: nullishRule(numberRule({ min: rpe.min, max: rpe.max, minMessage: RPE_MESSAGE, maxMessage: RPE_MESSAGE })),
  /** Time under tension or hold time, seconds. */
  duration_seconds: nullishRule(
    numberRule({ min: setDurationSeconds.min, max: setDurationSeconds.max, minMessage: 'duration must not be negative' }),
  ),
  /** A warm-up set (no dose, no set load). */
  warmup: nullishRule(booleanRule()),
});

/**
 * One performed lifting set (one `activity_strength_sets` row). A set must name its movement (`movement_id`); loads,
 * reps and effort are never negative; RPE is CR-10 (0..10); the bounds are core's `TRAINKIT_BOUNDS` (reps 0..10,000,
 * load 0..2,000 kg, RIR 0..10, duration 0..86,400 s). Effort: `rir` when known, else `rpe` (RIR = 10 − RPE),
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
