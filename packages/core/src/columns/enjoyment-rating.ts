import { z } from 'zod';

/**
 * How much the athlete enjoyed a session: an integer 1 (not at all) .. 5 (loved it).
 *
 * @example
 * ```ts
 * EnjoymentRatingSchema.parse(4);
 * EnjoymentRatingSchema.safeParse(0).success; // false
 * ```
 */
export const EnjoymentRatingSchema = z.number().int().min(1).max(5);
