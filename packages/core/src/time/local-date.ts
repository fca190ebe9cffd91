import { z } from 'zod';

/**
 * A calendar day `YYYY-MM-DD` (the user's local day, or a plain date such as a date of birth).
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
  .brand<'LocalDate'>();

/** A calendar day string, see {@link LocalDateSchema}. */
export type LocalDate = z.output<typeof LocalDateSchema>;
