/**
 * The canonical JSON text of a value: object keys sorted by UTF-16 code unit at every depth, no whitespace, arrays in
 * order, `undefined` object members dropped (as `JSON.stringify` does). Two values with the same content give the
 * same text whatever the order their keys were written in, so the text hashes stably.
 *
 * @param value - Any JSON value (parsed provider payload).
 * @returns Its canonical JSON text.
 *
 * @example
 * ```ts
 * canonicalJson({ b: 1, a: [true, { d: null, c: 'x' }] }); // '{"a":[true,{"c":"x","d":null}],"b":1}'
 * ```
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    const sorted: Record<string, unknown> = {};
    for (const key of sortedKeysOf(source)) {
      // Assigning `sorted['__proto__']` would set the prototype and drop the key from the hash.
      if (key === '__proto__') Object.defineProperty(sorted, key, { value: sortKeys(source[key]), enumerable: true, writable: true, configurable: true });
      else sorted[key] = sortKeys(source[key]);
    }
    return sorted;
  }
  return value;
}

/** Objects with more keys than this are sorted without the cache below. */
const CACHED_SHAPE_KEYS = 64;

/**
 * The last key list seen per key count and its sorted order. Payloads repeat the same shapes object after object (an
 * Apple Health group is an array of elements with the same attributes in the same order), so comparing the keys
 * with the previous list of that length replaces most sorts; a different list is sorted and becomes the new entry.
 * The result is exactly `Object.keys(source).sort()`.
 */
const lastShapes = new Map<number, { readonly keys: readonly string[]; readonly sorted: readonly string[] }>();

function sortedKeysOf(source: Record<string, unknown>): readonly string[] {
  const keys = Object.keys(source);
  if (keys.length > CACHED_SHAPE_KEYS) return keys.sort();
  const last = lastShapes.get(keys.length);
  if (last !== undefined && sameKeys(keys, last.keys)) return last.sorted;
  const sorted = [...keys].sort();
  lastShapes.set(keys.length, { keys, sorted });
  return sorted;
}

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}
