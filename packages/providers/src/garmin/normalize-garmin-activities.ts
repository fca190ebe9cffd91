import { mapProviderActivityType } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { addSeconds } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { ActivityDraft } from '../provider-record-draft.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import type { GarminNormalizeOptions } from './garmin-options.js';
import { epochSecondsInstant, normalizeGarminSummaries, readGarminOffset } from './garmin-record-support.js';

/** The device name Garmin gives activities created by hand in Garmin Connect. */
const MANUAL_DEVICE_NAME = 'unknown';

/**
 * Normalizes Garmin activity summaries, given as the body Garmin pushes (`{ activities: [...] }` or
 * `{ manuallyUpdatedActivities: [...] }`) or as the array a ping callback or pull returns, text or parsed JSON. Each
 * summary becomes a raw record keyed by `summaryId` (resource `activities`) with an activity draft, or a failure
 * that keeps its raw JSON; nothing throws. Rules:
 *
 * - `startTimeInSeconds` is the UTC start; `startTimeOffsetInSeconds` the device's local offset (no zone name);
 * - `durationInSeconds` is the only duration Garmin gives (timer time): the end is start + duration;
 * - `activityType` (UPPER_SNAKE, an open list) is mapped through the catalog; unknown types map to `other` and keep
 *   the raw value;
 * - `activeKilocalories` is active energy (BMR excluded) and becomes `energy_kcal`; a `distanceInMeters` of `0` is no
 *   distance;
 * - manual activities (`manual: true`, or `deviceName: "unknown"`) are `manual` with no device name;
 * - multisport: a child's `parentSummaryId` becomes `parent_external_id`; the parent (`isParent`) is a `multi_sport`
 *   activity of its own;
 * - absent fields are omitted by Garmin and stay `null`; values outside `TRAINKIT_BOUNDS` are dropped with a warning.
 *
 * With `options.garminUserId`, summaries of other Garmin users in the same batch are skipped.
 *
 * @example
 * ```ts
 * const result = normalizeGarminActivities({ activities: [{ userId: 'u-1', summaryId: '10884381234', activityType: 'TRAIL_RUNNING', startTimeInSeconds: 1746256320, startTimeOffsetInSeconds: 7200, durationInSeconds: 3600 }] });
 * result.drafts[0]?.activity?.activity_definition_slug; // 'trail_running'
 * ```
 */
export function normalizeGarminActivities(payload: unknown, options: GarminNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(GARMIN_NORMALIZERS.activities, payload, (value, result) =>
    normalizeGarminSummaries(value, result, ['activities', 'manuallyUpdatedActivities'], options, normalizeGarminActivityRecord),
  );
}

function normalizeGarminActivityRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'summaryId', what: 'an activity summary' }, (raw, externalId) => {
    const start = epochSecondsInstant(raw.startTimeInSeconds);
    if (start === null) {
      return recordFailure(raw, 'summaryId', {
        code: 'invalid_date',
        message: 'startTimeInSeconds is not a Unix time in seconds between the years 1900 and 2200',
        path: [...path, 'startTimeInSeconds'],
      });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const local = readGarminOffset(reader, 'startTimeOffsetInSeconds');
    const activityTypeRaw = reader.string('activityType');
    const mapped = mapProviderActivityType('garmin', activityTypeRaw);
    const duration = reader.number('durationInSeconds', TRAINKIT_BOUNDS.sessionDurationSeconds);
    const end = duration === null ? null : addSeconds(start, duration);
    const deviceName = reader.string('deviceName');
    const manual = reader.boolean('manual') === true || deviceName?.toLowerCase() === MANUAL_DEVICE_NAME;
    const avgHr = reader.number('averageHeartRateInBeatsPerMinute', TRAINKIT_BOUNDS.heartRateBpm);
    let maxHr = reader.number('maxHeartRateInBeatsPerMinute', TRAINKIT_BOUNDS.heartRateBpm);
    if (avgHr !== null && maxHr !== null && maxHr < avgHr) {
      reader.warn('inconsistent_values', 'maxHeartRateInBeatsPerMinute', `maxHeartRateInBeatsPerMinute ${maxHr} is below the average ${avgHr}; dropped`);
      maxHr = null;
    }
    const parentRaw = reader.raw('parentSummaryId');
    const parentId = parentRaw === undefined || parentRaw === null ? null : readId(parentRaw);
    if (parentRaw !== undefined && parentRaw !== null && parentId === null) reader.warn('invalid_value', 'parentSummaryId', 'parentSummaryId is not a usable id; dropped');
    const activity: ActivityDraft = {
      activity_definition_slug: mapped.activityDefinitionSlug,
      activity_type_raw: activityTypeRaw,
      activity_type_matched: mapped.matched,
      title: reader.string('activityName'),
      performed_start: start,
      performed_end: end,
      timezone: null,
      utc_offset_minutes: local.offset,
      local_date: localDayOf(start, { utcOffsetMinutes: local.offset }),
      start_time_hidden: false,
      manual,
      duration_seconds: duration,
      distance_m: reader.raw('distanceInMeters') === 0 ? null : reader.number('distanceInMeters', TRAINKIT_BOUNDS.distanceM),
      elevation_gain_m: reader.number('totalElevationGainInMeters', TRAINKIT_BOUNDS.distanceM),
      energy_kcal: reader.number('activeKilocalories', TRAINKIT_BOUNDS.energyKcal),
      work_kj: null,
      avg_hr_bpm: avgHr,
      max_hr_bpm: maxHr,
      avg_power_w: null,
      device_name: manual && deviceName?.toLowerCase() === MANUAL_DEVICE_NAME ? null : deviceName,
    };
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      GARMIN_NORMALIZERS.activities,
      {
        provider: 'garmin',
        resource: 'activities',
        external_id: externalId,
        parent_external_id: parentId === externalId ? null : parentId,
        record_kind: 'activity',
        activity_type_raw: activityTypeRaw,
        start_time: start,
        end_time: end,
        timezone_raw: null,
        utc_offset_minutes: local.fromProvider,
        raw_payload: rawPayload,
      },
      { activity, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
