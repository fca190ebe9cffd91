import { z } from 'zod';

function isValidTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/**
 * An IANA time zone name such as `Europe/Berlin`, checked against the runtime's tz database.
 *
 * @example
 * ```ts
 * TimeZoneSchema.parse('America/New_York');
 * ```
 */
export const TimeZoneSchema = z.string().min(1).refine(isValidTimeZone, 'must be an IANA time zone');

/**
 * UTC offset in minutes at an instant, -840..840 (e.g. +120 for CEST).
 *
 * @example
 * ```ts
 * UtcOffsetMinutesSchema.parse(120); // CEST
 * ```
 */
export const UtcOffsetMinutesSchema = z.number().int().min(-840).max(840);
