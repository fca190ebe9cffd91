import { z } from 'zod';
import { isKnownTimeZone } from './zone-clock.js';

/**
 * An IANA time zone name known to the runtime (`Europe/Berlin`). Same rule as core's `TimeZoneSchema`, but memoized,
 * because a ten-year history validates thousands of session zones.
 *
 * @example
 * ```ts
 * TimeZoneNameSchema.parse('America/New_York');
 * ```
 */
export const TimeZoneNameSchema = z.string().min(1).refine(isKnownTimeZone, 'must be an IANA time zone');
