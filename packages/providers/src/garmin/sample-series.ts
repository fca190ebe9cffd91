import type { Instant, JsonValue, ValueBounds } from '@trainkit/core';
import { asJsonValue } from '../internal/read-payload.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { MetricSampleDraft, MetricStreamDraft } from '../provider-record-draft.js';

/** One row of a time series: its instant (`null` when it had none usable) and the raw row it was read from. */
export interface SeriesRow<Row> {
  readonly at: Instant | null;
  readonly row: Row;
}

/**
 * One column of a time series: the stream name (the provider's field name), the metric and SI unit, how to read the
 * value from a row, the bounds a plausible value lies within, and whether in-bounds values also become metric samples.
 */
export interface SeriesColumn<Row> {
  readonly stream: string;
  readonly metric: string;
  readonly unit: string | null;
  readonly read: (row: Row) => unknown;
  /** Inclusive bounds of a plausible numeric value; values outside are counted, never sampled. */
  readonly bounds?: ValueBounds;
  /** For non-numeric columns (positions): whether a present value is well-formed. */
  readonly valid?: (value: unknown) => boolean;
  readonly sample: boolean;
}

/** The streams and samples of a series, see {@link buildSeries}. */
export interface Series {
  readonly streams: MetricStreamDraft[];
  readonly samples: MetricSampleDraft[];
}

/**
 * Builds one stream per column that has at least one value (the column as `{ data: [...] }` of JSON values, `null`
 * where a row has no value or a number that is not finite, index `i` of every stream being row `i`) and, for sampled columns, one metric sample per in-bounds value at
 * its row's instant. Values that are not finite numbers or lie outside the column's bounds are counted in the stream's
 * `out_of_bounds_count`, reported in one warning per stream (at `path`), and never sampled; rows without an instant
 * give no samples.
 */
export function buildSeries<Row>(rows: readonly SeriesRow<Row>[], columns: readonly SeriesColumn<Row>[], warnings: NormalizationWarning[], path: PayloadPath): Series {
  const streams: MetricStreamDraft[] = [];
  const samples: MetricSampleDraft[] = [];
  const count = rows.length;
  for (const column of columns) {
    const data: (JsonValue | null)[] = new Array<JsonValue | null>(count);
    const plausible = new Uint8Array(count);
    let present = 0;
    let outOfBounds = 0;
    for (let index = 0; index < count; index += 1) {
      const value = column.read(rows[index]!.row);
      if (value === undefined || value === null) {
        data[index] = null;
        continue;
      }
      present += 1;
      data[index] = typeof value === 'number' ? (Number.isFinite(value) ? value : null) : asJsonValue(value);
      if (isPlausible(value, column)) plausible[index] = 1;
      else outOfBounds += 1;
    }
    if (present === 0) continue;
    const streamIndex = streams.length;
    streams.push({
      stream_type: column.stream,
      metric_type: column.metric,
      unit: column.unit,
      sample_count: count,
      out_of_bounds_count: outOfBounds,
      raw_stream: { data },
    });
    if (outOfBounds > 0) {
      warnings.push({
        code: 'out_of_bounds',
        message: `${outOfBounds} ${column.stream} values are not finite or lie outside their bounds; kept raw, never samples`,
        path,
      });
    }
    if (!column.sample) continue;
    for (let index = 0; index < count; index += 1) {
      if (plausible[index] === 0) continue;
      const at = rows[index]!.at;
      const value = data[index];
      if (at === null || typeof value !== 'number') continue;
      samples.push({ metric_type: column.metric, recorded_at: at, value, unit: column.unit, stream_index: streamIndex });
    }
  }
  return { streams, samples };
}

function isPlausible<Row>(value: unknown, column: SeriesColumn<Row>): boolean {
  if (column.valid !== undefined) return column.valid(value);
  if (typeof value !== 'number' || !Number.isFinite(value)) return false;
  return column.bounds === undefined || (value >= column.bounds.min && value <= column.bounds.max);
}

/** Inclusive bounds test of a finite number. */
export function within(value: unknown, bounds: ValueBounds): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= bounds.min && value <= bounds.max;
}
