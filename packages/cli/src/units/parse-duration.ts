import { quantityError } from './quantity-error.js';

const EXPECTED = 'a duration like 45m, 1h30m, 90s or 1:05:30';
const UNIT_PATTERN = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)(?:m|min))?(?:(\d+(?:\.\d+)?)s)?$/;
const CLOCK_PATTERN = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/**
 * Parses a duration written for humans into seconds: `45m`, `1h30m`, `1.5h`, `90s`, `1h5m30s`, or a clock
 * `1:05:30` / `45:00` (h:mm:ss or mm:ss). Units are required for plain numbers so `45` is never guessed at.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--duration`).
 * @returns Whole or fractional seconds, >= 0.
 * @throws {ValidationError} When the text is not a duration (negative values included).
 *
 * @example
 * ```ts
 * parseDuration('1h30m'); // 5400
 * parseDuration('45:00'); // 2700
 * ```
 */
export function parseDuration(text: string, option = '--duration'): number {
  const value = text.trim().toLowerCase().replace(/\s+/g, '');
  const clock = CLOCK_PATTERN.exec(value);
  if (clock) return Number(clock[1] ?? 0) * 3600 + Number(clock[2]) * 60 + Number(clock[3]);
  const units = value === '' ? null : UNIT_PATTERN.exec(value);
  if (!units || (units[1] === undefined && units[2] === undefined && units[3] === undefined)) {
    throw quantityError(option, text, EXPECTED);
  }
  return Number(units[1] ?? 0) * 3600 + Number(units[2] ?? 0) * 60 + Number(units[3] ?? 0);
}
