import { InstantSchema, TRAINKIT_BOUNDS } from '@trainkit/core';
import { customRule } from './dual-schema.js';

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A UTC instant: core's `InstantSchema` itself (normalized to `YYYY-MM-DDTHH:mm:ss.sssZ`), whose range, the years
 * 1900..2200 (`TRAINKIT_BOUNDS.years`), is the range the engine's calendar arithmetic supports. Every instant the
 * storage accepts is one the engine reads.
 *
 * @example
 * ```ts
 * FatigueInstantSchema.parse('2024-06-12T09:00:00+02:00'); // '2024-06-12T07:00:00.000Z'
 * ```
 */
export const FatigueInstantSchema = InstantSchema;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * Internal: true for an instant already in the canonical form the schema outputs (`YYYY-MM-DDTHH:mm:ss.sssZ`, a real
 * calendar time, years `TRAINKIT_BOUNDS.years`), checked by arithmetic on the characters (no Date allocation).
 */
export function isCanonicalInstant(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 24 || !CANONICAL_INSTANT.test(value)) return false;
  const digit = (index: number) => value.charCodeAt(index) - 48;
  const year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const month = digit(5) * 10 + digit(6);
  const day = digit(8) * 10 + digit(9);
  if (year < TRAINKIT_BOUNDS.years.min || year > TRAINKIT_BOUNDS.years.max || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return (
    day <= monthDays &&
    digit(11) * 10 + digit(12) <= 23 &&
    digit(14) * 10 + digit(15) <= 59 &&
    digit(17) * 10 + digit(18) <= 59
  );
}

/** Internal: the instant rule (fast path: already canonical instants, which the schema returns unchanged). */
export const FATIGUE_INSTANT_RULE = customRule(FatigueInstantSchema, isCanonicalInstant);
