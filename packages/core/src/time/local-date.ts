import { z } from 'zod';
import { MAX_LOCAL_DATE, MIN_LOCAL_DATE, TRAINKIT_BOUNDS } from '../bounds/trainkit-bounds.js';

/**
 * A calendar day `YYYY-MM-DD` (the user's local day, or a plain date such as a date of birth), in the years
 * 1800..2300 (`TRAINKIT_BOUNDS.calendarYears`: {@link MIN_LOCAL_DATE} .. {@link MAX_LOCAL_DATE}): a century of margin
 * around the instants' years 1900..2200, so every day derived from a stored instant is a date.
 *
 * @example
 * ```ts
 * LocalDateSchema.parse('2024-02-29');
 * ```
 */
export const LocalDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be YYYY-MM-DD')
  .refine((value) => {
    const date = new Date(`${value}T00:00:00.000Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
  }, 'must be a real calendar date')
  .refine(
    (value) => value >= MIN_LOCAL_DATE && value <= MAX_LOCAL_DATE,
    `must be between the years ${TRAINKIT_BOUNDS.calendarYears.min} and ${TRAINKIT_BOUNDS.calendarYears.max}`,
  )
  .brand<'LocalDate'>();

/** A calendar day string, see {@link LocalDateSchema}. */
export type LocalDate = z.output<typeof LocalDateSchema>;
