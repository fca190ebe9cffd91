import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A count of repetitions: an integer 0 .. 10,000 (`TRAINKIT_BOUNDS.reps`).
 *
 * @example
 * ```ts
 * RepsSchema.parse(5);
 * RepsSchema.safeParse(2.5).success; // false
 * ```
 */
export const RepsSchema = z.number().int().min(TRAINKIT_BOUNDS.reps.min).max(TRAINKIT_BOUNDS.reps.max);
