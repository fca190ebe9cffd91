import { TRAINKIT_BOUNDS, kilojoulesToKcal, localDayOf } from '@trainkit/core';
import { FieldReader } from '../internal/field-reader.js';
import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { addOutcome, checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { RecoverySignalDraft } from '../provider-record-draft.js';
import { WHOOP_NORMALIZERS } from './whoop-normalizers.js';
import { WHOOP_BOUNDS, normalizeWhoopPage, pushSignal, scoredScore, whoopOffset } from './whoop-record-support.js';

/**
 * Normalizes a page of `GET /v2/cycle` (`{ records, next_token }`); see {@link normalizeWhoopCycle}.
 *
 * @example
 * ```ts
 * const result = normalizeWhoopCycles(await response.text());
 * ```
 */
export function normalizeWhoopCycles(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.cycle, payload, (value, result) => normalizeWhoopPage(value, result, normalizeWhoopCycleRecord));
}

/**
 * Normalizes one WHOOP physiological cycle (`id` an integer even in v2; a cycle starts at sleep onset, not at
 * midnight). The ongoing cycle has `end: null`: its record is kept (a later sync replaces it) but, its values still
 * changing, it yields no signals (`ongoing` warning). A finished, `SCORED` cycle yields its `strain` (`strain_score`,
 * 0..21) and its energy (`kilojoule` / 4.184 as kcal, type `other`), measured at `end` and dated on the local day of
 * the cycle's midpoint (`timezone_offset`).
 *
 * @example
 * ```ts
 * const result = normalizeWhoopCycle({ id: 93845, user_id: 10129, start: '2024-06-11T21:12:40.000Z', end: '2024-06-12T21:40:02.000Z', timezone_offset: '+02:00', score_state: 'SCORED', score: { strain: 13.4, kilojoule: 10460, average_heart_rate: 68, max_heart_rate: 171 } });
 * result.drafts[0]?.recovery_signals[0]?.signal_type; // 'strain_score'
 * ```
 */
export function normalizeWhoopCycle(payload: unknown): NormalizationResult {
  return runNormalizer(WHOOP_NORMALIZERS.cycle, payload, (value, result) => addOutcome(result, normalizeWhoopCycleRecord(value, [])));
}

function normalizeWhoopCycleRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a cycle' }, (raw, externalId) => {
    const start = parseInstant(raw.start);
    if (start === null) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'start is not an ISO-8601 instant between the years 1900 and 2200', path: [...path, 'start'] });
    }
    const end = raw.end === null || raw.end === undefined ? null : parseInstant(raw.end);
    if (end === null && raw.end !== null && raw.end !== undefined) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'end is neither null nor an ISO-8601 instant', path: [...path, 'end'] });
    }
    if (end !== null && Date.parse(end) < Date.parse(start)) {
      return recordFailure(raw, 'id', { code: 'invalid_date', message: 'end is before start', path: [...path, 'end'] });
    }
    const warnings: NormalizationWarning[] = [];
    const reader = new FieldReader(raw, warnings);
    const offset = whoopOffset(reader);
    const signals: RecoverySignalDraft[] = [];
    if (end === null) {
      reader.warn('ongoing', 'end', 'the cycle is ongoing (end is null); its scores are not read yet');
    } else {
      const score = scoredScore(reader);
      if (score !== null) {
        const midpoint = new Date((Date.parse(start) + Date.parse(end)) / 2).toISOString();
        const at = { at: end, day: localDayOf(midpoint, { utcOffsetMinutes: offset.minutes }) };
        pushSignal(signals, score, 'strain', { ...at, type: 'strain_score', unit: null, bounds: WHOOP_BOUNDS.strain });
        pushSignal(signals, score, 'kilojoule', { ...at, type: 'other', raw: 'kilojoule', unit: 'kcal', bounds: TRAINKIT_BOUNDS.energyKcal, transform: kilojoulesToKcal });
      }
    }
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      WHOOP_NORMALIZERS.cycle,
      {
        provider: 'whoop',
        resource: 'cycle',
        external_id: externalId,
        record_kind: 'daily_summary',
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
