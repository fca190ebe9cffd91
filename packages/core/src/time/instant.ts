import { z } from 'zod';

const INSTANT_PATTERN = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * A UTC instant as ISO-8601 with millisecond precision and `Z`, e.g. `2024-06-12T07:00:00.000Z`.
 * Other ISO forms (offsets, no milliseconds) are accepted on input and normalized.
 *
 * @example
 * ```ts
 * InstantSchema.parse('2024-06-12T09:00:00+02:00'); // '2024-06-12T07:00:00.000Z'
 * ```
 */
export const InstantSchema = z
  .string()
  .refine((value) => !Number.isNaN(Date.parse(value)) && /T/.test(value), {
    message: 'must be an ISO-8601 date-time',
  })
  .transform((value) => new Date(value).toISOString())
  .pipe(z.string().regex(INSTANT_PATTERN))
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
