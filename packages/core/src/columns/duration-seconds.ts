import { z } from 'zod';

/**
 * A duration in seconds, >= 0 (fractions allowed).
 *
 * @example
 * ```ts
 * DurationSecondsSchema.parse(3600);
 * DurationSecondsSchema.safeParse(-1).success; // false
 * ```
 */
export const DurationSecondsSchema = z.number().min(0);
