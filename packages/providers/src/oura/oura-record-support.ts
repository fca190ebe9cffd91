import { LocalDateSchema, type LocalDate } from '@trainkit/core';
import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { addOutcome, type RecordOutcome } from '../internal/record-outcome.js';
import { parseInstant, parseOffsetMinutes } from '../internal/time.js';
import type { PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { Instant } from '@trainkit/core';

const OFFSET_SUFFIX = /(Z|[+-]\d{2}:?\d{2})$/i;

/** An Oura LocalizedDateTime (`2025-05-08T18:00:00-07:00`): its UTC instant and the offset it was written with. */
export function parseLocalized(value: unknown): { readonly instant: Instant; readonly offset: number } | null {
  const instant = parseInstant(value);
  if (instant === null || typeof value !== 'string') return null;
  const offset = parseOffsetMinutes(OFFSET_SUFFIX.exec(value)?.[1] ?? null);
  return offset === null ? null : { instant, offset };
}

/** A `YYYY-MM-DD` day within trainkit's calendar years, else `null`. */
export function parseDay(value: unknown): LocalDate | null {
  const parsed = LocalDateSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Normalizes an Oura collection page `{ data: [...], next_token }` (or a bare array), one record at a time. */
export function normalizeOuraPage(value: unknown, result: NormalizationResult, normalizeRecord: (raw: unknown, path: PayloadPath) => RecordOutcome): void {
  let records: unknown;
  let base: PayloadPath = ['data'];
  if (Array.isArray(value)) {
    records = value;
    base = [];
  } else if (isJsonObject(value) && Array.isArray(value.data)) {
    records = value.data;
    if (typeof value.next_token === 'string' && value.next_token.length > 0) result.next_token = value.next_token;
  }
  if (!Array.isArray(records)) {
    result.failures.push({
      external_id: null,
      raw_payload: asJsonValue(value),
      failure: { code: 'schema_mismatch', message: 'expected an Oura collection page `{ data: [...], next_token }`', path: [] },
    });
    return;
  }
  records.forEach((item: unknown, index) => addOutcome(result, normalizeRecord(item, [...base, index])));
}
