import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * Rating of perceived exertion on the 0..10 (CR10) scale; fractions allowed (8.5). See `TRAINKIT_BOUNDS.rpe`.
 *
 * @example
 * ```ts
 * RpeSchema.parse(8.5);
 * RpeSchema.safeParse(11).success; // false
 * ```
 */
export const RpeSchema = z.number().min(TRAINKIT_BOUNDS.rpe.min).max(TRAINKIT_BOUNDS.rpe.max);
