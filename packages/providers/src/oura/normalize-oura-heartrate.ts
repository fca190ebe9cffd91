import { TRAINKIT_BOUNDS } from '@trainkit/core';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { checkedDraft, runNormalizer } from '../internal/record-outcome.js';
import { recordDraft } from '../internal/record-draft.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationWarning } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';

/**
 * Normalizes a page of `GET /v2/usercollection/heartrate` (`{ data: [{ bpm, source, timestamp }], next_token }`,
 * UTC timestamps) into one draft holding the page as a `heartrate` stream (`heart_rate_bpm`, bpm). Heart-rate rows have
 * no id, so the record is keyed by the page's time span, `heartrate:<first>/<last>`. Every row must have a valid
 * `timestamp` (else `invalid_date`); a `bpm` outside 20..250 is counted in `out_of_bounds_count` with a warning. An
 * empty page gives no draft.
 *
 * @example
 * ```ts
 * const result = normalizeOuraHeartRate({ data: [{ bpm: 58, source: 'awake', timestamp: '2025-05-08T07:00:00+00:00' }], next_token: null });
 * result.drafts[0]?.streams[0]?.sample_count; // 1
 * ```
 */
export function normalizeOuraHeartRate(payload: unknown): NormalizationResult {
  const normalizer = OURA_NORMALIZERS.heartrate;
  return runNormalizer(normalizer, payload, (value, result) => {
    const rows = isJsonObject(value) ? value.data : undefined;
    if (!Array.isArray(rows)) {
      result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'schema_mismatch', message: 'expected `{ data: [...], next_token }`', path: [] } });
      return;
    }
    if (isJsonObject(value) && typeof value.next_token === 'string' && value.next_token.length > 0) result.next_token = value.next_token;
    if (rows.length === 0) return;
    const instants = [];
    let outOfBounds = 0;
    for (const [index, row] of rows.entries()) {
      const instant = isJsonObject(row) ? parseInstant(row.timestamp) : null;
      if (instant === null) {
        result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'invalid_date', message: 'a heart-rate row has no valid timestamp', path: ['data', index, 'timestamp'] } });
        return;
      }
      instants.push(instant);
      const bpm = (row as Record<string, unknown>).bpm;
      const bounds = TRAINKIT_BOUNDS.heartRateBpm;
      if (typeof bpm !== 'number' || !Number.isFinite(bpm) || bpm < bounds.min || bpm > bounds.max) outOfBounds += 1;
    }
    const sorted = [...instants].sort();
    const warnings: NormalizationWarning[] = outOfBounds === 0 ? [] : [
      { code: 'out_of_bounds', message: `${outOfBounds} bpm values are missing or outside 20..250; kept raw, never samples`, path: ['data'] },
    ];
    const rawPayload = asJsonValue(value) ?? {};
    const draft = recordDraft(
      normalizer,
      {
        provider: 'oura', resource: 'heartrate', external_id: `heartrate:${sorted[0]}/${sorted[sorted.length - 1]}`,
        record_kind: 'other', activity_type_raw: null, start_time: sorted[0] ?? null,
        end_time: sorted[sorted.length - 1] ?? null, timezone_raw: null, utc_offset_minutes: null, raw_payload: rawPayload,
      },
      {
        streams: [{ stream_type: 'heartrate', metric_type: 'heart_rate_bpm', unit: 'bpm', sample_count: rows.length, out_of_bounds_count: outOfBounds, raw_stream: asJsonValue(rows) ?? [] }],
        warnings,
      },
    );
    const outcome = checkedDraft(draft, [], rawPayload);
    if (outcome.kind === 'draft') result.drafts.push(outcome.draft);
    else if (outcome.kind === 'failure') result.failures.push(outcome.failure);
  });
}
