import { mapProviderActivityType } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, kilojoulesToKcal, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { addOutcome, checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { ActivityDraft } from '../provider-record-draft.js';
import { normalizeWhoopPage, scoredScore, whoopOffset } from './whoop-record-support.js';
import { WHOOP_NORMALIZERS } from './whoop-normalizers.js';

/**
 * Normalizes a page of `GET /v2/activity/workout` (`{ records, next_token }`) into activity drafts; `next_token` is
 * kept in the result. Records of the v1 API (integer ids) in the page are read as by {@link normalizeWhoopWorkout}.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopWorkouts(await response.text());
 * result.next_token; // pass it back as the `nextToken` query parameter
 * ```
 */
export function normalizeWhoopWorkouts(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.workout, payload, (value, result) => normalizeWhoopPage(value, result, normalizeWhoopWorkoutRecord));
}

/**
 * Normalizes one WHOOP workout: v2 (`id` a UUID, `sport_name`, `score.zone_durations`) or legacy v1 (`id` an
 * integer, `sport_id`, `score.zone_duration`). Rules:
 *
 * - `start`/`end` are UTC; `timezone_offset` is an offset (not a zone), so drafts carry no IANA zone;
 * - `sport_name` is matched case-insensitively through the catalog (v1: `sport_id`); unknown sports map to `other`,
 *   keeping the raw value;
 * - scores are read only when `score_state` is `SCORED`: `kilojoule` is energy, converted to kcal by / 4.184
 *   exactly; heart rates, `distance_meter`, `altitude_gain_meter`;
 * - v2 `v1_id` is kept as the record's `legacy_external_id`; ids are strings.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopWorkout({ id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', start: '2024-06-12T17:02:11.512Z', end: '2024-06-12T18:10:42.101Z', timezone_offset: '+02:00', sport_name: 'weightlifting', score_state: 'SCORED', score: { kilojoule: 1673.6 } });
 * result.drafts[0]?.activity?.energy_kcal; // 400
 * ```
 */
export function normalizeWhoopWorkout(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.workout, payload, (value, result) => addOutcome(result, normalizeWhoopWorkoutRecord(value, [])));
}

function normalizeWhoopWorkoutRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a workout' }, (raw, externalId) => {
    const start = parseInstant(raw.start);
    if (start === null) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'start is not an ISO-8601 instant between the years 1900 and 2200', path: [...path, 'start'] });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    let end = parseInstant(raw.end);
    if (end === null) {
      reader.warn('invalid_value', 'end', 'end is missing or not an instant; dropped');
    } else {
      const elapsed = (Date.parse(end) - Date.parse(start)) / 1000;
      const bounds = TRAINKIT_BOUNDS.sessionDurationSeconds;
      if (elapsed < bounds.min || elapsed > bounds.max) {
        reader.warn('out_of_bounds', 'end', `end is ${elapsed} s after start, outside ${bounds.min}..${bounds.max}; dropped`);
        end = null;
      }
    }
    const offset = whoopOffset(reader);
    const sportName = reader.string('sport_name');
    const sportId = typeof raw.sport_id === 'number' && Number.isSafeInteger(raw.sport_id) ? raw.sport_id : null;
    const activityTypeRaw = sportName ?? (sportId === null ? null : String(sportId));
    const mapped = mapProviderActivityType('whoop', sportName ?? sportId);

    const score = scoredScore(reader);
    const kilojoule = score?.number('kilojoule') ?? null;
    let energyKcal = kilojoule === null ? null : kilojoulesToKcal(kilojoule);
    if (energyKcal !== null && (energyKcal < TRAINKIT_BOUNDS.energyKcal.min || energyKcal > TRAINKIT_BOUNDS.energyKcal.max)) {
      score?.warn('out_of_bounds', 'kilojoule', `kilojoule ${kilojoule} is ${energyKcal} kcal, outside ${TRAINKIT_BOUNDS.energyKcal.min}..${TRAINKIT_BOUNDS.energyKcal.max}; dropped`);
      energyKcal = null;
    }
    const avgHr = score?.number('average_heart_rate', TRAINKIT_BOUNDS.heartRateBpm) ?? null;
    let maxHr = score?.number('max_heart_rate', TRAINKIT_BOUNDS.heartRateBpm) ?? null;
    if (avgHr !== null && maxHr !== null && maxHr < avgHr) {
      score?.warn('inconsistent_values', 'max_heart_rate', `max_heart_rate ${maxHr} is below average_heart_rate ${avgHr}; dropped`);
      maxHr = null;
    }
    const activity: ActivityDraft = {
      activity_definition_slug: mapped.activityDefinitionSlug,
      activity_type_raw: activityTypeRaw,
      activity_type_matched: mapped.matched,
      title: null,
      performed_start: start,
      performed_end: end,
      timezone: null,
      utc_offset_minutes: offset.minutes,
      local_date: localDayOf(start, { utcOffsetMinutes: offset.minutes }),
      start_time_hidden: false,
      manual: false,
      duration_seconds: end === null ? null : (Date.parse(end) - Date.parse(start)) / 1000,
      distance_m: score?.number('distance_meter', TRAINKIT_BOUNDS.distanceM) ?? null,
      elevation_gain_m: score?.number('altitude_gain_meter', TRAINKIT_BOUNDS.distanceM) ?? null,
      energy_kcal: energyKcal,
      work_kj: null,
      avg_hr_bpm: avgHr,
      max_hr_bpm: maxHr,
      avg_power_w: null,
      device_name: null,
    };
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      WHOOP_NORMALIZERS.workout,
      {
        provider: 'whoop',
        resource: 'workout',
        external_id: externalId,
        legacy_external_id: readId(raw.v1_id),
        record_kind: 'activity',
        activity_type_raw: activityTypeRaw,
        start_time: start,
        end_time: end,
        timezone_raw: typeof raw.timezone_offset === 'string' && raw.timezone_offset.length > 0 ? raw.timezone_offset : null,
        utc_offset_minutes: offset.known ? offset.minutes : null,
        raw_payload: rawPayload,
      },
      { activity, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
