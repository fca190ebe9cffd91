import type { NormalizerDescriptor } from '../normalizer-descriptor.js';
import type { ProviderRecordDraft, RawRecordIdentity } from '../provider-record-draft.js';

/** A record identity whose parent and legacy ids default to `null` (only a few records have them). */
export type RecordIdentityFields = Omit<RawRecordIdentity, 'parent_external_id' | 'legacy_external_id'> &
  Partial<Pick<RawRecordIdentity, 'parent_external_id' | 'legacy_external_id'>>;

/** The canonical content of a draft: only `warnings` is required; the rest defaults to none. */
export type RecordDraftContent = Pick<ProviderRecordDraft, 'warnings'> & Partial<Omit<ProviderRecordDraft, 'normalizer' | 'record' | 'warnings'>>;

/**
 * A {@link ProviderRecordDraft} from its identity and the content the record actually carries. Most records give
 * one or two kinds of content (an activity, signals, biometrics); spelling out every other array as empty in each
 * normalizer hid what each record gives. The draft still goes through `checkedDraft` afterwards.
 */
export function recordDraft(normalizer: NormalizerDescriptor, record: RecordIdentityFields, content: RecordDraftContent): ProviderRecordDraft {
  return {
    normalizer,
    record: { parent_external_id: null, legacy_external_id: null, ...record },
    activity: null,
    streams: [],
    recovery_signals: [],
    biometrics: [],
    samples: [],
    strength_sets: [],
    daily_totals: [],
    profile: null,
    ...content,
  };
}
