import { POUND_IN_KG } from '@trainkit/core';
import { quantityError } from './quantity-error.js';

const EXPECTED = 'a load like 100, 102.5kg or 225lb';

/**
 * Parses an external load into kilograms: `100` or `100kg` (kilograms are the default), `225lb` / `225lbs` (converted
 * with the exact `POUND_IN_KG` from `@trainkit/core`).
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--load`).
 * @returns Kilograms, >= 0.
 * @throws {ValidationError} When the text is not a load.
 *
 * @example
 * ```ts
 * parseLoad('225lb'); // 102.05828325
 * parseLoad('100'); // 100
 * ```
 */
export function parseLoad(text: string, option = '--load'): number {
  const match = /^(\d+(?:\.\d+)?)\s*(kg|kgs|lb|lbs)?$/i.exec(text.trim());
  if (!match) throw quantityError(option, text, EXPECTED);
  const amount = Number(match[1]);
  return (match[2] ?? 'kg').toLowerCase().startsWith('lb') ? amount * POUND_IN_KG : amount;
}
