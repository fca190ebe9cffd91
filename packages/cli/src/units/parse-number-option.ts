import { quantityError } from './quantity-error.js';

/**
 * Parses a plain number option (`--rpe 8`, `--avg-hr 150`, `--enjoyment 5`). Range rules are left to the schema
 * the value ends up in, so the error names the rule there; this only rejects text that is not a number.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error.
 * @throws {ValidationError} When the text is not a finite number.
 *
 * @example
 * ```ts
 * parseNumberOption('8.5', '--rpe'); // 8.5
 * ```
 */
export function parseNumberOption(text: string, option: string): number {
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw quantityError(option, text, 'a number');
  return value;
}
