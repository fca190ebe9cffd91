import { z } from 'zod';

/**
 * A distance in metres, >= 0.
 *
 * @example
 * ```ts
 * DistanceMetersSchema.parse(10000);
 * DistanceMetersSchema.safeParse(-1).success; // false
 * ```
 */
export const DistanceMetersSchema = z.number().min(0);
