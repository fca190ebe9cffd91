import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * An external load in kilograms, 0 .. 2,000 (0 for bodyweight; `TRAINKIT_BOUNDS.loadKg`).
 *
 * @example
 * ```ts
 * LoadKgSchema.parse(102.5);
 * LoadKgSchema.safeParse(-5).success; // false
 * ```
 */
export const LoadKgSchema = z.number().min(TRAINKIT_BOUNDS.loadKg.min).max(TRAINKIT_BOUNDS.loadKg.max);
