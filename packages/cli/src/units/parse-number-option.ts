import { quantityError } from './quantity-error.js';

/**
 * Parses a plain number option (`--rpe 8`, `--avg-hr 150`, `--enjoyment 5`); an absent option stays `undefined`.
 * Range rules are left to the schema the value ends up in, so the error names the rule there; this only rejects
 * text that is not a number.
 *
 * @param text - The value as typed, or `undefined` when the option was not given.
 * @param option - The option it came from, named in the error.
 * @throws {ValidationError} When the text is not a finite number.
 *
 * @example
 * ```ts
 * parseNumberOption('8.5', '--rpe'); // 8.5
 * parseNumberOption(undefined, '--rpe'); // undefined
 * ```
 */
export function parseNumberOption(text: string, option: string): number;
export function parseNumberOption(text: string | undefined, option: string): number | undefined;
export function parseNumberOption(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  const trimmed = text.trim();
  const value = Number(trimmed);
  if (trimmed === '' || !Number.isFinite(value)) throw quantityError(option, text, 'a number');
  return value;
}
