import { SaxesParser } from 'saxes';
import type { JsonValue } from '@trainkit/core';
import { guard } from '../internal/guard.js';
import { readId } from '../internal/read-id.js';
import { addOutcome, emptyResult } from '../internal/record-outcome.js';
import type { NormalizationWarning } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { MetricSampleDraft, MetricStreamDraft } from '../provider-record-draft.js';
import { appleRecord, checkedAppleDraft } from './apple-health-draft.js';
import { APPLE_HEALTH_NORMALIZERS } from './apple-health-normalizers.js';
import { parseAppleHealthNumber } from './apple-health-units.js';
import { instantOf, parseAppleHealthDate } from './parse-apple-health-date.js';

/**
 * Options of {@link normalizeAppleHealthRoute}.
 *
 * @example
 * ```ts
 * const options: AppleHealthRouteOptions = { workoutExternalId: 'workout:3f0c9a1b2c3d4e5f', fileName: '/workout-routes/route_2025-05-03_7.12am.gpx' };
 * ```
 */
export interface AppleHealthRouteOptions {
  /** The external id of the workout whose `WorkoutRoute` references the file (see `AppleHealthRouteReference`). */
  readonly workoutExternalId: string;
  /** The file's path in the export, kept in the raw payload and in the record's id. */
  readonly fileName?: string;
}

interface RoutePoint {
  lat: number | null;
  lon: number | null;
  ele: number | null;
  speed: number | null;
  time: number | null;
}

const MAX_XML_ERRORS = 20;

/**
 * Normalizes one workout route file of an Apple Health export (`workout-routes/route_….gpx`, GPX 1.1 text or UTF-8
 * bytes) into one raw record (`resource: 'workout_route'`, its `parent_external_id` the workout, the GPX text kept in
 * the payload as `{ file, gpx }`) holding the track points as streams of equal length, index `i` of each the same
 * point: `latlng` (`position_deg`, `[lat, lon]`), `time` (`elapsed_time_s` since the first point), `altitude`
 * (`altitude_m`, from `<ele>`) and `speed` (`speed_m_per_s`, from Apple's `<extensions><speed>`) when the file has
 * them; and metric samples (`latitude_deg`, `longitude_deg`, `altitude_m`, `speed_m_per_s`) for each timed point.
 * Points outside the valid coordinate range are kept raw and counted in `out_of_bounds_count`. Never throws: a file
 * that is not GPX XML is an `invalid_xml` failure; a file without track points is skipped.
 *
 * @example
 * ```ts
 * const gpx = '<gpx version="1.1"><trk><trkseg><trkpt lat="37.77" lon="-122.41"><ele>12.3</ele><time>2025-05-03T14:12:46Z</time></trkpt></trkseg></trk></gpx>';
 * const result = normalizeAppleHealthRoute(gpx, { workoutExternalId: 'workout:3f0c9a1b2c3d4e5f' });
 * result.drafts[0]?.record.parent_external_id; // 'workout:3f0c9a1b2c3d4e5f'
 * ```
 */
export function normalizeAppleHealthRoute(gpx: string | Uint8Array, options: AppleHealthRouteOptions): NormalizationResult {
  const normalizer = APPLE_HEALTH_NORMALIZERS.workout_route;
  const result = emptyResult(normalizer);
  return guard(
    () => {
      const workoutId = readId(options?.workoutExternalId);
      const fileName = typeof options?.fileName === 'string' && options.fileName.length > 0 ? options.fileName : null;
      const text = typeof gpx === 'string' ? gpx : gpx instanceof Uint8Array ? new TextDecoder('utf-8').decode(gpx) : null;
      if (text === null) {
        result.failures.push({ external_id: null, raw_payload: null, failure: { code: 'schema_mismatch', message: 'a route must be GPX text or bytes', path: [] } });
        return result;
      }
      const rawPayload: JsonValue = { file: fileName ?? '', gpx: text };
      if (workoutId === null) {
        result.failures.push({ external_id: null, raw_payload: rawPayload, failure: { code: 'missing_id', message: 'workoutExternalId is not a usable id', path: [] } });
        return result;
      }
      const base = fileName === null ? null : fileName.slice(fileName.lastIndexOf('/') + 1);
      const externalId = base === null || base.length === 0 ? `${workoutId}:route` : `${workoutId}:route:${base}`;
      const parsed = parseGpx(text);
      if (parsed.error !== null) {
        result.failures.push({ external_id: externalId, raw_payload: rawPayload, failure: { code: 'invalid_xml', message: parsed.error, path: [] } });
        return result;
      }
      const points = parsed.points;
      if (points.length === 0) {
        result.skipped.push({ external_id: externalId, reason: 'route file without track points', path: [] });
        return result;
      }
      const warnings: NormalizationWarning[] = [];
      let badPositions = 0;
      let firstTime: number | null = null;
      let lastTime: number | null = null;
      for (const point of points) {
        if (point.time !== null) {
          firstTime = firstTime === null ? point.time : Math.min(firstTime, point.time);
          lastTime = lastTime === null ? point.time : Math.max(lastTime, point.time);
        }
        if (!validPosition(point)) badPositions += 1;
      }
      if (badPositions > 0) warnings.push({ code: 'out_of_bounds', message: `${badPositions} track points have no valid latitude/longitude; kept raw, never samples`, path: ['gpx'] });
      const hasEle = points.some((point) => point.ele !== null);
      const hasSpeed = points.some((point) => point.speed !== null);
      const streams: MetricStreamDraft[] = [
        { stream_type: 'latlng', metric_type: 'position_deg', unit: 'deg', sample_count: points.length, out_of_bounds_count: badPositions, raw_stream: { data: points.map((point) => [point.lat, point.lon]) } },
        { stream_type: 'time', metric_type: 'elapsed_time_s', unit: 's', sample_count: points.length, out_of_bounds_count: 0, raw_stream: { data: points.map((point) => (point.time === null || firstTime === null ? null : (point.time - firstTime) / 1000)) } },
      ];
      if (hasEle) streams.push({ stream_type: 'altitude', metric_type: 'altitude_m', unit: 'm', sample_count: points.length, out_of_bounds_count: 0, raw_stream: { data: points.map((point) => point.ele) } });
      if (hasSpeed) streams.push({ stream_type: 'speed', metric_type: 'speed_m_per_s', unit: 'm/s', sample_count: points.length, out_of_bounds_count: 0, raw_stream: { data: points.map((point) => point.speed) } });
      const samples: MetricSampleDraft[] = [];
      const altitudeIndex = hasEle ? 2 : null;
      const speedIndex = hasSpeed ? (hasEle ? 3 : 2) : null;
      for (const point of points) {
        if (point.time === null) continue;
        const at = instantOf(point.time);
        if (validPosition(point)) {
          samples.push({ metric_type: 'latitude_deg', recorded_at: at, value: point.lat!, unit: 'deg', stream_index: 0 });
          samples.push({ metric_type: 'longitude_deg', recorded_at: at, value: point.lon!, unit: 'deg', stream_index: 0 });
        }
        if (point.ele !== null && altitudeIndex !== null) samples.push({ metric_type: 'altitude_m', recorded_at: at, value: point.ele, unit: 'm', stream_index: altitudeIndex });
        if (point.speed !== null && speedIndex !== null && point.speed >= 0) samples.push({ metric_type: 'speed_m_per_s', recorded_at: at, value: point.speed, unit: 'm/s', stream_index: speedIndex });
      }
      const record = appleRecord({
        resource: 'workout_route',
        external_id: externalId,
        parent_external_id: workoutId,
        record_kind: 'other',
        start_time: firstTime === null ? null : instantOf(firstTime),
        end_time: lastTime === null ? null : instantOf(lastTime),
        raw_payload: rawPayload,
      });
      addOutcome(result, checkedAppleDraft(normalizer, record, { streams, samples, warnings }, []));
      return result;
    },
    (failure) => ({ ...emptyResult(normalizer), failures: [{ external_id: null, raw_payload: null, failure }] }),
  );
}

function validPosition(point: RoutePoint): boolean {
  return point.lat !== null && point.lon !== null && point.lat >= -90 && point.lat <= 90 && point.lon >= -180 && point.lon <= 180;
}

/** The track points of a GPX document (`trkpt`, and `rtept`/`wpt` are ignored), or the first XML error. */
function parseGpx(text: string): { readonly points: RoutePoint[]; readonly error: string | null } {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const points: RoutePoint[] = [];
  let current: RoutePoint | null = null;
  let field: 'ele' | 'time' | 'speed' | null = null;
  let buffer = '';
  let root: string | null = null;
  const errors: string[] = [];
  parser.on('error', (error) => {
    if (errors.length < MAX_XML_ERRORS) errors.push(`${error.message} (at character ${parser.position})`);
  });
  parser.on('opentag', (tag) => {
    root ??= tag.name;
    if (tag.name === 'trkpt') {
      current = { lat: parseAppleHealthNumber(tag.attributes.lat), lon: parseAppleHealthNumber(tag.attributes.lon), ele: null, speed: null, time: null };
    } else if (current !== null && (tag.name === 'ele' || tag.name === 'time' || tag.name === 'speed')) {
      field = tag.name;
      buffer = '';
    }
  });
  parser.on('text', (value) => {
    if (field !== null) buffer += value;
  });
  parser.on('closetag', (tag) => {
    const point: RoutePoint | null = current;
    if (tag.name === 'trkpt' && point !== null) {
      points.push(point);
      current = null;
    } else if (point !== null && field !== null && tag.name === field) {
      const value = buffer.trim();
      if (field === 'time') point.time = parseAppleHealthDate(value)?.ms ?? null;
      else point[field] = parseAppleHealthNumber(value);
      field = null;
    }
  });
  parser.write(text.replace(/^\uFEFF/, '')).close();
  if (errors.length > 0) return { points: [], error: errors[0]! };
  if (root !== 'gpx') return { points: [], error: `not a GPX file: the root element is <${root ?? 'none'}>` };
  return { points, error: null };
}
