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

describe('JsonText.fromUtf8', () => {
  it('holds the bytes it was given, decodes them once when its text is read, and parses like the text', () => {
    fc.assert(
      fc.property(fc.jsonValue().filter((value) => value !== null), (value) => {
        const text = JSON.stringify(value);
        const bytes = new TextEncoder().encode(text);
        const json = JsonText.fromUtf8(bytes);
        expect(json.utf8).toBe(bytes);
        expect(JsonText.is(json)).toBe(true);
        expect(json.text).toBe(text);
        expect(json.text).toBe(json.text);
        expect(json.parse()).toStrictEqual(JSON.parse(text));
        expect(JsonValueOrTextSchema.parse(json)).toStrictEqual(JSON.parse(text));
        expect(JSON.stringify({ payload: json })).toBe(JSON.stringify({ payload: JSON.parse(text) as unknown }));
      }),
    );
    expect(JsonText.unchecked('[]').utf8).toBeNull();
  });

  it('refuses bytes that are not UTF-8 when its text is read', () => {
    expect(() => JsonText.fromUtf8(new Uint8Array([0x22, 0xff, 0x22])).text).toThrow(TypeError);
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
