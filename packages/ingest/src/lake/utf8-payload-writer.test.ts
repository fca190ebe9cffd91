import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { JsonValue } from '@trainkit/core';
import { canonicalJson } from './canonical-json.js';
import { contentHash, contentHashOfCanonicalUtf8 } from './content-hash.js';
import { Utf8PayloadWriter } from './utf8-payload-writer.js';

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Writes the payloads into one writer and reads each back as text, with its hash and item count. */
function roundTrip(payloads: readonly unknown[]): { text: string; hash: string; items: number }[] {
  const writer = new Utf8PayloadWriter();
  const written = payloads.map((payload) => writer.add(payload as JsonValue));
  const buffer = writer.take();
  return written.map(({ start, end, items }) => {
    const bytes = new Uint8Array(buffer, start, end - start);
    return { text: decoder.decode(bytes), hash: contentHashOfCanonicalUtf8(bytes), items };
  });
}

/** JSON-like values with what makes key order and escaping hard: index-like keys, `__proto__`, quotes, surrogates. */
const awkwardValue = fc.letrec((tie) => ({
  node: fc.oneof(
    { depthSize: 'small' },
    fc.string({ unit: 'binary' }),
    fc.constantFrom('Jane’s Apple Watch', 'a"b\\c', '\u0000\u001f\u2028', '\ud83c\udfc3', '\ud800', '', 'null'),
    fc.double(),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.constant(undefined),
    fc.array(tie('node'), { maxLength: 4 }),
    fc.dictionary(fc.constantFrom('a', 'b', 'type', '#name', '#children', '0', '10', '9', '__proto__', 'é', 'Z', 'toString'), tie('node'), { maxKeys: 6 }),
  ),
})).node;

describe('Utf8PayloadWriter', () => {
  it('writes exactly the UTF-8 of canonicalJson, with its content hash, for any value and any sequence of them', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.jsonValue(), awkwardValue), { maxLength: 6 }), (payloads) => {
        const back = roundTrip(payloads);
        payloads.forEach((payload, index) => {
          expect(back[index]!.text).toBe(canonicalJson(payload));
          expect(back[index]!.hash).toBe(contentHash(payload));
          expect(back[index]!.items).toBe(Array.isArray(payload) ? payload.length : 0);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('writes an Apple Health group whose elements have sorted or unsorted keys, children and non-Latin-1 text', () => {
    const group = [
      { creationDate: '2024-06-12 07:00:05 +0200', sourceName: 'Jane’s Apple Watch', type: 'HKQuantityTypeIdentifierHeartRate', value: '72' },
      { value: '75', type: 'HKQuantityTypeIdentifierHeartRate', sourceName: 'Jane’s Apple Watch', '#children': [{ '#name': 'MetadataEntry', key: 'HKMetadataKeyHeartRateMotionContext', value: '1' }] },
    ];
    const [back] = roundTrip([group]);
    expect(back!.text).toBe(canonicalJson(group));
    expect(back!.text).toContain('{"#children":[{"#name":"MetadataEntry"');
  });

  it('grows its buffer many times over (a payload of about 1 MB) and keeps earlier payloads intact', () => {
    const big = Array.from({ length: 20_000 }, (_, index) => ({ value: String(index), sourceName: 'Jane’s iPhone' }));
    const back = roundTrip([{ first: true }, big, { last: 'é' }]);
    expect(back.map((entry) => entry.text)).toStrictEqual([canonicalJson({ first: true }), canonicalJson(big), canonicalJson({ last: 'é' })]);
  });

  it('writes objects that are not plain, or have a toJSON, as canonicalJson does', () => {
    const values = [{ at: new Date(0) }, { toJSON: () => 'x', a: 1 }, Object.assign(Object.create(null) as object, { b: 1, a: 2 }), new Map([[1, 2]])];
    for (const [index, back] of roundTrip(values).entries()) expect(back.text).toBe(canonicalJson(values[index]));
  });
});
