/**
 * A duration as `h:mm:ss` (`45:00` under an hour is written `0:45:00`), rounded to whole seconds.
 *
 * @example
 * ```ts
 * formatDuration(5400); // '1:30:00'
 * ```
 */
export function formatDuration(seconds: number): string {
  const total = Math.round(seconds);
  const hours = Math.floor(total / 3600);
  const minutes = Math.floor((total % 3600) / 60);
  const rest = total % 60;
  return `${hours}:${String(minutes).padStart(2, '0')}:${String(rest).padStart(2, '0')}`;
}

/**
 * A number with thousands separators and `decimals` decimals (`en-US` style, so output is the same everywhere);
 * with `minimumDecimals` lower, trailing zeros are dropped down to that many.
 *
 * @example
 * ```ts
 * formatNumber(12500); // '12,500'
 * formatNumber(17.4321, 2); // '17.43'
 * formatNumber(2500, 1, 0); // '2,500'
 * ```
 */
export function formatNumber(value: number, decimals = 0, minimumDecimals = decimals): string {
  return value.toLocaleString('en-US', { minimumFractionDigits: minimumDecimals, maximumFractionDigits: decimals });
}

/**
 * A share 0..1 as a whole percentage; `-` for null.
 *
 * @example
 * ```ts
 * formatPercent(0.75); // '75%'
 * ```
 */
export function formatPercent(share: number | null): string {
  return share === null ? '-' : `${Math.round(share * 100)}%`;
}
