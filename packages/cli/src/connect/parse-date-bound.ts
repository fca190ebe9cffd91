import { ValidationError } from '@trainkit/core';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Reads `--since` / `--until` of `trainkit sync`: a day (`YYYY-MM-DD`) or an ISO-8601 instant with an offset, as
 * given; `undefined` when the option is absent.
 *
 * @throws {ValidationError} For anything else (path: the option).
 *
 * @example
 * ```ts
 * parseDateBound('2026-01-01', '--since'); // '2026-01-01'
 * ```
 */
export function parseDateBound(text: string | undefined, option: string): string | undefined {
  if (text === undefined) return undefined;
  const value = text.trim();
  const isDay = DAY.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
  const isInstant = !DAY.test(value) && /^\d{4}-\d{2}-\d{2}T.+(Z|[+-]\d{2}:?\d{2})$/.test(value) && !Number.isNaN(Date.parse(value));
  if (isDay || isInstant) return value;
  throw new ValidationError('command line', [
    { path: option, rule: 'invalid_format', message: `expected a day (YYYY-MM-DD) or an ISO-8601 instant, got '${text}'` },
  ]);
}
