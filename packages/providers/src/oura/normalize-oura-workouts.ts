import { mapProviderActivityType } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { ActivityDraft } from '../provider-record-draft.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';
import { normalizeOuraPage, parseLocalized } from './oura-record-support.js';

/**
 * Normalizes a page of `GET /v2/usercollection/workout` (`{ data, next_token }`) into activity drafts.
 * `start_datetime` / `end_datetime` are local times with their offset: the instant is converted to UTC and the offset
 * kept (Oura names no zone). `activity` is an open vocabulary, mapped through the catalog with the raw value kept;
 * `calories` is kcal, `distance` metres; `source: "manual"` marks a manual workout; `label` is the title.
 *
 * @example
 * ```ts
 * const result = normalizeOuraWorkouts({ data: [{ id: 'w-1', activity: 'running', calories: 512.4, day: '2025-05-08', distance: 8012.5, start_datetime: '2025-05-08T18:00:00-07:00', end_datetime: '2025-05-08T18:52:10-07:00', intensity: 'moderate', label: null, source: 'confirmed' }], next_token: null });
 * result.drafts[0]?.activity?.performed_start; // '2025-05-09T01:00:00.000Z'
 * ```
 */
export function normalizeOuraWorkouts(payload: unknown): NormalizationResult {
  return runNormalizer(OURA_NORMALIZERS.workout, payload, (value, result) => normalizeOuraPage(value, result, normalizeOuraWorkoutRecord));
}

function normalizeOuraWorkoutRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a workout' }, (raw, externalId) => {
    const start = parseLocalized(raw.start_datetime);
    if (start === null) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'start_datetime is not a date-time with an offset between the years 1900 and 2200', path: [...path, 'start_datetime'] });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    let end = parseLocalized(raw.end_datetime)?.instant ?? null;
    if (end === null) reader.warn('invalid_value', 'end_datetime', 'end_datetime is missing or not a date-time; dropped');
    else {
      const elapsed = (Date.parse(end) - Date.parse(start.instant)) / 1000;
      const bounds = TRAINKIT_BOUNDS.sessionDurationSeconds;
      if (elapsed < bounds.min || elapsed > bounds.max) {
        reader.warn('out_of_bounds', 'end_datetime', `end_datetime is ${elapsed} s after the start, outside ${bounds.min}..${bounds.max}; dropped`);
        end = null;
      }
    }
    const activityTypeRaw = reader.string('activity');
    const mapped = mapProviderActivityType('oura', activityTypeRaw);
    const activity: ActivityDraft = {
      activity_definition_slug: mapped.activityDefinitionSlug,
      activity_type_raw: activityTypeRaw,
      activity_type_matched: mapped.matched,
      title: reader.string('label'),
      performed_start: start.instant,
      performed_end: end,
      timezone: null,
      utc_offset_minutes: start.offset,
      local_date: localDayOf(start.instant, { utcOffsetMinutes: start.offset }),
      start_time_hidden: false,
      manual: reader.string('source') === 'manual',
      duration_seconds: end === null ? null : (Date.parse(end) - Date.parse(start.instant)) / 1000,
      distance_m: reader.number('distance', TRAINKIT_BOUNDS.distanceM),
      elevation_gain_m: null,
      energy_kcal: reader.number('calories', TRAINKIT_BOUNDS.energyKcal),
      work_kj: null,
      avg_hr_bpm: null,
      max_hr_bpm: null,
      avg_power_w: null,
      device_name: null,
    };
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      OURA_NORMALIZERS.workout,
      {
        provider: 'oura',
        resource: 'workout',
        external_id: externalId,
        record_kind: 'activity',
        activity_type_raw: activityTypeRaw,
        start_time: start.instant,
        end_time: end,
        timezone_raw: null,
        utc_offset_minutes: start.offset,
        raw_payload: rawPayload,
      },
      { activity, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
