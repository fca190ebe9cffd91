/**
 * A straight line fitted by ordinary least squares: `y = intercept + slope · x`.
 *
 * @example
 * ```ts
 * const line: LinearFit = { slope: 0.5, intercept: 100, n: 6 };
 * ```
 */
export interface LinearFit {
  readonly slope: number;
  readonly intercept: number;
  /** Number of points fitted. */
  readonly n: number;
}

/**
 * The ordinary least-squares line through `points`, or `null` when fewer than two distinct `x` exist (no slope).
 * Centred sums (x − x̄, y − ȳ) keep it accurate for large `x` such as day numbers. Pure, order-independent up to
 * floating-point rounding of the sums (callers sort for bit-for-bit determinism).
 *
 * @example
 * ```ts
 * leastSquaresFit([{ x: 0, y: 100 }, { x: 7, y: 102 }, { x: 14, y: 104 }]); // { slope: 0.2857..., intercept: 100, n: 3 }
 * ```
 */
export function leastSquaresFit(points: readonly { readonly x: number; readonly y: number }[]): LinearFit | null {
  const n = points.length;
  if (n < 2) return null;
  let sumX = 0;
  let sumY = 0;
  for (const point of points) {
    sumX += point.x;
    sumY += point.y;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let sxx = 0;
  let sxy = 0;
  for (const point of points) {
    const dx = point.x - meanX;
    sxx += dx * dx;
    sxy += dx * (point.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  return { slope, intercept: meanY - slope * meanX, n };
}
