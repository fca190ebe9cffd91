import { TRAINKIT_BOUNDS } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { instantFromMs } from '../internal/instant-from-ms.js';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedSeriesDraft } from '../internal/checked-series-draft.js';
import { recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { addSeconds } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import type { GarminNormalizeOptions } from './garmin-options.js';
import { epochSecondsInstant, normalizeGarminSummaries, readGarminOffset } from './garmin-record-support.js';
import { GARMIN_SAMPLE_METRICS as M, isPosition } from './garmin-sample-metrics.js';
import { buildSeries, type SeriesColumn, type SeriesRow } from './sample-series.js';

const DETAIL_SUFFIX = '-detail';

type Sample = Record<string, unknown>;

const field = (key: string) => (row: Sample): unknown => row[key];

/** The columns of Activity Details samples, in the order their streams are listed. */
const DETAIL_COLUMNS: readonly SeriesColumn<Sample>[] = [
  { stream: 'startTimeInSeconds', metric: 'epoch_time_s', unit: 's', read: field('startTimeInSeconds'), valid: (value) => epochSecondsInstant(value) !== null, sample: false },
  { stream: 'heartRate', ...M.heartRate, read: field('heartRate'), sample: true },
  { stream: 'speedMetersPerSecond', ...M.speed, read: field('speedMetersPerSecond'), sample: true },
  { stream: 'powerInWatts', ...M.power, read: field('powerInWatts'), sample: true },
  { stream: 'bikeCadenceInRPM', ...M.cadence, read: field('bikeCadenceInRPM'), sample: true },
  { stream: 'stepsPerMinute', ...M.stepCadence, read: field('stepsPerMinute'), sample: true },
  { stream: 'swimCadenceInStrokesPerMinute', ...M.swimCadence, read: field('swimCadenceInStrokesPerMinute'), sample: true },
  { stream: 'elevationInMeters', ...M.altitude, read: field('elevationInMeters'), sample: true },
  { stream: 'totalDistanceInMeters', ...M.distance, read: field('totalDistanceInMeters'), sample: false },
  {
    stream: 'latitudeInDegree,longitudeInDegree',
    ...M.position,
    read: (row) => (row.latitudeInDegree === undefined && row.longitudeInDegree === undefined ? null : [row.latitudeInDegree ?? null, row.longitudeInDegree ?? null]),
    valid: isPosition,
    sample: false,
  },
  { stream: 'airTemperatureCelcius', ...M.temperature, read: field('airTemperatureCelcius'), sample: false },
  { stream: 'timerDurationInSeconds', metric: 'timer_time_s', unit: 's', bounds: M.time.bounds, read: field('timerDurationInSeconds'), sample: false },
  { stream: 'clockDurationInSeconds', metric: 'clock_time_s', unit: 's', bounds: M.time.bounds, read: field('clockDurationInSeconds'), sample: false },
  { stream: 'movingDurationInSeconds', metric: 'moving_time_s', unit: 's', bounds: M.time.bounds, read: field('movingDurationInSeconds'), sample: false },
  { stream: 'directWheelchairCadence', metric: 'wheelchair_cadence_ppm', unit: 'pushes/min', bounds: { min: 0, max: 300 }, read: field('directWheelchairCadence'), sample: false },
];

/**
 * Normalizes Garmin activity details (`{ activityDetails: [...] }` as pushed, or the array a callback returns), text
 * or parsed JSON. A detail belongs to an activity summary: its record (resource `activity_details`, keyed by its own
 * `summaryId`, `"<id>-detail"`) points at the summary through `parent_external_id` (the `summaryId` without `-detail`,
 * else the `activityId`), carries the summary's start, end and offset, and holds no activity of its own; the pipeline
 * attaches its series to the parent's activity. Rules:
 *
 * - `summary.startTimeInSeconds` is required (UTC); `summary.startTimeOffsetInSeconds` is the device offset;
 * - each field of `samples` (one row per time, as often as once a second) becomes a raw stream named after the field,
 *   `null` where a row lacks it; `latitudeInDegree`/`longitudeInDegree` form one position stream;
 * - heart rate, speed, power, bike/run/swim cadence and elevation also become metric samples at each row's
 *   `startTimeInSeconds`; values outside their bounds (a heart rate of 900) are counted with a warning and never
 *   sampled; positions are never samples;
 * - `laps` (lap start times) stay in the raw payload; a manual activity has no samples and gives no streams.
 *
 * @example
 * ```ts
 * const result = normalizeGarminActivityDetails({ activityDetails: [{ summaryId: '10884381234-detail', activityId: 10884381234, summary: { startTimeInSeconds: 1746256320, startTimeOffsetInSeconds: 7200, durationInSeconds: 60, activityType: 'RUNNING' }, samples: [{ startTimeInSeconds: 1746256320, heartRate: 121 }] }] });
 * result.drafts[0]?.record.parent_external_id; // '10884381234'
 * result.drafts[0]?.samples[0]?.metric_type; // 'heart_rate_bpm'
 * ```
 */
export function normalizeGarminActivityDetails(payload: unknown, options: GarminNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(GARMIN_NORMALIZERS.activity_details, payload, (value, result) =>
    normalizeGarminSummaries(value, result, ['activityDetails'], options, normalizeGarminActivityDetailRecord),
  );
}

function normalizeGarminActivityDetailRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'summaryId', what: 'an activity detail' }, (raw, externalId) => {
    if (!isJsonObject(raw.summary)) return recordFailure(raw, 'summaryId', { code: 'schema_mismatch', message: 'the activity detail has no summary object', path: [...path, 'summary'] });
    const start = epochSecondsInstant(raw.summary.startTimeInSeconds);
    if (start === null) {
      return recordFailure(raw, 'summaryId', {
        code: 'invalid_date',
        message: 'summary.startTimeInSeconds is not a Unix time in seconds between the years 1900 and 2200',
        path: [...path, 'summary', 'startTimeInSeconds'],
      });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const summary = reader.child('summary');
    const local = summary === null ? { offset: 0, fromProvider: null } : readGarminOffset(summary, 'startTimeOffsetInSeconds');
    const duration = summary?.number('durationInSeconds', TRAINKIT_BOUNDS.sessionDurationSeconds) ?? null;
    const rows = detailRows(reader, warnings);
    const series = buildSeries(rows, DETAIL_COLUMNS, warnings, reader.path('samples'));
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      GARMIN_NORMALIZERS.activity_details,
      {
        provider: 'garmin',
        resource: 'activity_details',
        external_id: externalId,
        parent_external_id: parentSummaryId(externalId, raw.activityId),
        record_kind: 'other',
        activity_type_raw: summary?.string('activityType') ?? null,
        start_time: start,
        end_time: duration === null ? null : addSeconds(start, duration),
        timezone_raw: null,
        utc_offset_minutes: local.fromProvider,
        raw_payload: rawPayload,
      },
      { streams: series.streams, samples: series.samples, warnings },
    );
    return checkedSeriesDraft(draft, path, rawPayload, { rawIsJson: true });
  });
}

function parentSummaryId(externalId: string, activityId: unknown): string | null {
  if (externalId.endsWith(DETAIL_SUFFIX) && externalId.length > DETAIL_SUFFIX.length) return externalId.slice(0, -DETAIL_SUFFIX.length);
  const fromActivity = readId(activityId);
  return fromActivity === null || fromActivity === externalId ? null : fromActivity;
}

function detailRows(reader: FieldReader, warnings: NormalizationWarning[]): SeriesRow<Sample>[] {
  const samples = reader.raw('samples');
  if (samples === undefined || samples === null) return [];
  if (!Array.isArray(samples)) {
    reader.warn('invalid_value', 'samples', 'samples is not an array; no series read');
    return [];
  }
  const rows: SeriesRow<Sample>[] = [];
  let untimed = 0;
  for (const sample of samples) {
    const row: Sample = isJsonObject(sample) ? sample : {};
    const seconds = row.startTimeInSeconds;
    const at = typeof seconds === 'number' ? instantFromMs(seconds * 1000) : null;
    if (at === null) untimed += 1;
    rows.push({ at, row });
  }
  if (untimed > 0) {
    warnings.push({ code: 'invalid_value', message: `${untimed} samples have no usable startTimeInSeconds (or are not objects); they give no metric samples`, path: reader.path('samples') });
  }
  return rows;
}
