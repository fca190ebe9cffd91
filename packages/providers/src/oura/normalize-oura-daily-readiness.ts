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

/**
 * Normalizes a page of `GET /v2/usercollection/daily_readiness` into recovery-signal drafts dated on `day` and
 * measured at `timestamp`: `score` as `readiness_score` (absent when `null`) and `temperature_deviation` (°C) as
 * `skin_temperature_deviation_c`. The contributors stay in the raw payload.
 *
 * @example
 * ```ts
 * const result = normalizeOuraDailyReadiness({ data: [{ id: 'r-1', day: '2025-05-09', score: 82, temperature_deviation: -0.12, temperature_trend_deviation: 0.05, timestamp: '2025-05-09T00:00:00-07:00', contributors: {} }], next_token: null });
 * result.drafts[0]?.recovery_signals[0]?.signal_type; // 'readiness_score'
 * ```
 */
export function normalizeOuraDailyReadiness(payload: unknown): NormalizationResult {
  return runNormalizer(OURA_NORMALIZERS.daily_readiness, payload, (value, result) => normalizeOuraPage(value, result, normalizeReadinessRecord));
}

function normalizeReadinessRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a readiness' }, (raw, externalId) => {
    const day = parseDay(raw.day);
    if (day === null) return recordFailure(raw, 'id', { code: 'invalid_date', message: 'day is not a YYYY-MM-DD date', path: [...path, 'day'] });
    const timestamp = parseLocalized(raw.timestamp);
    if (timestamp === null) return recordFailure(raw, 'id', { code: 'invalid_date', message: 'timestamp is not a date-time with an offset', path: [...path, 'timestamp'] });
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const signals: RecoverySignalDraft[] = [];
    const at = { at: timestamp.instant, day };
    pushSignal(signals, reader, 'score', { ...at, type: 'readiness_score', raw: 'readiness_score', unit: null, bounds: TRAINKIT_BOUNDS.scorePercent });
    pushSignal(signals, reader, 'temperature_deviation', { ...at, type: 'skin_temperature_deviation_c', unit: 'degC', bounds: { min: -10, max: 10 } });
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      OURA_NORMALIZERS.daily_readiness,
      {
        provider: 'oura', resource: 'daily_readiness', external_id: externalId,
        record_kind: 'recovery', activity_type_raw: null, start_time: timestamp.instant, end_time: null, timezone_raw: null,
        utc_offset_minutes: timestamp.offset, raw_payload: rawPayload,
      },
      { recovery_signals: signals, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
