import { ValidationError } from '@trainkit/core';

/**
 * The {@link ValidationError} of a command-line value that does not parse: names the option (`--duration`) and
 * says what was expected.
 *
 * @example
 * ```ts
 * throw quantityError('--duration', 'abc', 'a duration like 45m, 1h30m, 90s or 1:05:30');
 * ```
 */
export function quantityError(option: string, text: string, expected: string): ValidationError {
  return new ValidationError('command line', [
    { path: option, rule: 'invalid_format', message: `expected ${expected}, got '${text}'` },
  ]);
}
