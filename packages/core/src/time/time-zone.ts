import { z } from 'zod';

// Building an Intl.DateTimeFormat costs ~60 µs; bulk imports validate the same few zones millions of times.
const knownZones = new Map<string, boolean>();

function isValidTimeZone(zone: string): boolean {
  let valid = knownZones.get(zone);
  if (valid === undefined) {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      valid = true;
    } catch {
      valid = false;
    }
    if (knownZones.size < 10_000) knownZones.set(zone, valid);
  }
  return valid;
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
