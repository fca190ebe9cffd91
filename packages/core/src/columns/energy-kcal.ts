import { z } from 'zod';

/**
 * Energy in kilocalories, >= 0.
 *
 * @example
 * ```ts
 * EnergyKcalSchema.parse(650);
 * EnergyKcalSchema.safeParse(-10).success; // false
 * ```
 */
export const EnergyKcalSchema = z.number().min(0);
