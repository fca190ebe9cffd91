import { z } from 'zod';

/**
 * Rating of perceived exertion on the 0..10 (CR10) scale; fractions allowed (8.5).
 *
 * @example
 * ```ts
 * RpeSchema.parse(8.5);
 * RpeSchema.safeParse(11).success; // false
 * ```
 */
export const RpeSchema = z.number().min(0).max(10);
