import { FOOT_IN_M, INCH_IN_CM, KCAL_IN_KJ, MILE_IN_M, POUND_IN_KG, YARD_IN_M } from '@trainkit/core';

/**
 * The quantity a HealthKit unit measures, named after the unit values are converted to.
 *
 * @example
 * ```ts
 * const dimension: AppleHealthDimension = 'length_m';
 * ```
 */
export type AppleHealthDimension = 'length_m' | 'mass_kg' | 'energy_kcal' | 'time_s' | 'temperature_c';

const STONE_IN_KG = 14 * POUND_IN_KG;
const OUNCE_IN_KG = POUND_IN_KG / 16;

/**
 * Exact factors (or functions, for temperatures) from each HealthKit unit string, as the export writes it, to the
 * dimension's unit. Imperial factors are the exact definitions from core (`MILE_IN_M`, `POUND_IN_KG`, ...); `Cal` is
 * HealthKit's large calorie (= kcal), `cal` the small one.
 */
const UNIT_FACTORS: Readonly<Record<AppleHealthDimension, Readonly<Record<string, number | ((value: number) => number)>>>> = {
  length_m: { m: 1, km: 1000, cm: 0.01, mm: 0.001, mi: MILE_IN_M, ft: FOOT_IN_M, in: INCH_IN_CM / 100, yd: YARD_IN_M },
  mass_kg: { kg: 1, g: 0.001, mg: 0.000001, lb: POUND_IN_KG, oz: OUNCE_IN_KG, st: STONE_IN_KG },
  energy_kcal: { kcal: 1, Cal: 1, cal: 0.001, kJ: 1 / KCAL_IN_KJ, J: 1 / (1000 * KCAL_IN_KJ) },
  time_s: { s: 1, ms: 0.001, min: 60, hr: 3600, h: 3600, d: 86_400 },
  temperature_c: {
    degC: (value) => value,
    degF: (value) => ((value - 32) * 5) / 9,
    K: (value) => value - 273.15,
  },
};

/**
 * Converts `value` written in the HealthKit unit `unit` (`mi`, `lb`, `Cal`, `kJ`, `degF`, ...) to the unit of
 * `dimension`, with the exact factors, rounded to 12 significant digits (so `6.2 mi` is `9977.9328` m, not
 * `9977.932799999999`). `null` when the unit is not one of that dimension's units or the value is not finite.
 *
 * @example
 * ```ts
 * convertAppleHealthUnit(6.2, 'mi', 'length_m'); // 9977.9328
 * convertAppleHealthUnit(180.4, 'lb', 'mass_kg'); // 81.828063548
 * convertAppleHealthUnit(61.5, 'degF', 'temperature_c'); // 16.3888888889
 * convertAppleHealthUnit(3, 'parsec', 'length_m'); // null
 * ```
 */
export function convertAppleHealthUnit(value: number, unit: string | null | undefined, dimension: AppleHealthDimension): number | null {
  if (!Number.isFinite(value) || typeof unit !== 'string') return null;
  const factor = UNIT_FACTORS[dimension][unit.trim()];
  if (factor === undefined) return null;
  const converted = typeof factor === 'number' ? value * factor : factor(value);
  return roundSignificant(converted);
}

/** `value` rounded to 12 significant digits (removes binary floating-point noise, keeps every real digit). */
export function roundSignificant(value: number): number {
  if (!Number.isFinite(value) || value === 0) return value;
  return Number(value.toPrecision(12));
}

const QUANTITY = /^\s*([+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?)\s*(\S.*?)?\s*$/;

/** A metadata quantity such as `8420 cm` or `61.5 degF`: its number and unit (`null` when absent). */
export function parseAppleHealthQuantity(text: unknown): { readonly value: number; readonly unit: string | null } | null {
  if (typeof text !== 'string') return null;
  const match = QUANTITY.exec(text);
  if (!match) return null;
  const value = Number(match[1]);
  return Number.isFinite(value) ? { value, unit: match[2] ?? null } : null;
}

/** A decimal number attribute (`"72"`, `"0.215"`), or `null` when absent, empty or not a finite number. */
export function parseAppleHealthNumber(text: unknown): number | null {
  if (typeof text !== 'string' || text.length === 0) return null;
  const value = Number(text);
  return Number.isFinite(value) && text.trim().length > 0 ? value : null;
}
