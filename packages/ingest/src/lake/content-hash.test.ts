import { createHash } from 'node:crypto';
import { ContentHashSchema } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { contentHash } from './content-hash.js';

/** Rebuilds a JSON value with every object's keys in reverse order. */
function reverseKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reverseKeys);
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).reverse();
    return Object.fromEntries(entries.map(([key, inner]) => [key, reverseKeys(inner)]));
  }
  return value;
}

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] })).toBe('{"a":[true,{"c":"x","d":null}],"b":1}');
    expect(canonicalJson([3, 1, 2])).toBe('[3,1,2]');
    expect(canonicalJson('text')).toBe('"text"');
  });

  it('keeps a "__proto__" key as content: a payload with one never hashes like the payload without it', () => {
    const withKey = JSON.parse('{"b":1,"__proto__":{"x":1}}') as unknown;
    expect(canonicalJson(withKey)).toBe('{"__proto__":{"x":1},"b":1}');
    expect(contentHash(withKey)).not.toBe(contentHash({ b: 1 }));
  });

  it('is the same text for the same content in any key order, and parses back to an equal value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        expect(canonicalJson(reverseKeys(value))).toBe(canonicalJson(value));
        expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
      }),
    );
  });
});

describe('canonicalJson key-order cache', () => {
  /** The definition without any cache: a deep copy with keys inserted in sorted order, stringified. */
  function reference(value: unknown): string {
    const sortKeys = (inner: unknown): unknown => {
      if (Array.isArray(inner)) return inner.map(sortKeys);
      if (inner !== null && typeof inner === 'object') {
        // fromEntries makes own members, a key named __proto__ included (assigning it would set the prototype).
        return Object.fromEntries(Object.keys(inner).sort().map((key) => [key, sortKeys((inner as Record<string, unknown>)[key])]));
      }
      return inner;
    };
    return JSON.stringify(sortKeys(value)) ?? 'null';
  }

  it('gives the uncached text for any sequence of values, including same-size objects with other keys', () => {
    const key = fc.constantFrom('a', 'b', 'c', 'd', '0', '10', '9', '#name', 'type', 'value');
    const value = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, fc.jsonValue({ maxDepth: 1 }), fc.array(tie('node'), { maxLength: 4 }), fc.dictionary(key, tie('node'), { maxKeys: 5 })),
    })).node;
    fc.assert(
      fc.property(fc.array(value, { maxLength: 8 }), (values) => {
        for (const input of values) expect(canonicalJson(input)).toBe(reference(input));
      }),
    );
  });

  it('sorts objects too large for the cache, and objects whose keys repeat a cached list in another order', () => {
    const large = Object.fromEntries(Array.from({ length: 70 }, (_, index) => [`k${69 - index}`, index]));
    expect(canonicalJson(large)).toBe(reference(large));
    expect(canonicalJson({ b: 1, a: 2 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ a: 2, b: 1 })).toBe('{"a":2,"b":1}');
    expect(canonicalJson({ c: 1, a: 2 })).toBe('{"a":2,"c":1}');
  });
});

describe('contentHash', () => {
  it('is the hex SHA-256 of the canonical JSON', () => {
    const expected = createHash('sha256').update('{"id":1,"name":"Run"}').digest('hex');
    expect(contentHash({ name: 'Run', id: 1 })).toBe(expected);
    expect(ContentHashSchema.safeParse(expected).success).toBe(true);
  });

  it('differs when any value changes', () => {
    expect(contentHash({ id: 1, distance: 1000 })).not.toBe(contentHash({ id: 1, distance: 1001 }));
    expect(contentHash([1, 2])).not.toBe(contentHash([2, 1]));
  });
});
