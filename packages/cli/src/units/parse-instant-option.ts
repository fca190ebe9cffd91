import { InstantSchema, type Instant } from '@trainkit/core';
import { quantityError } from './quantity-error.js';

/**
 * Parses a date-time option (`--at 2024-06-01T07:00:00Z`, offsets allowed) into a UTC {@link Instant}.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--at`).
 * @throws {ValidationError} When the text is not an ISO-8601 date-time.
 *
 * @example
 * ```ts
 * parseInstantOption('2024-06-01T09:00:00+02:00'); // '2024-06-01T07:00:00.000Z'
 * ```
 */
export function parseInstantOption(text: string, option = '--at'): Instant {
  const parsed = InstantSchema.safeParse(text.trim());
  if (!parsed.success) throw quantityError(option, text, 'an ISO-8601 date-time like 2024-06-01T07:00:00Z');
  return parsed.data;
}
