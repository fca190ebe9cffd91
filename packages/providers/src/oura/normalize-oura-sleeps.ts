import { TRAINKIT_BOUNDS } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { RecoverySignalDraft } from '../provider-record-draft.js';
import { pushSignal } from '../internal/push-signal.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';
import { normalizeOuraPage, parseDay, parseLocalized } from './oura-record-support.js';

const NOT_SLEEP = new Set(['rest', 'deleted']);

/**
 * Normalizes a page of `GET /v2/usercollection/sleep` (several periods per day) into recovery-signal drafts, measured
 * at `bedtime_end` and dated on Oura's `day`. Periods of type `rest` (falsely detected, rejected by the user) and
 * `deleted` are not sleep: they are skipped with a reason. `long_sleep` and `sleep` give `total_sleep_duration` (s),
 * `efficiency`, `average_hrv` (RMSSD, ms), `lowest_heart_rate` (as `resting_hr_bpm`) and `average_breath`; a
 * `late_nap` gives only its time asleep, as type `other`, so it never counts as the night.
 *
 * @example
 * ```ts
 * const result = normalizeOuraSleeps(await response.text());
 * result.skipped; // [{ external_id: '…', reason: 'sleep period of type rest is not sleep', path: ['data', 2] }]
 * ```
 */
export function normalizeOuraSleeps(payload: unknown): NormalizationResult {
  return runNormalizer(OURA_NORMALIZERS.sleep, payload, (value, result) => normalizeOuraPage(value, result, normalizeOuraSleepRecord));
}

function normalizeOuraSleepRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a sleep period' }, (raw, externalId) => {
    if (typeof raw.type === 'string' && NOT_SLEEP.has(raw.type)) {
      return { kind: 'skipped', skipped: { external_id: externalId, reason: `sleep period of type ${raw.type} is not sleep`, path } };
    }
    const start = parseLocalized(raw.bedtime_start);
    const end = parseLocalized(raw.bedtime_end);
    if (start === null || end === null || Date.parse(end.instant) < Date.parse(start.instant)) {
      const key = start === null ? 'bedtime_start' : 'bedtime_end';
      return recordFailure(raw, 'id', { code: 'invalid_date', message: `${key} is not a date-time with an offset, or ends before it starts`, path: [...path, key] });
    }
    const day = parseDay(raw.day);
    if (day === null) return recordFailure(raw, 'id', { code: 'invalid_date', message: 'day is not a YYYY-MM-DD date', path: [...path, 'day'] });
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const signals: RecoverySignalDraft[] = [];
    const at = { at: end.instant, day };
    if (raw.type === 'late_nap') {
      pushSignal(signals, reader, 'total_sleep_duration', { ...at, type: 'other', raw: 'late_nap_sleep_duration', unit: 's', bounds: TRAINKIT_BOUNDS.sleepDurationSeconds });
    } else {
      pushSignal(signals, reader, 'total_sleep_duration', { ...at, type: 'sleep_duration_seconds', unit: 's', bounds: TRAINKIT_BOUNDS.sleepDurationSeconds });
      pushSignal(signals, reader, 'efficiency', { ...at, type: 'sleep_efficiency_percent', unit: '%', bounds: TRAINKIT_BOUNDS.scorePercent });
      pushSignal(signals, reader, 'average_hrv', { ...at, type: 'hrv_rmssd_ms', unit: 'ms', bounds: TRAINKIT_BOUNDS.hrvRmssdMs });
      pushSignal(signals, reader, 'lowest_heart_rate', { ...at, type: 'resting_hr_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm });
      pushSignal(signals, reader, 'average_breath', { ...at, type: 'respiratory_rate_bpm', unit: 'breaths/min', bounds: { min: 1, max: 100 } });
    }
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      OURA_NORMALIZERS.sleep,
      {
        provider: 'oura',
        resource: 'sleep',
        external_id: externalId,
        record_kind: 'sleep',
        activity_type_raw: typeof raw.type === 'string' && raw.type.length > 0 ? raw.type : null,
        start_time: start.instant,
        end_time: end.instant,
        timezone_raw: null,
        utc_offset_minutes: end.offset,
        raw_payload: rawPayload,
      },
      { recovery_signals: signals, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
