import { TRAINKIT_BOUNDS, localDayOf, type Instant, type ValueBounds } from '@trainkit/core';
import type { FieldReader } from '../internal/field-reader.js';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { addOutcome, type RecordOutcome } from '../internal/record-outcome.js';
import { parseOffsetMinutes, validTimeZone } from '../internal/time.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
export { pushSignal } from '../internal/push-signal.js';

/** WHOOP's `score_state` of a scored record: scores are read only then. */
export const SCORED = 'SCORED';

/**
 * Normalizes a WHOOP collection page `{ records: [...], next_token }` (or a bare array of records), one record at a
 * time; the cursor is kept in the result.
 */
export function normalizeWhoopPage(
  value: unknown,
  result: NormalizationResult,
  normalizeRecord: (raw: unknown, path: PayloadPath) => RecordOutcome,
): void {
  let records: unknown;
  let base: PayloadPath = ['records'];
  if (Array.isArray(value)) {
    records = value;
    base = [];
  } else if (isJsonObject(value) && Array.isArray(value.records)) {
    records = value.records;
    if (typeof value.next_token === 'string' && value.next_token.length > 0) result.next_token = value.next_token;
  }
  if (!Array.isArray(records)) {
    result.failures.push({
      external_id: null,
      raw_payload: asJsonValue(value),
      failure: { code: 'schema_mismatch', message: 'expected a WHOOP collection page `{ records: [...], next_token }`', path: [] },
    });
    return;
  }
  records.forEach((item: unknown, index) => addOutcome(result, normalizeRecord(item, [...base, index])));
}

/** The record's `timezone_offset` (`"-05:00"`, `"+0530"`, `"Z"`) in minutes, or 0 with a warning. */
export function whoopOffset(reader: FieldReader): { readonly minutes: number; readonly known: boolean } {
  const raw = reader.raw('timezone_offset');
  const minutes = parseOffsetMinutes(raw);
  if (minutes !== null) return { minutes, known: true };
  reader.warn('unknown_time_zone', 'timezone_offset', 'timezone_offset is missing or malformed; local days use UTC');
  return { minutes: 0, known: false };
}

/** The local day of `instant` in the caller's zone when valid, else UTC with a warning at `key`. */
export function localDayInOptionalZone(reader: FieldReader, instant: Instant, timeZone: string | undefined, key: string): string {
  const zone = validTimeZone(typeof timeZone === 'string' ? timeZone : null);
  if (zone === null) reader.warn('unknown_time_zone', key, 'the record has no offset and no valid timeZone option was given; dated in UTC');
  return localDayOf(instant, { timeZone: zone });
}

/** Reads WHOOP's `score` when `score_state` is `SCORED`; otherwise warns and returns `null`. */
export function scoredScore(reader: FieldReader): FieldReader | null {
  const state = reader.raw('score_state');
  if (state !== SCORED) {
    reader.warn('score_not_available', 'score_state', `score_state is ${typeof state === 'string' ? state : 'missing'}; scores not read`);
    return null;
  }
  return reader.child('score');
}

/** Bounds of WHOOP values trainkit reads beyond `TRAINKIT_BOUNDS`. */
export const WHOOP_BOUNDS = {
  strain: { min: 0, max: 21 },
  percent: TRAINKIT_BOUNDS.scorePercent,
  respiratoryRate: { min: 1, max: 100 },
  skinTemperatureC: { min: 20, max: 45 },
} as const satisfies Record<string, ValueBounds>;
