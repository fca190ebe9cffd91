import { parseWithSchema, ValidationError, type LocalDate } from '@trainkit/core';
import type { BiometricObservation } from '../observation/biometric-observation-schema.js';
import { selectBiometricValues } from '../selection/select-biometric-values.js';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';
import { BiometricTrendOptionsSchema, type BiometricTrendOptions } from './biometric-trend-options-schema.js';
import type { BiometricTrend, BiometricTrendPoint } from './biometric-trend-schema.js';
import { leastSquaresSlope } from './least-squares-slope.js';

const WEEK_DAYS = 7;

/** The rows of the metric through the as-of day, each checked (a day that is no date, a value that is no number). */
function rowsOfMetric<Row extends BiometricObservation>(rows: readonly Row[], metric: string, asOf: string): Row[] {
  const kept: Row[] = [];
  rows.forEach((row, index) => {
    if (row.metric_type !== metric) return;
    if (Number.isNaN(dayNumberOf(row.date))) {
      throw new ValidationError('biometric trend', [{ path: `rows.${index}.date`, rule: 'invalid_value', message: `must be a YYYY-MM-DD calendar day, got ${JSON.stringify(row.date)}` }]);
    }
    if (!Number.isFinite(row.value)) {
      throw new ValidationError('biometric trend', [{ path: `rows.${index}.value`, rule: 'invalid_value', message: 'must be a finite number' }]);
    }
    if (row.date <= asOf) kept.push(row);
  });
  return kept;
}

/** Weekly change of the values with a day in `(end - windowDays, end]`, given the points sorted by day. */
function weeklyChange(days: readonly number[], values: readonly number[], first: number, last: number): number | null {
  const slope = leastSquaresSlope(days.slice(first, last + 1), values.slice(first, last + 1));
  return slope === null ? null : slope * WEEK_DAYS;
}

/**
 * The trend of one body metric as of a day: one value per day (chosen by source priority with
 * `selectBiometricValues`), each with
 *
 * - **smoothed**: an exponentially weighted moving average over irregular days: `s = s' + α (value − s')` with
 *   `α = 1 − 2^(−Δdays / halfLifeDays)` (the first value starts it), so a value `halfLifeDays` older weighs half;
 * - **weekly change**: the least-squares slope of the values in the fit window ending that day (the last
 *   `fitWindowDays` days, that day included) times 7, in the metric's unit per week; `null` with fewer than two values.
 *
 * The result also gives the last raw value (`latest`), the smoothed value at it, and the weekly change of the window
 * ending on `asOf` itself. Values dated after `asOf` are left out; `from` only limits the points returned. Pure and
 * deterministic: a constant series has a constant smoothed value and a weekly change of exactly 0; a linear series
 * has its exact slope × 7 as the weekly change. Works for every metric: weight, body fat, resting heart rate, HRV, ...
 *
 * @param rows - Body values of any metrics (`UserBiometricRow` fits); other metrics are ignored.
 * @throws {ValidationError} For invalid options (path `metric`, `asOf`, `from`, `halfLifeDays`, `fitWindowDays`,
 * `priority.*`) or a row of the metric whose `date` is no calendar day or whose `value` is not finite (`rows.<i>.*`).
 *
 * @example
 * ```ts
 * const weights = [
 *   { id: 'b1', metric_type: 'weight_kg', date: '2024-06-01', value: 73.0, source: 'manual' },
 *   { id: 'b2', metric_type: 'weight_kg', date: '2024-06-08', value: 72.5, source: 'manual' },
 *   { id: 'b3', metric_type: 'weight_kg', date: '2024-06-15', value: 72.0, source: 'manual' },
 * ] as const;
 * const trend = biometricTrend(weights, { metric: 'weight_kg', asOf: '2024-06-15' });
 * trend.weekly_change; // -0.5 (kg per week)
 * trend.latest; // { date: '2024-06-15', value: 72, row_id: 'b3' }
 * ```
 */
export function biometricTrend<Row extends BiometricObservation>(rows: readonly Row[], options: BiometricTrendOptions): BiometricTrend {
  const parsed = parseWithSchema(BiometricTrendOptionsSchema, options, 'biometric trend');
  const { metric, asOf, halfLifeDays, fitWindowDays } = parsed;
  const selected = selectBiometricValues(rowsOfMetric(rows, metric, asOf), parsed.priority === undefined ? {} : { priority: parsed.priority });
  const days = selected.map((row) => dayNumberOf(row.date));
  const values = selected.map((row) => row.value);

  const points: BiometricTrendPoint[] = [];
  let smoothed = Number.NaN;
  let windowStart = 0;
  for (let index = 0; index < selected.length; index += 1) {
    const day = days[index]!;
    const value = values[index]!;
    if (index === 0) smoothed = value;
    else {
      const alpha = 1 - 2 ** (-(day - days[index - 1]!) / halfLifeDays);
      smoothed += alpha * (value - smoothed);
    }
    while (days[windowStart]! <= day - fitWindowDays) windowStart += 1;
    if (parsed.from === undefined || selected[index]!.date >= parsed.from) {
      points.push({
        date: selected[index]!.date as LocalDate,
        value,
        row_id: selected[index]!.id,
        smoothed,
        weekly_change: weeklyChange(days, values, windowStart, index),
      });
    }
  }

  const last = selected.length - 1;
  const asOfDay = dayNumberOf(asOf);
  let first = 0;
  while (first <= last && days[first]! <= asOfDay - fitWindowDays) first += 1;
  const latest = last >= 0 ? { date: selected[last]!.date as LocalDate, value: values[last]!, row_id: selected[last]!.id } : null;
  return {
    metric,
    as_of: dateOfDayNumber(asOfDay) as LocalDate,
    from: parsed.from ?? null,
    half_life_days: halfLifeDays,
    fit_window_days: fitWindowDays,
    points,
    latest,
    smoothed: last >= 0 ? smoothed : null,
    weekly_change: first <= last ? weeklyChange(days, values, first, last) : null,
  };
}
