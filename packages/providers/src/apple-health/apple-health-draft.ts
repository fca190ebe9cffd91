import type { JsonValue } from '@trainkit/core';
import type { RecordOutcome } from '../internal/record-outcome.js';
import type { NormalizationFailure, NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizerDescriptor } from '../normalizer-descriptor.js';
import { ProviderRecordDraftSchema, type ProviderRecordDraft, type RawRecordIdentity } from '../provider-record-draft.js';

/** The parts of a draft beside its identity; absent lists are empty. */
export type AppleDraftParts = Partial<Omit<ProviderRecordDraft, 'normalizer' | 'record' | 'warnings'>> & {
  readonly warnings: NormalizationWarning[];
};

/** The identity of an Apple Health raw record; absent fields are `null`. */
export function appleRecord(
  identity: Pick<RawRecordIdentity, 'resource' | 'external_id' | 'record_kind' | 'raw_payload'> & Partial<RawRecordIdentity>,
): RawRecordIdentity {
  return {
    provider: 'apple_health',
    parent_external_id: null,
    legacy_external_id: null,
    activity_type_raw: null,
    start_time: null,
    end_time: null,
    timezone_raw: null,
    utc_offset_minutes: null,
    ...identity,
  };
}

const MAX_WARNINGS = 20;

/**
 * Builds a draft and checks it against {@link ProviderRecordDraftSchema} as the last line of defence, without walking
 * the two parts that can be large: the raw payload (JSON by construction: attribute strings) and the metric samples
 * (built only from parsed instants within trainkit's years and finite, bounded values). A draft that would not store
 * becomes an `out_of_bounds` failure instead. At most 20 warnings are kept, plus one that counts the rest.
 */
export function checkedAppleDraft(normalizer: NormalizerDescriptor, record: RawRecordIdentity, parts: AppleDraftParts, path: PayloadPath): RecordOutcome {
  const warnings = parts.warnings.length <= MAX_WARNINGS ? parts.warnings : [
    ...parts.warnings.slice(0, MAX_WARNINGS),
    { code: parts.warnings[MAX_WARNINGS]!.code, message: `${parts.warnings.length - MAX_WARNINGS} more warnings like the ones above`, path: [] },
  ];
  const samples = parts.samples ?? [];
  const draft: ProviderRecordDraft = {
    normalizer,
    record,
    activity: parts.activity ?? null,
    streams: parts.streams ?? [],
    recovery_signals: parts.recovery_signals ?? [],
    biometrics: parts.biometrics ?? [],
    samples: [],
    strength_sets: parts.strength_sets ?? [],
    daily_totals: parts.daily_totals ?? [],
    profile: parts.profile ?? null,
    warnings,
  };
  const shallow = { ...draft, record: { ...record, raw_payload: {} }, streams: draft.streams.map((stream) => ({ ...stream, raw_stream: {} })) };
  const parsed = ProviderRecordDraftSchema.safeParse(shallow);
  if (parsed.success) {
    return {
      kind: 'draft',
      draft: {
        ...parsed.data,
        record: { ...parsed.data.record, raw_payload: record.raw_payload },
        streams: parsed.data.streams.map((stream, index) => ({ ...stream, raw_stream: draft.streams[index]!.raw_stream })),
        samples,
      },
    };
  }
  const issue = parsed.error.issues[0];
  const issuePath = (issue?.path ?? []).filter((part): part is string | number => typeof part !== 'symbol');
  return failureOutcome(record.external_id, record.raw_payload, {
    code: 'out_of_bounds',
    message: `draft rejected at ${issuePath.join('.') || 'root'}: ${issue?.message ?? 'invalid'}`,
    path,
  });
}

/** A failure of one record, with its raw content. */
export function failureOutcome(externalId: string | null, raw: JsonValue | null, failure: NormalizationFailure): RecordOutcome {
  return { kind: 'failure', failure: { external_id: externalId, raw_payload: raw, failure } };
}
