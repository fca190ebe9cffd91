/**
 * Exact conversion constants. trainkit stores SI units (m, s, kg, kcal, bpm, W); convert only at the edges.
 *
 * @example
 * ```ts
 * const kg = 225 * POUND_IN_KG;
 * ```
 */
export const POUND_IN_KG = 0.45359237;
/**
 * International mile in metres (exact).
 *
 * @example
 * ```ts
 * const meters = 26.2 * MILE_IN_M;
 * ```
 */
export const MILE_IN_M = 1609.344;
/**
 * International yard in metres (exact).
 *
 * @example
 * ```ts
 * const meters = 100 * YARD_IN_M;
 * ```
 */
export const YARD_IN_M = 0.9144;
/**
 * International foot in metres (exact).
 *
 * @example
 * ```ts
 * const meters = 3 * FOOT_IN_M;
 * ```
 */
export const FOOT_IN_M = 0.3048;
/**
 * International inch in centimetres (exact).
 *
 * @example
 * ```ts
 * const heightCm = 70 * INCH_IN_CM;
 * ```
 */
export const INCH_IN_CM = 2.54;
/**
 * Thermochemical kilocalorie in kilojoules (exact).
 *
 * @example
 * ```ts
 * const kcal = 1000 / KCAL_IN_KJ;
 * ```
 */
export const KCAL_IN_KJ = 4.184;

/**
 * Pounds to kilograms.
 *
 * @example
 * ```ts
 * poundsToKg(100); // 45.359237
 * ```
 */
export function poundsToKg(pounds: number): number {
  return pounds * POUND_IN_KG;
}

/**
 * Miles to metres.
 *
 * @example
 * ```ts
 * milesToMeters(1); // 1609.344
 * ```
 */
export function milesToMeters(miles: number): number {
  return miles * MILE_IN_M;
}

/**
 * Kilojoules to kilocalories.
 *
 * @example
 * ```ts
 * kilojoulesToKcal(4.184); // 1
 * ```
 */
export function kilojoulesToKcal(kilojoules: number): number {
  return kilojoules / KCAL_IN_KJ;
}
