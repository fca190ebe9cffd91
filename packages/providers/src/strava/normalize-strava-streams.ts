import { TRAINKIT_BOUNDS, type ValueBounds } from '@trainkit/core';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, payloadFailure, runNormalizer } from '../internal/record-outcome.js';
import type { NormalizationFailure, NormalizationWarning } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { MetricStreamDraft } from '../provider-record-draft.js';
import { STRAVA_NORMALIZERS } from './strava-normalizers.js';

/**
 * What a Strava stream type measures: the metric name, its SI unit, and the bounds its samples must lie within when
 * trainkit has them.
 *
 * @example
 * ```ts
 * const watts: StravaStreamMetric = { metric: 'power_w', unit: 'W', bounds: { min: 0, max: 3000 } };
 * ```
 */
export interface StravaStreamMetric {
  /** The metric name (`metric_type` of the stream draft). */
  readonly metric: string;
  /** The SI unit of its samples, `null` when unitless. */
  readonly unit: string | null;
  /** The bounds of a plausible sample, when known. */
  readonly bounds?: ValueBounds;
}

const LATITUDE = { min: -90, max: 90 };
const LONGITUDE = { min: -180, max: 180 };

/**
 * What each Strava stream type measures and in which unit (all SI already). Unknown stream types keep their raw name
 * as the metric and no unit.
 *
 * @example
 * ```ts
 * STRAVA_STREAM_METRICS.heartrate; // { metric: 'heart_rate_bpm', unit: 'bpm', bounds: { min: 20, max: 250 } }
 * ```
 */
export const STRAVA_STREAM_METRICS: Readonly<Record<string, StravaStreamMetric>> = {
  time: { metric: 'elapsed_time_s', unit: 's', bounds: { min: 0, max: TRAINKIT_BOUNDS.sessionDurationSeconds.max } },
  distance: { metric: 'distance_m', unit: 'm', bounds: TRAINKIT_BOUNDS.distanceM },
  latlng: { metric: 'position_deg', unit: 'deg' },
  altitude: { metric: 'altitude_m', unit: 'm' },
  velocity_smooth: { metric: 'speed_m_per_s', unit: 'm/s' },
  heartrate: { metric: 'heart_rate_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm },
  cadence: { metric: 'cadence_rpm', unit: 'rpm' },
  watts: { metric: 'power_w', unit: 'W', bounds: TRAINKIT_BOUNDS.powerW },
  temp: { metric: 'temperature_c', unit: 'degC' },
  moving: { metric: 'moving', unit: null },
  grade_smooth: { metric: 'grade_percent', unit: '%' },
};

/**
 * Options of {@link normalizeStravaStreams}.
 *
 * @example
 * ```ts
 * const options: StravaStreamsOptions = { activityId: 11843527901 };
 * ```
 */
export interface StravaStreamsOptions {
  /** The id of the activity the streams belong to (the response itself does not carry it). */
  readonly activityId: string | number;
}

/**
 * Normalizes `GET /activities/{id}/streams` in either shape: with `key_by_type=true` an object keyed by stream type,
 * without it an array of `{ type, data, ... }`. All streams of an activity must have the same length (index `i` of
 * each is the same instant), else the payload fails with `stream_length_mismatch`. The result is one draft whose
 * record (`resource: 'streams'`, `external_id` `"<activity id>:streams"`) points at the activity through
 * `parent_external_id` and holds one stream draft per stream, kept exactly as received; samples outside
 * `TRAINKIT_BOUNDS` (a heart rate of 900) are counted in `out_of_bounds_count` with a warning.
 *
 * @example
 * ```ts
 * const result = normalizeStravaStreams({ heartrate: { data: [120, 900], series_type: 'time' }, time: { data: [0, 1] } }, { activityId: 11843527901 });
 * result.drafts[0]?.streams.find((stream) => stream.stream_type === 'heartrate')?.out_of_bounds_count; // 1
 * ```
 */
export function normalizeStravaStreams(payload: unknown, options: StravaStreamsOptions): NormalizationResult {
  const normalizer = STRAVA_NORMALIZERS.streams;
  return runNormalizer(normalizer, payload, (value, result) => {
    const activityId = readId(options?.activityId);
    if (activityId === null) {
      result.failures.push(...payloadFailure(normalizer, value, { code: 'missing_id', message: 'activityId is not a usable Strava id', path: [] }).failures);
      return;
    }
    const entries = streamEntries(value);
    if ('failure' in entries) {
      result.failures.push({ external_id: `${activityId}:streams`, raw_payload: asJsonValue(value), failure: entries.failure });
      return;
    }
    const warnings: NormalizationWarning[] = [];
    const streams: MetricStreamDraft[] = [];
    const lengths = new Set<number>();
    for (const entry of entries.list) {
      lengths.add(entry.data.length);
      const known = STRAVA_STREAM_METRICS[entry.type];
      const outOfBounds = countOutOfBounds(entry.type, entry.data, known?.bounds);
      if (outOfBounds > 0) {
        warnings.push({
          code: 'out_of_bounds',
          message: `${outOfBounds} ${entry.type} samples lie outside their bounds; they are kept raw but never become samples`,
          path: [...entry.path, 'data'],
        });
      }
      streams.push({
        stream_type: entry.type,
        metric_type: known?.metric ?? entry.type,
        unit: known?.unit ?? null,
        sample_count: entry.data.length,
        out_of_bounds_count: outOfBounds,
        raw_stream: asJsonValue(entry.raw) ?? {},
      });
    }
    const rawPayload = asJsonValue(value) ?? {};
    if (lengths.size > 1) {
      result.failures.push({
        external_id: `${activityId}:streams`,
        raw_payload: rawPayload,
        failure: {
          code: 'stream_length_mismatch',
          message: `streams differ in length: ${entries.list.map((entry) => `${entry.type}=${entry.data.length}`).join(', ')}`,
          path: [],
        },
      });
      return;
    }
    const draft = recordDraft(
      normalizer,
      {
        provider: 'strava',
        resource: 'streams',
        external_id: `${activityId}:streams`,
        parent_external_id: activityId,
        record_kind: 'other',
        activity_type_raw: null,
        start_time: null,
        end_time: null,
        timezone_raw: null,
        utc_offset_minutes: null,
        raw_payload: rawPayload,
      },
      { streams, warnings },
    );
    const outcome = checkedDraft(draft, [], rawPayload);
    if (outcome.kind === 'draft') result.drafts.push(outcome.draft);
    else if (outcome.kind === 'failure') result.failures.push(outcome.failure);
  });
}

interface StreamEntry {
  readonly type: string;
  readonly data: readonly unknown[];
  readonly raw: unknown;
  readonly path: (string | number)[];
}

function streamEntries(value: unknown): { list: StreamEntry[] } | { failure: NormalizationFailure } {
  const list: StreamEntry[] = [];
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      if (!isJsonObject(item) || typeof item.type !== 'string' || item.type.length === 0) {
        return { failure: { code: 'schema_mismatch', message: 'each stream needs a string `type`', path: [index, 'type'] } };
      }
      if (!Array.isArray(item.data)) return { failure: { code: 'schema_mismatch', message: `stream ${item.type} has no data array`, path: [index, 'data'] } };
      if (list.some((entry) => entry.type === item.type)) {
        return { failure: { code: 'schema_mismatch', message: `stream ${item.type} appears twice`, path: [index, 'type'] } };
      }
      list.push({ type: item.type, data: item.data, raw: item, path: [index] });
    }
    return { list };
  }
  if (isJsonObject(value)) {
    for (const [type, item] of Object.entries(value)) {
      if (!isJsonObject(item) || !Array.isArray(item.data)) {
        return { failure: { code: 'schema_mismatch', message: `stream ${type} has no data array`, path: [type, 'data'] } };
      }
      list.push({ type, data: item.data, raw: item, path: [type] });
    }
    return { list };
  }
  return { failure: { code: 'schema_mismatch', message: 'streams must be an object keyed by type or an array of streams', path: [] } };
}

function countOutOfBounds(type: string, data: readonly unknown[], bounds: ValueBounds | undefined): number {
  let count = 0;
  for (const sample of data) {
    if (sample === null) continue;
    if (type === 'latlng') {
      const valid = Array.isArray(sample) && sample.length === 2 && inside(sample[0], LATITUDE) && inside(sample[1], LONGITUDE);
      if (!valid) count += 1;
    } else if (type === 'moving') {
      if (typeof sample !== 'boolean') count += 1;
    } else if (typeof sample !== 'number' || !Number.isFinite(sample) || (bounds !== undefined && !inside(sample, bounds))) {
      count += 1;
    }
  }
  return count;
}

function inside(value: unknown, bounds: ValueBounds): boolean {
  return typeof value === 'number' && Number.isFinite(value) && value >= bounds.min && value <= bounds.max;
}
