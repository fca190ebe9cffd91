/**
 * Internal: the least-squares slope of `values` over `days` (same length, days strictly increasing), or `null` with
 * fewer than two points. Both are taken relative to the first point (days as small integers, values as differences),
 * so a constant series has a slope of exactly 0 and a linear one its slope up to rounding of the differences.
 */
export function leastSquaresSlope(days: readonly number[], values: readonly number[]): number | null {
  const n = days.length;
  if (n < 2) return null;
  const day0 = days[0]!;
  const value0 = values[0]!;
  let sumX = 0;
  let sumY = 0;
  let sumXX = 0;
  let sumXY = 0;
  for (let index = 0; index < n; index += 1) {
    const x = days[index]! - day0;
    const y = values[index]! - value0;
    sumX += x;
    sumY += y;
    sumXX += x * x;
    sumXY += x * y;
  }
  const denominator = n * sumXX - sumX * sumX;
  if (denominator === 0) return null;
  return (n * sumXY - sumX * sumY) / denominator;
}
