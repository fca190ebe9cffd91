import { InstantSchema } from '@trainkit/core';
import { customRule } from './dual-schema.js';

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

function inSupportedYears(value: string): boolean {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2200;
}

/**
 * A UTC instant (core's `InstantSchema`, normalized to `YYYY-MM-DDTHH:mm:ss.sssZ`) restricted to the years
 * 1900..2200, the range the engine's calendar arithmetic supports.
 *
 * @example
 * ```ts
 * FatigueInstantSchema.parse('2024-06-12T09:00:00+02:00'); // '2024-06-12T07:00:00.000Z'
 * ```
 */
export const FatigueInstantSchema = InstantSchema.refine(inSupportedYears, 'must be between the years 1900 and 2200');

/** Internal: the instant rule (fast path: already canonical instants, which the schema returns unchanged). */
export const FATIGUE_INSTANT_RULE = customRule(FatigueInstantSchema, (value) => {
  if (typeof value !== 'string' || !CANONICAL_INSTANT.test(value)) return false;
  const epochMs = Date.parse(value);
  return !Number.isNaN(epochMs) && new Date(epochMs).toISOString() === value && inSupportedYears(value);
});
