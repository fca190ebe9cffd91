import { z } from 'zod';
import { TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * Energy in kilocalories, 0 .. 100,000 (`TRAINKIT_BOUNDS.energyKcal`).
 *
 * @example
 * ```ts
 * EnergyKcalSchema.parse(650);
 * EnergyKcalSchema.safeParse(-10).success; // false
 * ```
 */
export const EnergyKcalSchema = z.number().min(TRAINKIT_BOUNDS.energyKcal.min).max(TRAINKIT_BOUNDS.energyKcal.max);
