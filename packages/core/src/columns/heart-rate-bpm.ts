import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A heart rate in beats per minute, 20..250 (`TRAINKIT_BOUNDS.heartRateBpm`).
 *
 * @example
 * ```ts
 * HeartRateBpmSchema.parse(142);
 * HeartRateBpmSchema.safeParse(300).success; // false
 * ```
 */
export const HeartRateBpmSchema = z.number().min(TRAINKIT_BOUNDS.heartRateBpm.min).max(TRAINKIT_BOUNDS.heartRateBpm.max);
