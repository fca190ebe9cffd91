import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * Repetitions in reserve, 0..10 (`TRAINKIT_BOUNDS.rir`), whole or half (2.5).
 *
 * @example
 * ```ts
 * RirSchema.parse(2.5);
 * RirSchema.safeParse(2.3).success; // false
 * ```
 */
export const RirSchema = z.number().min(TRAINKIT_BOUNDS.rir.min).max(TRAINKIT_BOUNDS.rir.max).multipleOf(0.5);
