import { z } from 'zod';
import { withColumnKind } from './column-kind.js';
import { JsonValueSchema, type JsonValue } from './json-value.js';

/**
 * A JSON value already serialized to text. A storage adapter writes `text` as it is instead of serializing the value
 * again, and reads it back as the parsed value. It exists for payloads that were serialized once already: the
 * ingestion pipeline serializes every raw payload to hash it (or has it serialized in a reading thread), and a
 * payload of a multi-gigabyte export is not worth serializing and validating a second time.
 *
 * Accepted where a column says so (`raw_payload_json` of `external_activity_records`, see
 * {@link JsonValueOrTextSchema}).
 *
 * @example
 * ```ts
 * const payload = JsonText.serialize({ id: 1, name: 'Run' });
 * payload.text; // '{"id":1,"name":"Run"}'
 * payload.parse(); // { id: 1, name: 'Run' }
 * ```
 */
export class JsonText {
  #text: string | null;

  /**
   * The UTF-8 encoding of the text when the `JsonText` was made from it ({@link JsonText.fromUtf8}), else `null`. A
   * storage that binds bytes writes these as they are, without encoding the text.
   */
  readonly utf8: Uint8Array | null;

  private constructor(text: string | null, utf8: Uint8Array | null) {
    this.#text = text;
    this.utf8 = utf8;
  }

  /** The JSON text (decoded from {@link JsonText.utf8} the first time it is read, when made from bytes). */
  get text(): string {
    return (this.#text ??= UTF8.decode(this.utf8!));
  }

  /**
   * Whether `value` is a `JsonText`, also one made by another copy of `@trainkit/core` in the same process (two
   * installed versions): recognized by a registered symbol rather than by `instanceof`, so that a storage never takes
   * one for a plain object and stores `{ "text": ... }`.
   *
   * @example
   * ```ts
   * JsonText.is(JsonText.unchecked('[]')); // true
   * JsonText.is({ text: '[]' }); // false
   * ```
   */
  static is(value: unknown): value is JsonText {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[JSON_TEXT_BRAND] === true;
  }

  /**
   * Serializes a JSON value (validated first: nothing JSON cannot hold, no top-level `null`).
   *
   * @throws {z.ZodError} When `value` is not a {@link JsonValue}.
   * @example
   * ```ts
   * JsonText.serialize([1, 2]).text; // '[1,2]'
   * ```
   */
  static serialize(value: JsonValue): JsonText {
    return new JsonText(JSON.stringify(JsonValueSchema.parse(value)), null);
  }

  /**
   * Wraps text that is already the serialization of a {@link JsonValue}, without checking it: for text that
   * `JSON.stringify` (or another exact JSON serializer) just wrote from a valid value, typically in another thread.
   * Text that is not such a serialization is the caller's bug: a storage may write it as it is.
   *
   * @example
   * ```ts
   * const text = JSON.stringify({ id: 1 }); // e.g. received from a worker thread
   * JsonText.unchecked(text).parse(); // { id: 1 }
   * ```
   */
  static unchecked(text: string): JsonText {
    return new JsonText(text, null);
  }

  /**
   * Wraps the UTF-8 encoding of such text, unchecked like {@link JsonText.unchecked}: bytes that can cross threads
   * without a copy (a transferred `ArrayBuffer`) and that a storage binds as text without encoding it again. The
   * bytes are not copied: they must not change afterwards.
   *
   * @example
   * ```ts
   * const payload = JsonText.fromUtf8(new TextEncoder().encode('{"name":"Jane’s run"}'));
   * payload.text; // '{"name":"Jane’s run"}'
   * ```
   */
  static fromUtf8(bytes: Uint8Array): JsonText {
    return new JsonText(null, bytes);
  }

  /**
   * The value the text holds.
   *
   * @example
   * ```ts
   * JsonText.unchecked('{"a":[1]}').parse(); // { a: [1] }
   * ```
   */
  parse(): JsonValue {
    return JSON.parse(this.text) as JsonValue;
  }

  /**
   * What `JSON.stringify` writes for it: the value itself, so a row holding a `JsonText` serializes like the row
   * holding the value.
   *
   * @example
   * ```ts
   * JSON.stringify({ payload: JsonText.unchecked('{"a":1}') }); // '{"payload":{"a":1}}'
   * ```
   */
  toJSON(): JsonValue {
    return this.parse();
  }
}

const UTF8 = new TextDecoder('utf-8', { fatal: true });

/** The brand {@link JsonText.is} looks for; `Symbol.for` makes it the same symbol in every copy of this module. */
const JSON_TEXT_BRAND = Symbol.for('trainkit.JsonText');
Object.defineProperty(JsonText.prototype, JSON_TEXT_BRAND, { value: true });

/**
 * A {@link JsonText}, parsed into its value.
 *
 * @example
 * ```ts
 * JsonTextSchema.parse(JsonText.unchecked('[1]')); // [1]
 * ```
 */
export const JsonTextSchema = z
  .custom<JsonText>((value) => JsonText.is(value), { message: 'expected a JsonText' })
  .transform((json): JsonValue => JSON.parse(json.text) as JsonValue);

/**
 * A JSON column that also accepts its value as {@link JsonText}: zod parses the text into the value; trainkit's
 * storage adapters write the text as it is, without serializing or walking the value.
 *
 * @example
 * ```ts
 * JsonValueOrTextSchema.parse({ a: 1 }); // { a: 1 }
 * JsonValueOrTextSchema.parse(JsonText.unchecked('{"a":1}')); // { a: 1 }
 * ```
 */
// The text comes first: a JsonText of another copy of core must not be taken for a plain record by JsonValueSchema.
export const JsonValueOrTextSchema = withColumnKind(z.union([JsonTextSchema, JsonValueSchema]), 'json');
