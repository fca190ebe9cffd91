import { TRAINKIT_BOUNDS, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { recordDraft } from '../internal/record-draft.js';
import { addOutcome, checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { RecoverySignalDraft } from '../provider-record-draft.js';
import { WHOOP_NORMALIZERS } from './whoop-normalizers.js';
import { WHOOP_BOUNDS, normalizeWhoopPage, pushSignal, scoredScore, whoopOffset } from './whoop-record-support.js';

const MS_PER_SECOND = 1000;

/**
 * Normalizes a page of `GET /v2/activity/sleep` (`{ records, next_token }`); see {@link normalizeWhoopSleep}.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopSleeps(await response.text());
 * ```
 */
export function normalizeWhoopSleeps(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.sleep, payload, (value, result) => normalizeWhoopPage(value, result, normalizeWhoopSleepRecord));
}

/**
 * Normalizes one WHOOP sleep into recovery-signal drafts, measured at `end` and dated on the local day of waking
 * (`timezone_offset`). Only when `score_state` is `SCORED`: the time asleep (light + slow-wave + REM, ms to s) as
 * `sleep_duration_seconds`, `sleep_performance_percentage` as `sleep_score`, `sleep_efficiency_percentage`, and
 * `respiratory_rate`. A nap (`nap: true`) yields only its time asleep, as type `other` named `nap_sleep_duration`,
 * so it never counts as the night's sleep. `v1_id` is kept as `legacy_external_id`, `cycle_id` as
 * `parent_external_id`.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopSleep({ id: '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', start: '2024-06-11T21:12:40.000Z', end: '2024-06-12T05:31:07.000Z', timezone_offset: '+02:00', nap: false, score_state: 'SCORED', score: { stage_summary: { total_light_sleep_time_milli: 14400000, total_slow_wave_sleep_time_milli: 5400000, total_rem_sleep_time_milli: 6300000 } } });
 * result.drafts[0]?.recovery_signals[0]?.value; // 26100 (seconds asleep)
 * ```
 */
export function normalizeWhoopSleep(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.sleep, payload, (value, result) => addOutcome(result, normalizeWhoopSleepRecord(value, [])));
}

function normalizeWhoopSleepRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a sleep' }, (raw, externalId) => {
    const start = parseInstant(raw.start);
    if (start === null) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'start is not an ISO-8601 instant between the years 1900 and 2200', path: [...path, 'start'] });
    }
    const end = parseInstant(raw.end);
    if (end === null) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'end is not an ISO-8601 instant between the years 1900 and 2200', path: [...path, 'end'] });
    }
    if (Date.parse(end) < Date.parse(start)) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'end is before start', path: [...path, 'end'] });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const offset = whoopOffset(reader);
    const nap = reader.boolean('nap') ?? false;
    const signals: RecoverySignalDraft[] = [];
    const score = scoredScore(reader);
    if (score !== null) {
      const at = { at: end, day: localDayOf(end, { utcOffsetMinutes: offset.minutes }) };
      const stages = score.child('stage_summary');
      if (stages !== null) {
        const parts = ['total_light_sleep_time_milli', 'total_slow_wave_sleep_time_milli', 'total_rem_sleep_time_milli'].map((key) =>
          stages.number(key, { min: 0, max: TRAINKIT_BOUNDS.sleepDurationSeconds.max * MS_PER_SECOND }),
        );
        if (parts.every((part): part is number => part !== null)) {
          const seconds = parts.reduce((sum, part) => sum + part, 0) / MS_PER_SECOND;
          const bounds = TRAINKIT_BOUNDS.sleepDurationSeconds;
          if (seconds > bounds.max) {
            stages.warn('out_of_bounds', 'total_light_sleep_time_milli', `time asleep ${seconds} s is outside ${bounds.min}..${bounds.max}; dropped`);
          } else {
            signals.push({
              signal_type: nap ? 'other' : 'sleep_duration_seconds',
              signal_type_raw: nap ? 'nap_sleep_duration' : 'sleep_duration',
              measured_at: at.at,
              local_date: at.day,
              value: seconds,
              unit: 's',
              source_path: stages.base,
            });
          }
        }
      }
      if (!nap) {
        pushSignal(signals, score, 'sleep_performance_percentage', { ...at, type: 'sleep_score', unit: '%', bounds: TRAINKIT_BOUNDS.scorePercent });
        pushSignal(signals, score, 'sleep_efficiency_percentage', { ...at, type: 'sleep_efficiency_percent', unit: '%', bounds: TRAINKIT_BOUNDS.scorePercent });
        pushSignal(signals, score, 'respiratory_rate', { ...at, type: 'respiratory_rate_bpm', unit: 'breaths/min', bounds: WHOOP_BOUNDS.respiratoryRate });
      }
    }
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      WHOOP_NORMALIZERS.sleep,
      {
        provider: 'whoop',
        resource: 'sleep',
        external_id: externalId,
        parent_external_id: readId(raw.cycle_id),
        legacy_external_id: readId(raw.v1_id),
        record_kind: 'sleep',
        activity_type_raw: null,
        start_time: start,
        end_time: end,
        timezone_raw: typeof raw.timezone_offset === 'string' && raw.timezone_offset.length > 0 ? raw.timezone_offset : null,
        utc_offset_minutes: offset.known ? offset.minutes : null,
        raw_payload: rawPayload,
      },
      { recovery_signals: signals, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
