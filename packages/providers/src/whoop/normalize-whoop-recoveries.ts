import { TRAINKIT_BOUNDS } from '@trainkit/core';
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
import type { WhoopNormalizeOptions } from './whoop-options.js';
import { WHOOP_BOUNDS, localDayInOptionalZone, normalizeWhoopPage, pushSignal, scoredScore } from './whoop-record-support.js';

/**
 * Normalizes a page of `GET /v2/recovery` (`{ records, next_token }`); see {@link normalizeWhoopRecovery}.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopRecoveries(await response.text(), { timeZone: 'Europe/Berlin' });
 * ```
 */
export function normalizeWhoopRecoveries(payload: unknown, options: WhoopNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.recovery, payload, (value, result) =>
    normalizeWhoopPage(value, result, (raw, path) => normalizeWhoopRecoveryRecord(raw, path, options)),
  );
}

/**
 * Normalizes one WHOOP recovery into recovery-signal drafts. A recovery has no id of its own: its record is keyed by
 * `<cycle_id>:recovery` (the cycle itself holds the bare cycle id), with `sleep_id` (a UUID in v2, an integer in v1) as `parent_external_id`. Signals, read only when
 * `score_state` is `SCORED`, are measured at `created_at`: `recovery_score`, `resting_heart_rate`,
 * `hrv_rmssd_milli` (RMSSD, ms), and, from WHOOP 4.0 on, `spo2_percentage` and `skin_temp_celsius` (as `other`,
 * keeping their names). A recovery carries no offset, so its local day uses `options.timeZone`.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopRecovery({ cycle_id: 93845, sleep_id: '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', user_id: 10129, created_at: '2024-06-12T05:40:12.334Z', updated_at: '2024-06-12T05:40:12.334Z', score_state: 'SCORED', score: { user_calibrating: false, recovery_score: 71, resting_heart_rate: 52, hrv_rmssd_milli: 61.2 } }, { timeZone: 'Europe/Berlin' });
 * result.drafts[0]?.recovery_signals.map((signal) => signal.signal_type); // ['recovery_score', 'resting_hr_bpm', 'hrv_rmssd_ms']
 * ```
 */
export function normalizeWhoopRecovery(payload: unknown, options: WhoopNormalizeOptions = {}): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.recovery, payload, (value, result) => addOutcome(result, normalizeWhoopRecoveryRecord(value, [], options)));
}

/**
 * The raw-lake key of a recovery: its cycle id with a `:recovery` suffix. The cycle itself is stored under the bare
 * cycle id, and the lake is keyed by (user, provider, external id), so without the suffix a cycles page would replace
 * the recoveries of the same cycles.
 */
function recoveryExternalId(cycleId: string): string {
  return `${cycleId}:recovery`;
}

function normalizeWhoopRecoveryRecord(raw: unknown, path: PayloadPath, options: WhoopNormalizeOptions): RecordOutcome {
  const outcome = normalizeRecoveryKeyedByCycle(raw, path, options);
  if (outcome.kind !== 'failure' || outcome.failure.external_id === null) return outcome;
  return { kind: 'failure', failure: { ...outcome.failure, external_id: recoveryExternalId(outcome.failure.external_id) } };
}

function normalizeRecoveryKeyedByCycle(raw: unknown, path: PayloadPath, options: WhoopNormalizeOptions): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'cycle_id', what: 'a recovery' }, (raw, cycleId) => {
    const externalId = recoveryExternalId(cycleId);
    const measuredAt = parseInstant(raw.created_at);
    if (measuredAt === null) {
      return recordFailure(raw, 'cycle_id', { code: 'invalid_date', message: 'created_at is not an ISO-8601 instant between the years 1900 and 2200', path: [...path, 'created_at'] });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const day = localDayInOptionalZone(reader, measuredAt, options?.timeZone, 'created_at');
    const signals: RecoverySignalDraft[] = [];
    const score = scoredScore(reader);
    if (score !== null) {
      const at = { at: measuredAt, day };
      pushSignal(signals, score, 'recovery_score', { ...at, type: 'recovery_score', unit: '%', bounds: TRAINKIT_BOUNDS.scorePercent });
      pushSignal(signals, score, 'resting_heart_rate', { ...at, type: 'resting_hr_bpm', unit: 'bpm', bounds: TRAINKIT_BOUNDS.heartRateBpm });
      pushSignal(signals, score, 'hrv_rmssd_milli', { ...at, type: 'hrv_rmssd_ms', unit: 'ms', bounds: TRAINKIT_BOUNDS.hrvRmssdMs });
      pushSignal(signals, score, 'spo2_percentage', { ...at, type: 'other', unit: '%', bounds: WHOOP_BOUNDS.percent });
      pushSignal(signals, score, 'skin_temp_celsius', { ...at, type: 'other', unit: 'degC', bounds: WHOOP_BOUNDS.skinTemperatureC });
    }
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      WHOOP_NORMALIZERS.recovery,
      {
        provider: 'whoop',
        resource: 'recovery',
        external_id: externalId,
        parent_external_id: readId(raw.sleep_id),
        record_kind: 'recovery',
        activity_type_raw: null,
        start_time: measuredAt,
        end_time: null,
        timezone_raw: null,
        utc_offset_minutes: null,
        raw_payload: rawPayload,
      },
      { recovery_signals: signals, warnings },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
