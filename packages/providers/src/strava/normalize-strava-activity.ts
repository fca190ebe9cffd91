import { mapProviderActivityType } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, localDayOf, utcOffsetMinutesAt, type Instant } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { isJsonObject, asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import {
  addOutcome,
  checkedDraft,
  recordFailure,
  runNormalizer,
  type RecordOutcome,
} from '../internal/record-outcome.js';
import { addSeconds, parseInstant, validOffset } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { ActivityDraft } from '../provider-record-draft.js';
import { parseStravaTimeZone } from './parse-strava-time-zone.js';
import { STRAVA_NORMALIZERS } from './strava-normalizers.js';

const WALL_CLOCK_PATTERN = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}:\d{2})(?:\.\d{1,9})?Z?$/;
const HIDDEN_START_TIME = '00:00:01';
const UTC_OFFSET_SECONDS = { min: -50_400, max: 50_400 };
const WORK_KJ = { min: 0, max: 1_000_000 };

/**
 * Normalizes a page of `GET /athlete/activities` (a JSON array of summary activities), given as the response text or
 * as parsed JSON. Each activity becomes a draft, or a failure that keeps its raw JSON; the page never throws.
 * See {@link normalizeStravaActivity} for the rules.
 *
 * @example
 * ```ts
 * const result = normalizeStravaActivities(await response.text());
 * result.drafts[0]?.activity?.activity_definition_slug; // 'running'
 * ```
 */
export function normalizeStravaActivities(payload: unknown): NormalizationResult {
  return runNormalizer(STRAVA_NORMALIZERS.activity, payload, (value, result) => {
    if (!Array.isArray(value)) {
      result.failures.push({
        external_id: null,
        raw_payload: asJsonValue(value),
        failure: { code: 'schema_mismatch', message: describeNotAList(value), path: [] },
      });
      return;
    }
    value.forEach((item: unknown, index) => addOutcome(result, normalizeStravaActivityRecord(item, [index], 'activities')));
  });
}

/**
 * Normalizes one activity of `GET /activities/{id}` (detailed, `resource_state` 3) or a summary, given as text or
 * parsed JSON. Rules:
 *
 * - `start_date` is the instant; `start_date_local` is local wall-clock time despite its `Z`. The offset is
 *   `utc_offset` (seconds), else `start_date_local − start_date`; the IANA zone is the text after `") "` in `timezone`,
 *   kept only when its offset at the start agrees. Hidden start times (`00:00:01` in both) keep no offset or zone.
 * - `sport_type` is preferred over the deprecated `type`; the raw value is kept and unknown values map to `other`.
 * - `kilojoules` is mechanical work (`work_kj`), never energy; `calories` (detail) is energy in kcal.
 * - A `distance` of `0` (manual and no-GPS activities) is no distance; ids are strings.
 * - Values outside `TRAINKIT_BOUNDS` (a heart rate of 900) are dropped with a warning.
 *
 * @example
 * ```ts
 * const result = normalizeStravaActivity({ id: 11843527901, sport_type: 'TrailRun', start_date: '2024-06-12T05:01:12Z', start_date_local: '2024-06-12T07:01:12Z', utc_offset: 7200, elapsed_time: 3688 });
 * result.drafts[0]?.activity?.utc_offset_minutes; // 120
 * ```
 */
export function normalizeStravaActivity(payload: unknown): NormalizationResult {
  return runNormalizer(STRAVA_NORMALIZERS.activity, payload, (value, result) => {
    addOutcome(result, normalizeStravaActivityRecord(value, [], 'activity'));
  });
}

function describeNotAList(value: unknown): string {
  if (isJsonObject(value) && typeof value.message === 'string') return `expected a list of activities, got a Strava error: ${value.message}`;
  return 'expected a JSON array of activities';
}

interface LocalTime {
  readonly offset: number;
  readonly offsetFromProvider: number | null;
  readonly zone: string | null;
  readonly hidden: boolean;
}

function resolveLocalTime(reader: FieldReader, start: Instant): LocalTime {
  const startLocalRaw = reader.raw('start_date_local');
  const wall = typeof startLocalRaw === 'string' ? WALL_CLOCK_PATTERN.exec(startLocalRaw) : null;
  if (startLocalRaw !== undefined && startLocalRaw !== null && wall === null) {
    reader.warn('invalid_value', 'start_date_local', 'start_date_local is not a local date-time; ignored');
  }
  const utcOffsetSeconds = reader.number('utc_offset', UTC_OFFSET_SECONDS);
  const fromUtcOffset = utcOffsetSeconds === null ? null : validOffset(Math.round(utcOffsetSeconds / 60));
  const wallMs = wall ? Date.parse(`${wall[1]}T${wall[2]}Z`) : Number.NaN;
  const fromWallClock = Number.isFinite(wallMs) ? validOffset(Math.round((wallMs - Date.parse(start)) / 60_000)) : null;

  if (start.slice(11, 19) === HIDDEN_START_TIME && wall?.[2] === HIDDEN_START_TIME) {
    reader.warn('start_time_hidden', 'start_date', 'the athlete hides the start time (midnight + 1 s); offset and zone unknown');
    return { offset: 0, offsetFromProvider: null, zone: null, hidden: true };
  }
  if (fromUtcOffset !== null && fromWallClock !== null && fromUtcOffset !== fromWallClock) {
    reader.warn('inconsistent_values', 'start_date_local', `start_date_local implies ${fromWallClock} min, utc_offset ${fromUtcOffset} min; utc_offset kept`);
  }
  const offsetFromProvider = fromUtcOffset ?? fromWallClock;
  const label = reader.string('timezone');
  let zone = parseStravaTimeZone(label);
  if (label !== null && zone === null) reader.warn('unknown_time_zone', 'timezone', `"${label}" names no known IANA zone; the offset is used`);
  if (zone !== null && offsetFromProvider !== null && utcOffsetMinutesAt(start, zone) !== offsetFromProvider) {
    reader.warn('inconsistent_values', 'timezone', `${zone} is not at ${offsetFromProvider} min at the start; zone dropped`);
    zone = null;
  }
  const offset = offsetFromProvider ?? (zone === null ? null : utcOffsetMinutesAt(start, zone));
  if (offset === null) {
    reader.warn('unknown_time_zone', 'utc_offset', 'no offset or zone; the start is taken as UTC for its local day');
    return { offset: 0, offsetFromProvider: null, zone: null, hidden: false };
  }
  return { offset, offsetFromProvider: offset, zone, hidden: false };
}

/** Normalizes one Strava activity object found at `path` of the payload. */
export function normalizeStravaActivityRecord(raw: unknown, path: PayloadPath, resource: string): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'an activity' }, (raw, externalId) => {
    const start = parseInstant(raw.start_date);
    if (start === null) {
      return recordFailure(raw, 'id', {
        code: 'invalid_date',
        message: 'start_date is not an ISO-8601 instant between the years 1900 and 2200',
        path: [...path, 'start_date'],
      });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const activityTypeRaw = reader.string('sport_type') ?? reader.string('type');
    const mapped = mapProviderActivityType('strava', activityTypeRaw);
    const local = resolveLocalTime(reader, start);

    const elapsed = reader.number('elapsed_time', TRAINKIT_BOUNDS.sessionDurationSeconds);
    const movingRaw = reader.raw('moving_time');
    const moving = movingRaw === 0 ? null : reader.number('moving_time', TRAINKIT_BOUNDS.sessionDurationSeconds);
    const end = elapsed === null ? null : addSeconds(start, elapsed);
    const distance = reader.raw('distance') === 0 ? null : reader.number('distance', TRAINKIT_BOUNDS.distanceM);
    const calories = reader.raw('calories') === 0 ? null : reader.number('calories', TRAINKIT_BOUNDS.energyKcal);
    const avgHr = reader.number('average_heartrate', TRAINKIT_BOUNDS.heartRateBpm);
    let maxHr = reader.number('max_heartrate', TRAINKIT_BOUNDS.heartRateBpm);
    if (avgHr !== null && maxHr !== null && maxHr < avgHr) {
      reader.warn('inconsistent_values', 'max_heartrate', `max_heartrate ${maxHr} is below average_heartrate ${avgHr}; dropped`);
      maxHr = null;
    }
    const activity: ActivityDraft = {
      activity_definition_slug: mapped.activityDefinitionSlug,
      activity_type_raw: activityTypeRaw,
      activity_type_matched: mapped.matched,
      title: reader.string('name'),
      performed_start: start,
      performed_end: end,
      timezone: local.zone,
      utc_offset_minutes: local.offset,
      local_date: localDayOf(start, { timeZone: local.zone, utcOffsetMinutes: local.offset }),
      start_time_hidden: local.hidden,
      manual: reader.boolean('manual') ?? false,
      duration_seconds: moving ?? elapsed,
      distance_m: distance,
      elevation_gain_m: reader.number('total_elevation_gain', TRAINKIT_BOUNDS.distanceM),
      energy_kcal: calories,
      work_kj: reader.number('kilojoules', WORK_KJ),
      avg_hr_bpm: avgHr,
      max_hr_bpm: maxHr,
      avg_power_w: reader.number('average_watts', TRAINKIT_BOUNDS.powerW),
      device_name: reader.string('device_name'),
    };
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      STRAVA_NORMALIZERS.activity,
      {
        provider: 'strava',
        resource,
        external_id: externalId,
        record_kind: 'activity',
        activity_type_raw: activityTypeRaw,
        start_time: start,
        end_time: end,
        timezone_raw: typeof raw.timezone === 'string' && raw.timezone.length > 0 ? raw.timezone : null,
        utc_offset_minutes: local.offsetFromProvider,
        raw_payload: rawPayload,
      },
      { activity, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
