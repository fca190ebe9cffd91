import { InstantSchema, LocalDateSchema } from '@trainkit/core';
import { quantityError } from '../units/quantity-error.js';

/**
 * Reads a time option of the goals commands (`--from`, `--as-of`, `--as-known-on`, `--at`): a local date
 * (`2025-03-01`, read in the athlete's zone by the facade) or an ISO instant; `undefined` when not given.
 *
 * @throws {ValidationError} On the option's path when the text is neither.
 *
 * @example
 * ```ts
 * parseGoalTimeOption('2025-04-15', '--as-known-on'); // '2025-04-15'
 * ```
 */
export function parseGoalTimeOption(text: string | undefined, option: string): string | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  if (LocalDateSchema.safeParse(trimmed).success) return trimmed;
  const instant = InstantSchema.safeParse(trimmed);
  if (instant.success) return instant.data;
  throw quantityError(option, text, 'a date like 2025-03-01 or a date-time like 2025-03-01T08:00:00Z');
}
