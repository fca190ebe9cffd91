import type { JsonValue } from '@trainkit/core';
import { canonicalJson, canonicalMemberOrder } from './canonical-json.js';

/** Where a payload's bytes are in the writer's buffer, with its item count. */
export interface WrittenPayload {
  readonly start: number;
  readonly end: number;
  /** Items of a list payload, 0 for any other payload (as `SerializedPayload.items`). */
  readonly items: number;
}

const MIN_INITIAL_BYTES = 64 * 1024;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const COMMA = 0x2c;
const QUOTE = 0x22;
const NULL = Buffer.from('null');
/** What `JSON.stringify` escapes in a string: quote, backslash, control characters, lone surrogates (any surrogate here). */
// eslint-disable-next-line no-control-regex -- the control characters JSON escapes are what it looks for
const NEEDS_ESCAPE = /["\\\u0000-\u001f\ud800-\udfff]/;
/** Member names remembered with their encoded `"name":` (payloads repeat a few names); emptied beyond this many. */
const MAX_REMEMBERED_NAMES = 4096;

/**
 * Writes the canonical JSON of payloads ({@link canonicalJson}) as UTF-8 into one growing buffer: the form in which
 * the reading worker hands a batch of payloads to the writing thread (the buffer is transferred, not copied, and a
 * storage binds the bytes as text without encoding them again). The writing thread hashes the bytes
 * (`contentHashOfCanonicalUtf8`): the reading thread is the busier of the two.
 *
 * A list is written item by item, straight into the buffer: an Apple Health group of thousands of elements never
 * becomes one string (a text that large is built as a tree of pieces, copied whole by its first reader, and one
 * character beyond Latin-1, such as the ’ of "Jane’s Apple Watch", makes it two bytes per character: writing a group
 * so took twice as long). Each item made only of strings and lists of such items (an element, with its
 * `MetadataEntry` children) becomes one short text written in one call: encoding each member in a call of its own
 * took a third longer. The bytes are exactly the UTF-8 encoding of `canonicalJson(payload)`.
 *
 * @internal
 */
export class Utf8PayloadWriter {
  /**
   * What the last writer ended with: a batch is about the size of the previous one, so starting there spares the
   * copies of growing.
   */
  static #lastLength = 0;

  #bytes = unpooled(Math.max(MIN_INITIAL_BYTES, Utf8PayloadWriter.#lastLength));
  #length = 0;

  /** Appends a payload. */
  add(payload: JsonValue): WrittenPayload {
    const start = this.#length;
    this.#value(payload);
    return { start, end: this.#length, items: Array.isArray(payload) ? payload.length : 0 };
  }

  /** The buffer holding every payload added (possibly longer than the bytes written); the writer is spent after. */
  take(): ArrayBuffer {
    Utf8PayloadWriter.#lastLength = this.#length;
    const buffer = this.#bytes.buffer as ArrayBuffer;
    this.#bytes = Buffer.alloc(0);
    return buffer;
  }

  /** Writes `canonicalJson(value)`. */
  #value(value: unknown): void {
    if (typeof value === 'string') {
      this.#string(value);
      return;
    }
    if (Array.isArray(value)) {
      this.#array(value);
      return;
    }
    if (value !== null && typeof value === 'object' && this.#object(value as Record<string, unknown>)) return;
    // Numbers, booleans, null, and objects whose order canonicalJson decides itself.
    this.#text(canonicalJson(value));
  }

  #string(value: string): void {
    if (NEEDS_ESCAPE.test(value)) {
      this.#text(JSON.stringify(value));
      return;
    }
    this.#byte(QUOTE);
    this.#text(value);
    this.#byte(QUOTE);
  }

  #array(items: readonly unknown[]): void {
    this.#byte(OPEN_BRACKET);
    for (let index = 0; index < items.length; index += 1) {
      if (index > 0) this.#byte(COMMA);
      const item = items[index];
      // As JSON.stringify: what JSON cannot hold is `null` in a list.
      if (item === undefined || typeof item === 'function' || typeof item === 'symbol') this.#bytesOf(NULL);
      else {
        const text = isObject(item) ? this.#itemText(item) : null;
        if (text === null) this.#value(item);
        else this.#text(text);
      }
    }
    this.#byte(CLOSE_BRACKET);
  }

  /**
   * The canonical JSON of a plain object whose members are strings and lists of such objects, as one string; `null`
   * for any other object (written member by member instead).
   */
  #itemText(source: Record<string, unknown>): string | null {
    const order = memberOrder(source);
    if (order === null) return null;
    let text = '{';
    for (const name of order) {
      const member = source[name];
      // As JSON.stringify: an undefined member is left out.
      if (member === undefined) continue;
      let piece: string | null = null;
      if (typeof member === 'string') piece = NEEDS_ESCAPE.test(member) ? JSON.stringify(member) : `"${member}"`;
      else if (Array.isArray(member)) piece = this.#itemsText(member);
      if (piece === null) return null;
      text += `${text.length === 1 ? '' : ','}${this.#memberName(name).text}${piece}`;
    }
    return `${text}}`;
  }

  /** A list of such objects as one string (see `#itemText`), or `null`. */
  #itemsText(items: readonly unknown[]): string | null {
    let text = '[';
    for (let index = 0; index < items.length; index += 1) {
      const item = items[index];
      const piece = isObject(item) ? this.#itemText(item) : null;
      if (piece === null) return null;
      text += index === 0 ? piece : `,${piece}`;
    }
    return `${text}]`;
  }

  /** Writes a plain object's members in canonical order; `false` (nothing written) when canonicalJson must order it. */
  #object(source: Record<string, unknown>): boolean {
    const order = memberOrder(source);
    if (order === null) return false;
    this.#byte(OPEN_BRACE);
    let first = true;
    for (const name of order) {
      const member = source[name];
      // As JSON.stringify: members JSON cannot hold are left out.
      if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
      if (!first) this.#byte(COMMA);
      first = false;
      this.#bytesOf(this.#memberName(name).bytes);
      this.#value(member);
    }
    this.#byte(CLOSE_BRACE);
    return true;
  }

  readonly #names = new Map<string, { readonly text: string; readonly bytes: Uint8Array }>();

  /** `"name":`, as text (for `#itemText`) and as UTF-8 (for `#object`). */
  #memberName(name: string): { readonly text: string; readonly bytes: Uint8Array } {
    let encoded = this.#names.get(name);
    if (encoded === undefined) {
      if (this.#names.size >= MAX_REMEMBERED_NAMES) this.#names.clear();
      const text = `${JSON.stringify(name)}:`;
      encoded = { text, bytes: Buffer.from(text, 'utf8') };
      this.#names.set(name, encoded);
    }
    return encoded;
  }

  #bytesOf(bytes: Uint8Array): void {
    this.#reserve(bytes.length);
    this.#bytes.set(bytes, this.#length);
    this.#length += bytes.length;
  }

  #byte(value: number): void {
    this.#reserve(1);
    this.#bytes[this.#length] = value;
    this.#length += 1;
  }

  #text(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8 (a surrogate pair, two units, takes 4).
    this.#reserve(text.length * 3);
    this.#length += this.#bytes.write(text, this.#length, 'utf8');
  }

  #reserve(bytes: number): void {
    const needed = this.#length + bytes;
    if (needed <= this.#bytes.length) return;
    const grown = unpooled(Math.max(needed, this.#bytes.length * 2));
    this.#bytes.copy(grown, 0, 0, this.#length);
    this.#bytes = grown;
  }
}

/** The order in which a plain object's members are written (see `canonicalMemberOrder`); `null` for one with a `toJSON`. */
function memberOrder(source: Record<string, unknown>): readonly string[] | null {
  return typeof source.toJSON === 'function' ? null : canonicalMemberOrder(source);
}

/** An object that is not a list (plain or not: `#itemText` checks). */
function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * A buffer of its own `ArrayBuffer` (never a slice of Node's shared pool, so it can be transferred), not zero-filled:
 * only the bytes written are ever read.
 */
function unpooled(bytes: number): Buffer {
  return Buffer.allocUnsafeSlow(bytes);
}
