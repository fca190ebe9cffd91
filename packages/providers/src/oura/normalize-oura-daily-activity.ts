import { normalizeIdentifiedRecord } from '../internal/identified-record.js';
import { asJsonValue } from '../internal/read-payload.js';
import { recordDraft } from '../internal/record-draft.js';
import { checkedDraft, recordFailure, runNormalizer, type RecordOutcome } from '../internal/record-outcome.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';
import { normalizeOuraPage, parseDay, parseLocalized } from './oura-record-support.js';

/**
 * Normalizes a page of `GET /v2/usercollection/daily_activity` into raw-record drafts of kind `daily_summary` (steps,
 * calories, MET and activity-class samples stay in the raw payload; the canonical model has no daily-totals table
 * yet, so no canonical draft is made). The record starts at `timestamp` (local time with offset, converted to UTC);
 * `day` must be a date.
 *
 * @example
 * ```ts
 * const result = normalizeOuraDailyActivity({ data: [{ id: 'a-1', day: '2025-05-08', score: 77, steps: 11234, active_calories: 512, total_calories: 2650, timestamp: '2025-05-08T04:00:00-07:00' }], next_token: null });
 * result.drafts[0]?.record.record_kind; // 'daily_summary'
 * ```
 */
export function normalizeOuraDailyActivity(payload: unknown): NormalizationResult {
  return runNormalizer(OURA_NORMALIZERS.daily_activity, payload, (value, result) => normalizeOuraPage(value, result, normalizeDailyActivityRecord));
}

function normalizeDailyActivityRecord(raw: unknown, path: PayloadPath): RecordOutcome {
  return normalizeIdentifiedRecord(raw, path, { idKey: 'id', what: 'a daily activity' }, (raw, externalId) => {
    if (parseDay(raw.day) === null) return recordFailure(raw, 'id', { code: 'invalid_date', message: 'day is not a YYYY-MM-DD date', path: [...path, 'day'] });
    const timestamp = parseLocalized(raw.timestamp);
    if (timestamp === null) return recordFailure(raw, 'id', { code: 'invalid_date', message: 'timestamp is not a date-time with an offset', path: [...path, 'timestamp'] });
    const rawPayload = asJsonValue(raw) ?? {};
    const draft = recordDraft(
      OURA_NORMALIZERS.daily_activity,
      {
        provider: 'oura', resource: 'daily_activity', external_id: externalId,
        record_kind: 'daily_summary', activity_type_raw: null, start_time: timestamp.instant, end_time: null, timezone_raw: null,
        utc_offset_minutes: timestamp.offset, raw_payload: rawPayload,
      },
      { warnings: [] },
    );
    return checkedDraft(draft, path, rawPayload);
  });
}
