import { z } from 'zod';

/**
 * An external load in kilograms, >= 0 (0 for bodyweight).
 *
 * @example
 * ```ts
 * LoadKgSchema.parse(102.5);
 * LoadKgSchema.safeParse(-5).success; // false
 * ```
 */
export const LoadKgSchema = z.number().min(0);
