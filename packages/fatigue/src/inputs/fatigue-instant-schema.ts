import { InstantSchema } from '@trainkit/core';

/**
 * A UTC instant (core's `InstantSchema`, normalized to `YYYY-MM-DDTHH:mm:ss.sssZ`) restricted to the years
 * 1900..2200, the range the engine's calendar arithmetic supports.
 *
 * @example
 * ```ts
 * FatigueInstantSchema.parse('2024-06-12T09:00:00+02:00'); // '2024-06-12T07:00:00.000Z'
 * ```
 */
export const FatigueInstantSchema = InstantSchema.refine((value) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2200;
}, 'must be between the years 1900 and 2200');
