import { quantityError } from '../units/quantity-error.js';

/**
 * Reads a whole-number option (`--priority`, `--based-on`): at least 1; `undefined` when not given.
 *
 * @throws {ValidationError} On the option's path when it is not a whole number from 1.
 *
 * @example
 * ```ts
 * parsePositiveIntegerOption('2', '--priority'); // 2
 * ```
 */
export function parsePositiveIntegerOption(text: string | undefined, option: string): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim()) || Number(text) < 1) throw quantityError(option, text, 'a whole number from 1');
  return Number(text);
}
