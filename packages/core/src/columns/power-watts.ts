import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * Mechanical power in watts, 0 .. 3,000 (`TRAINKIT_BOUNDS.powerW`).
 *
 * @example
 * ```ts
 * PowerWattsSchema.parse(250);
 * PowerWattsSchema.safeParse(-1).success; // false
 * ```
 */
export const PowerWattsSchema = z.number().min(TRAINKIT_BOUNDS.powerW.min).max(TRAINKIT_BOUNDS.powerW.max);
