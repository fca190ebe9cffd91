import { TimeZoneSchema } from '@trainkit/core';
import { quantityError } from './quantity-error.js';

/**
 * Checks a time zone option (`--tz Europe/Berlin`) against the runtime's IANA database.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--tz`).
 * @throws {ValidationError} When the zone is unknown.
 *
 * @example
 * ```ts
 * parseTimeZoneOption('America/New_York'); // 'America/New_York'
 * ```
 */
export function parseTimeZoneOption(text: string, option = '--tz'): string {
  if (!TimeZoneSchema.safeParse(text).success) throw quantityError(option, text, 'an IANA time zone like Europe/Berlin');
  return text;
}
