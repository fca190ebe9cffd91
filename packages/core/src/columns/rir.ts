import { z } from 'zod';

/**
 * Repetitions in reserve, 0..10, whole or half (2.5).
 *
 * @example
 * ```ts
 * RirSchema.parse(2.5);
 * RirSchema.safeParse(2.3).success; // false
 * ```
 */
export const RirSchema = z.number().min(0).max(10).multipleOf(0.5);
