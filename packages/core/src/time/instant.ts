import { z } from 'zod';
import { MAX_INSTANT, MIN_INSTANT, TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
// ISO-8601 date-time with an explicit zone (Z or ±hh:mm): a string without one would be read in the host's zone.
const ISO_INPUT_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})$/i;

// Date.parse rolls impossible dates over (2023-02-29 becomes March 1); check the calendar fields first.
function isRealIsoDateTime(value: string): boolean {
  const match = ISO_INPUT_PATTERN.exec(value);
  if (!match) return false;
  const [year, month, day, hour, minute, second] = match.slice(1, 7).map((part) => Number(part ?? 0)) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  return (
    month! >= 1 && month! <= 12 && day! >= 1 && day! <= daysInMonth &&
    hour! <= 23 && minute! <= 59 && second! <= 59 && !Number.isNaN(Date.parse(value))
  );
}

/** True for a canonical instant whose UTC year lies within `TRAINKIT_BOUNDS.years`. */
function inSupportedYears(value: string): boolean {
  return value >= MIN_INSTANT && value <= MAX_INSTANT;
}

/**
 * A UTC instant as ISO-8601 with millisecond precision and `Z`, e.g. `2024-06-12T07:00:00.000Z`.
 * Other ISO forms with an explicit zone (offsets, no milliseconds) are accepted on input and normalized; strings
 * without a zone and impossible calendar dates (`2023-02-29`) are rejected. The instant, in UTC, must lie in the
 * years 1900..2200 (`TRAINKIT_BOUNDS.years`: {@link MIN_INSTANT} .. {@link MAX_INSTANT}), the range every engine
 * computes with.
 *
 * @example
 * ```ts
 * InstantSchema.parse('2024-06-12T09:00:00+02:00'); // '2024-06-12T07:00:00.000Z'
 * ```
 */
export const InstantSchema = z
  .string()
  .refine(isRealIsoDateTime, { message: 'must be an ISO-8601 date-time with Z or a UTC offset' })
  .transform((value) => new Date(value).toISOString())
  .pipe(
    z
      .string()
      .regex(INSTANT_PATTERN)
      .refine(inSupportedYears, `must be between the years ${TRAINKIT_BOUNDS.years.min} and ${TRAINKIT_BOUNDS.years.max}`),
  )
  .brand<'Instant'>();

/** A UTC instant string, see {@link InstantSchema}. */
export type Instant = z.output<typeof InstantSchema>;

/**
 * Converts a `Date` or epoch milliseconds to an {@link Instant}.
 *
 * @example
 * ```ts
 * toInstant(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export function toInstant(value: Date | number): Instant {
  const date = typeof value === 'number' ? new Date(value) : value;
  if (Number.isNaN(date.getTime())) throw new RangeError('invalid date');
  return date.toISOString() as Instant;
}

/**
 * Epoch milliseconds of an {@link Instant}.
 *
 * @example
 * ```ts
 * instantToEpochMs(toInstant(1000)); // 1000
 * ```
 */
export function instantToEpochMs(instant: Instant): number {
  return Date.parse(instant);
}
