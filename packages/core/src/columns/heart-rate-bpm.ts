import { z } from 'zod';

/**
 * A heart rate in beats per minute, 20..250.
 *
 * @example
 * ```ts
 * HeartRateBpmSchema.parse(142);
 * HeartRateBpmSchema.safeParse(300).success; // false
 * ```
 */
export const HeartRateBpmSchema = z.number().min(20).max(250);
