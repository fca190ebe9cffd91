import { z } from 'zod';

/**
 * Mechanical power in watts, >= 0.
 *
 * @example
 * ```ts
 * PowerWattsSchema.parse(250);
 * PowerWattsSchema.safeParse(-1).success; // false
 * ```
 */
export const PowerWattsSchema = z.number().min(0);
