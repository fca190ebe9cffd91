import type { JsonValue } from '@trainkit/core';
import type { NormalizationFailure } from '../normalization-failure.js';

/** The payload as JSON, or why it is not. */
export type PayloadRead = { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly failure: NormalizationFailure };

const HTML_START = /^(?:<!doctype\s+html|<html|<head|<body|<\?xml|<)/i;

/**
 * Reads a payload given either as the response text or as already-parsed JSON. Text that looks like an HTML page is
 * `not_json`; other text that does not parse is `invalid_json`. Bytes are decoded as UTF-8 first.
 */
export function readPayload(input: unknown): PayloadRead {
  let text: string | undefined;
  if (typeof input === 'string') text = input;
  else if (input instanceof Uint8Array) text = new TextDecoder('utf-8', { fatal: false }).decode(input);
  if (text === undefined) return { ok: true, value: input };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (HTML_START.test(trimmed)) {
    return { ok: false, failure: { code: 'not_json', message: 'received markup (an HTML page?) where JSON was expected', path: [] } };
  }
  try {
    return { ok: true, value: JSON.parse(trimmed) as unknown };
  } catch (error) {
    const reason = error instanceof Error ? error.message : 'unparseable';
    return { ok: false, failure: { code: 'invalid_json', message: `not valid JSON: ${reason || 'unparseable'}`, path: [] } };
  }
}

/** True for a plain JSON object (not an array, not null). */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The value as a JSON value: parsed JSON already is one; anything else (an object with `undefined`, a function, a
 * non-finite number, a cycle) is passed through `JSON.stringify` the way it would be stored. `null` when it cannot be.
 */
export function asJsonValue(value: unknown): JsonValue | null {
  if (isPlainJson(value, 0)) return value as JsonValue;
  try {
    const text = JSON.stringify(value);
    return text === undefined ? null : (JSON.parse(text) as JsonValue);
  } catch {
    return null;
  }
}

function isPlainJson(value: unknown, depth: number): boolean {
  if (depth > 64) return false;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return true;
  if (typeof value === 'number') return Number.isFinite(value);
  if (Array.isArray(value)) {
    // An index loop, not `every`: `every` skips the holes of a sparse array, which are not JSON.
    for (let index = 0; index < value.length; index += 1) {
      if (!isPlainJson(value[index], depth + 1)) return false;
    }
    return true;
  }
  if (typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.values(value as Record<string, unknown>).every((item) => isPlainJson(item, depth + 1));
  }
  return false;
}
