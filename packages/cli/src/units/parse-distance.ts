import { MILE_IN_M, YARD_IN_M } from '@trainkit/core';
import { quantityError } from './quantity-error.js';

const EXPECTED = 'a distance like 10km, 5mi, 400m or 1500yd';
const METERS_PER_UNIT: Readonly<Record<string, number>> = {
  m: 1,
  km: 1000,
  k: 1000,
  mi: MILE_IN_M,
  yd: YARD_IN_M,
};

/**
 * Parses a distance into metres with exact constants (`MILE_IN_M`, `YARD_IN_M` from `@trainkit/core`): `10km`,
 * `10k`, `5mi`, `400m`, `1500yd`, decimals allowed (`21.1km`). A unit is required.
 *
 * @param text - The value as typed.
 * @param option - The option it came from, named in the error (default `--distance`).
 * @returns Metres, >= 0.
 * @throws {ValidationError} When the text is not a distance.
 *
 * @example
 * ```ts
 * parseDistance('5mi'); // 8046.72
 * parseDistance('10km'); // 10000
 * ```
 */
export function parseDistance(text: string, option = '--distance'): number {
  const match = /^(\d+(?:\.\d+)?)\s*(km|k|mi|m|yd)$/i.exec(text.trim());
  const factor = match ? METERS_PER_UNIT[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) throw quantityError(option, text, EXPECTED);
  return Number(match[1]) * factor;
}
