import { z } from 'zod';

/**
 * A count of repetitions: an integer >= 0.
 *
 * @example
 * ```ts
 * RepsSchema.parse(5);
 * RepsSchema.safeParse(2.5).success; // false
 * ```
 */
export const RepsSchema = z.number().int().min(0);
