import { z } from 'zod';

/**
 * A unitless share or weight, 0..1 (e.g. how much a muscle works in a movement).
 *
 * @example
 * ```ts
 * MagnitudeSchema.parse(0.6);
 * MagnitudeSchema.safeParse(1.2).success; // false
 * ```
 */
export const MagnitudeSchema = z.number().min(0).max(1);
