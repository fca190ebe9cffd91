import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitJson } from './fit-json.js';

describe('fitJson', () => {
  it('keeps a "__proto__" key as an own key instead of setting the prototype', () => {
    const value = fitJson(JSON.parse('{"__proto__":[1],"a":{"__proto__":{"b":2}}}')) as Record<string, unknown>;
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
    expect(Object.keys(value)).toEqual(['__proto__', 'a']);
    expect(JSON.stringify(value)).toBe('{"__proto__":[1],"a":{"__proto__":{"b":2}}}');
  });

  it('converts decoded values: dates to ISO strings, bigints, typed arrays, non-finite numbers and -0', () => {
    const decoded = { at: new Date('2025-05-03T07:12:00Z'), bad: new Date(Number.NaN), big: 2n ** 60n, small: 7n, list: new Uint8Array([1, 2]), inf: Infinity, zero: -0, gone: undefined };
    expect(fitJson(decoded)).toEqual({ at: '2025-05-03T07:12:00.000Z', bad: null, big: '1152921504606846976', small: 7, list: [1, 2], inf: null, zero: 0 });
  });

  it('gives back any JSON value unchanged and survives a JSON round trip (property)', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        const converted = fitJson(JSON.parse(text));
        expect(JSON.stringify(converted)).toBe(JSON.stringify(JSON.parse(text), (_key, item: unknown) => (Object.is(item, -0) ? 0 : item)));
        expect(JSON.parse(JSON.stringify(converted))).toEqual(converted);
      }),
    );
  });
});
