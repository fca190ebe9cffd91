import type { JsonValue } from '@trainkit/core';
import type { NormalizationFailure, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult, RecordFailure, SkippedRecord } from '../normalization-result.js';
import type { NormalizerDescriptor } from '../normalizer-descriptor.js';
import { ProviderRecordDraftSchema, type ProviderRecordDraft } from '../provider-record-draft.js';
import { guard } from './guard.js';
import { asJsonValue, readPayload } from './read-payload.js';
import { readId } from './read-id.js';

/** What normalizing one record gives. */
export type RecordOutcome =
  | { readonly kind: 'draft'; readonly draft: ProviderRecordDraft }
  | { readonly kind: 'failure'; readonly failure: RecordFailure }
  | { readonly kind: 'skipped'; readonly skipped: SkippedRecord };

/** A failure of one record, keeping its raw content and id when readable. */
export function recordFailure(
  raw: unknown,
  idKey: string | null,
  failure: NormalizationFailure,
): RecordOutcome {
  const id = idKey !== null && typeof raw === 'object' && raw !== null ? readId((raw as Record<string, unknown>)[idKey]) : null;
  return { kind: 'failure', failure: { external_id: id, raw_payload: asJsonValue(raw), failure } };
}

/** Prefixes a failure path with the record's place in the payload. */
export function at(path: PayloadPath, failure: NormalizationFailure): NormalizationFailure {
  return { ...failure, path: [...path, ...failure.path] };
}

/**
 * Checks a built draft against {@link ProviderRecordDraftSchema} as the last line of defence: a draft that would not
 * store (a bug, or a combination no rule caught) becomes an `out_of_bounds` failure instead.
 */
export function checkedDraft(draft: ProviderRecordDraft, path: PayloadPath, raw: JsonValue | null): RecordOutcome {
  const parsed = ProviderRecordDraftSchema.safeParse(draft);
  if (parsed.success) return { kind: 'draft', draft: parsed.data };
  const issue = parsed.error.issues[0];
  const issuePath = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
  return {
    kind: 'failure',
    failure: {
      external_id: draft.record.external_id,
      raw_payload: raw,
      failure: {
        code: 'out_of_bounds',
        message: `draft rejected at ${issuePath.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`,
        path,
      },
    },
  };
}

/** An empty result. */
export function emptyResult(normalizer: NormalizerDescriptor): NormalizationResult {
  return { normalizer, drafts: [], failures: [], skipped: [], next_token: null };
}

/** A result with one failure for the whole payload. */
export function payloadFailure(normalizer: NormalizerDescriptor, raw: unknown, failure: NormalizationFailure): NormalizationResult {
  return { ...emptyResult(normalizer), failures: [{ external_id: null, raw_payload: asJsonValue(raw), failure }] };
}

/** Adds an outcome to a result. */
export function addOutcome(result: NormalizationResult, outcome: RecordOutcome): void {
  if (outcome.kind === 'draft') result.drafts.push(outcome.draft);
  else if (outcome.kind === 'failure') result.failures.push(outcome.failure);
  else result.skipped.push(outcome.skipped);
}

/**
 * The frame of every record normalizer: reads the payload (text or parsed JSON), runs `body` over the parsed value,
 * and turns any unexpected exception into a `normalizer_error` failure, so the normalizer never throws.
 */
export function runNormalizer(
  normalizer: NormalizerDescriptor,
  input: unknown,
  body: (value: unknown, result: NormalizationResult) => void,
): NormalizationResult {
  const read = readPayload(input);
  if (!read.ok) return payloadFailure(normalizer, null, read.failure);
  return guard(
    () => {
      const result = emptyResult(normalizer);
      body(read.value, result);
      return result;
    },
    (failure) => payloadFailure(normalizer, read.value, failure),
  );
}

/** Runs one record's normalization, turning an unexpected exception into a failure of that record. */
export function guardRecord(raw: unknown, idKey: string, path: PayloadPath, body: () => RecordOutcome): RecordOutcome {
  return guard(body, (failure) => recordFailure(raw, idKey, at(path, failure)));
}
