import { JsonText, type ContentHash, type JsonValue } from '@trainkit/core';
import type { ProviderRecordDraft } from '@trainkit/providers';
import { canonicalJson } from './canonical-json.js';
import { contentHashOfCanonicalJson } from './content-hash.js';

/**
 * A raw payload as the lake stores it: its canonical JSON text (what `raw_payload_json` holds: the payload with its
 * object keys sorted, the same data whatever order the provider wrote them in) and the content hash of that text.
 * One serialization serves both, and the storage writes the text without serializing the payload again.
 *
 * @internal
 */
export interface SerializedPayload {
  readonly json: JsonText;
  readonly hash: ContentHash;
  /** Items of a list payload (an Apple Health group), 0 for any other payload: what the payload weighs in a chunk. */
  readonly items: number;
}

/** @internal */
export type DraftRecord = ProviderRecordDraft['record'];

/**
 * Serializations made for draft records, keyed by the record object (weakly: entries go with their drafts): made once
 * per record, or received from the reading worker with a record that then carries no parsed payload until asked
 * for. The pipeline never mutates a record it was given.
 */
const serialized = new WeakMap<DraftRecord, SerializedPayload>();

/**
 * Serializes a payload: canonical JSON, its hash and item count.
 *
 * @internal
 */
export function serializePayload(payload: JsonValue): SerializedPayload {
  const text = canonicalJson(payload);
  return { json: JsonText.unchecked(text), hash: contentHashOfCanonicalJson(text), items: Array.isArray(payload) ? payload.length : 0 };
}

/**
 * The serialization of a draft record's payload: the one remembered for it, else made now (and remembered).
 *
 * @internal
 */
export function serializedPayloadOf(record: DraftRecord): SerializedPayload {
  let known = serialized.get(record);
  if (known === undefined) {
    known = serializePayload(record.raw_payload);
    serialized.set(record, known);
  }
  return known;
}

/**
 * A draft record received without its parsed payload (the reading worker sends payloads as canonical text): the
 * returned record parses `raw_payload` from the text the first time it is read (few records are: those with recovery
 * signals, those a resource compares with the stored version), and its serialization is remembered.
 *
 * @internal
 */
export function recordWithSerializedPayload(record: Omit<DraftRecord, 'raw_payload'>, payload: SerializedPayload): DraftRecord {
  let parsed: JsonValue | undefined;
  const withPayload = Object.defineProperty({ ...record }, 'raw_payload', {
    enumerable: true,
    get: () => (parsed ??= payload.json.parse()),
  }) as DraftRecord;
  serialized.set(withPayload, payload);
  return withPayload;
}
