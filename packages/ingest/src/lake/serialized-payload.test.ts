import { describe, expect, it } from 'vitest';
import type { ProviderRecordDraft } from '@trainkit/providers';
import { canonicalJson } from './canonical-json.js';
import { contentHash } from './content-hash.js';
import { recordWithSerializedPayload, serializedPayloadOf, serializePayload } from './serialized-payload.js';

type DraftRecord = ProviderRecordDraft['record'];

function draftRecord(raw_payload: DraftRecord['raw_payload']): DraftRecord {
  return { provider: 'apple_health', external_id: 'group-1', raw_payload } as DraftRecord;
}

describe('serialized payloads', () => {
  it('serializes to the canonical JSON the content hash is made of, and counts the items of a list', () => {
    const payload = [{ value: '72', type: 'HR' }, { value: '75', type: 'HR' }];
    const serialized = serializePayload(payload);
    expect(serialized.json.text).toBe(canonicalJson(payload));
    expect(serialized.hash).toBe(contentHash(payload));
    expect(serialized.items).toBe(2);
    expect(serializePayload({ a: 1 }).items).toBe(0);
  });

  it('serializes a record once and remembers it', () => {
    const record = draftRecord({ b: 1, a: 2 });
    const first = serializedPayloadOf(record);
    expect(first.json.text).toBe('{"a":2,"b":1}');
    expect(serializedPayloadOf(record)).toBe(first);
  });

  it('a record received as text parses its payload only when read, and keeps the serialization it came with', () => {
    const payload = serializePayload({ type: 'HKCategoryTypeIdentifierSleepAnalysis', value: 'asleep' });
    const spy = { calls: 0 };
    const json = payload.json;
    const counted = { ...payload, json: Object.assign(Object.create(Object.getPrototypeOf(json) as object) as typeof json, json, { parse: () => ((spy.calls += 1), json.parse()) }) };
    const { raw_payload: _unused, ...withoutPayload } = draftRecord(null as never);
    const record = recordWithSerializedPayload(withoutPayload, counted);
    expect(serializedPayloadOf(record)).toBe(counted);
    expect(spy.calls).toBe(0);
    expect(record.raw_payload).toStrictEqual({ type: 'HKCategoryTypeIdentifierSleepAnalysis', value: 'asleep' });
    expect(record.raw_payload).toBe(record.raw_payload);
    expect(spy.calls).toBe(1);
    expect(record.external_id).toBe('group-1');
  });
});
