import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A distance in metres, 0 .. 10,000 km (`TRAINKIT_BOUNDS.distanceM`).
 *
 * @example
 * ```ts
 * DistanceMetersSchema.parse(10000);
 * DistanceMetersSchema.safeParse(-1).success; // false
 * ```
 */
export const DistanceMetersSchema = z.number().min(TRAINKIT_BOUNDS.distanceM.min).max(TRAINKIT_BOUNDS.distanceM.max);
