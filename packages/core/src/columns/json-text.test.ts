import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { JsonText, JsonValueOrTextSchema } from './json-text.js';
import { JsonValueSchema } from './json-value.js';

describe('JsonText', () => {
  it('serializes a valid value and parses back to it; JSON.stringify of a row holding it writes the value', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((value) => value !== null), (value) => {
        const valid = JsonValueSchema.parse(value);
        const text = JsonText.serialize(valid);
        expect(text.text).toBe(JSON.stringify(valid));
        expect(text.parse()).toStrictEqual(JSON.parse(JSON.stringify(valid)));
        expect(JSON.stringify({ payload: text })).toBe(JSON.stringify({ payload: valid }));
      }),
    );
  });

  it('refuses to serialize what is not a JSON value', () => {
    expect(() => JsonText.serialize({ at: new Date(0) } as never)).toThrow();
    expect(() => JsonText.serialize(null as never)).toThrow();
  });

  it('JsonValueOrTextSchema parses a JsonText into its value, takes plain values, and rejects anything else', () => {
    expect(JsonValueOrTextSchema.parse(JsonText.unchecked('{"a":[1,null]}'))).toStrictEqual({ a: [1, null] });
    expect(JsonValueOrTextSchema.parse({ a: 1 })).toStrictEqual({ a: 1 });
    expect(JsonValueOrTextSchema.safeParse({ text: '{}' }).success).toBe(true);
    expect(JsonValueOrTextSchema.safeParse(undefined).success).toBe(false);
    expect(JsonValueOrTextSchema.safeParse(new Map()).success).toBe(false);
  });
});

describe('JsonText.is', () => {
  it('recognizes a JsonText by its registered brand, also from another copy of the class, and nothing else', () => {
    expect(JsonText.is(JsonText.unchecked('1'))).toBe(true);
    const fromAnotherCopy = Object.create({ [Symbol.for('trainkit.JsonText')]: true }) as object;
    Object.assign(fromAnotherCopy, { text: '{"a":1}' });
    expect(JsonText.is(fromAnotherCopy)).toBe(true);
    expect(JsonValueOrTextSchema.parse(fromAnotherCopy)).toStrictEqual({ a: 1 });
    for (const value of [{ text: '[]' }, '[]', null, undefined, 1]) expect(JsonText.is(value)).toBe(false);
  });
});
