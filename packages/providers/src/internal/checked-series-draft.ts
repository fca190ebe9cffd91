import { MAX_INSTANT, MIN_INSTANT, type JsonValue } from '@trainkit/core';
import type { PayloadPath } from '../normalization-failure.js';
import type { MetricSampleDraft, ProviderRecordDraft } from '../provider-record-draft.js';
import { checkedDraft, type RecordOutcome } from './record-outcome.js';

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/**
 * {@link checkedDraft} for drafts with long series (a FIT file's 50,000 samples): the draft without its samples goes
 * through the full schema, and each sample through a hand-written check equivalent to `MetricSampleDraftSchema`
 * (a non-empty metric, a canonical instant within trainkit's years, a finite value, a unit or `null`, a stream index
 * that is a non-negative integer or `null`), which is some ten times faster than the schema on such counts. With
 * `rawIsJson`, the raw payload and the streams' raw series are not re-validated as JSON: the caller built them as
 * JSON (`asJsonValue`, `fitJson`, `buildSeries`). A draft that fails either check becomes the same `out_of_bounds`
 * failure `checkedDraft` gives.
 */
export function checkedSeriesDraft(draft: ProviderRecordDraft, path: PayloadPath, raw: JsonValue | null, options: { readonly rawIsJson?: boolean } = {}): RecordOutcome {
  const samples = draft.samples;
  const rawPayload = draft.record.raw_payload;
  const trusted = options.rawIsJson === true;
  const outcome = checkedDraft(
    {
      ...draft,
      samples: [],
      record: trusted ? { ...draft.record, raw_payload: {} } : draft.record,
      streams: trusted ? draft.streams.map((stream) => ({ ...stream, raw_stream: {} })) : draft.streams,
    },
    path,
    raw,
  );
  if (outcome.kind !== 'draft') return outcome;
  const instants = new Set<string>();
  for (let index = 0; index < samples.length; index += 1) {
    if (!isSampleDraft(samples[index], instants)) {
      return {
        kind: 'failure',
        failure: {
          external_id: draft.record.external_id,
          raw_payload: raw,
          failure: { code: 'out_of_bounds', message: `draft rejected at samples.${index}: not a valid metric sample`, path },
        },
      };
    }
  }
  return {
    kind: 'draft',
    draft: {
      ...outcome.draft,
      samples,
      record: trusted ? { ...outcome.draft.record, raw_payload: rawPayload } : outcome.draft.record,
      streams: trusted ? outcome.draft.streams.map((stream, index) => ({ ...stream, raw_stream: draft.streams[index]!.raw_stream })) : outcome.draft.streams,
    },
  };
}

/** Checks one sample; `instants` remembers the instants already found valid (samples of one row share theirs). */
function isSampleDraft(sample: MetricSampleDraft | undefined, instants: Set<string>): boolean {
  if (typeof sample !== 'object' || sample === null) return false;
  let keys = 0;
  for (const key in sample) if (Object.prototype.hasOwnProperty.call(sample, key)) keys += 1;
  if (keys !== 5) return false;
  const { metric_type: metric, recorded_at: at, value, unit, stream_index: stream } = sample;
  if (typeof at !== 'string') return false;
  if (!instants.has(at)) {
    const ms = CANONICAL_INSTANT.test(at) && at >= MIN_INSTANT && at <= MAX_INSTANT ? Date.parse(at) : Number.NaN;
    if (!Number.isFinite(ms) || new Date(ms).toISOString() !== at) return false;
    instants.add(at);
  }
  return (
    typeof metric === 'string' && metric.length > 0 &&
    typeof value === 'number' && Number.isFinite(value) &&
    (unit === null || (typeof unit === 'string' && unit.length > 0)) &&
    (stream === null || (typeof stream === 'number' && Number.isInteger(stream) && stream >= 0))
  );
}
