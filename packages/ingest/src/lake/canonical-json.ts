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

/**
 * The value with its object keys sorted at every depth. Parts already in that order (objects written with sorted
 * keys, as the Apple Health reader writes its elements) are returned themselves, not copied: a canonical payload is
 * stringified with no copy made of it.
 */
function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return sortItems(value);
  if (value !== null && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return keysInSortedOrder(source) ? sortMembers(source) : sortedCopy(source);
  }
  return value;
}

function sortItems(items: readonly unknown[]): readonly unknown[] {
  let copy: unknown[] | null = null;
  for (let index = 0; index < items.length; index += 1) {
    const item = items[index];
    const sorted = sortKeys(item);
    if (copy === null && sorted !== item) copy = items.slice(0, index);
    copy?.push(sorted);
  }
  return copy ?? items;
}

/**
 * Whether a plain object's keys already enumerate in sorted order. `for...in` enumerates keys in the order
 * `JSON.stringify` writes them (integer-like keys first, ascending, then the others as inserted); when that order is
 * sorted, a copy with its keys inserted in sorted order would be written identically. Objects of a class (a `toJSON`,
 * inherited keys) are never taken as sorted.
 */
function keysInSortedOrder(source: Record<string, unknown>): boolean {
  const prototype: unknown = Object.getPrototypeOf(source);
  if (prototype !== Object.prototype && prototype !== null) return false;
  let previous: string | null = null;
  for (const key in source) {
    if (previous !== null && !(previous < key)) return false;
    previous = key;
  }
  return true;
}

/** An object whose keys are in sorted order: itself when no member changes, else a copy with the sorted members. */
function sortMembers(source: Record<string, unknown>): Record<string, unknown> {
  let copy: Record<string, unknown> | null = null;
  for (const key in source) {
    const member = source[key];
    const sorted = sortKeys(member);
    if (copy === null && sorted !== member) {
      copy = {};
      for (const earlier in source) {
        if (earlier === key) break;
        setMember(copy, earlier, source[earlier]);
      }
    }
    if (copy !== null) setMember(copy, key, sorted);
  }
  return copy ?? source;
}

function sortedCopy(source: Record<string, unknown>): Record<string, unknown> {
  const sorted: Record<string, unknown> = {};
  for (const key of sortedKeysOf(source)) setMember(sorted, key, sortKeys(source[key]));
  return sorted;
}

/** Sets an own member; assigning `object['__proto__']` would set the prototype and drop the key from the hash. */
function setMember(object: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
  else object[key] = value;
}

/** Objects with more keys than this are sorted without the cache below. */
const CACHED_SHAPE_KEYS = 64;

/**
 * The last key list seen per key count and its sorted order. Payloads repeat the same shapes object after object (an
 * Apple Health group is an array of elements with the same attributes in the same order), so comparing the keys
 * with the previous list of that length replaces most sorts; a different list is sorted and becomes the new entry.
 * The result is exactly `Object.keys(source).sort()`.
 */
const lastShapes = new Map<number, KeyShape>();

interface KeyShape {
  readonly keys: readonly string[];
  readonly sorted: readonly string[];
  /** Whether a key looks like an array index (`JSON.stringify` writes those first, in numeric order). */
  readonly indexLike: boolean;
}

function sortedKeysOf(source: Record<string, unknown>): readonly string[] {
  return shapeOf(source).sorted;
}

function shapeOf(source: Record<string, unknown>): KeyShape {
  const keys = Object.keys(source);
  if (keys.length > CACHED_SHAPE_KEYS) return newShape(keys);
  const last = lastShapes.get(keys.length);
  if (last !== undefined && sameKeys(keys, last.keys)) return last;
  const shape = newShape(keys);
  lastShapes.set(keys.length, shape);
  return shape;
}

function newShape(keys: readonly string[]): KeyShape {
  return { keys, sorted: [...keys].sort(), indexLike: keys.some((key) => INDEX_LIKE.test(key)) };
}

const INDEX_LIKE = /^\d+$/;

function sameKeys(a: readonly string[], b: readonly string[]): boolean {
  for (let index = 0; index < a.length; index += 1) if (a[index] !== b[index]) return false;
  return true;
}

/**
 * The order in which {@link canonicalJson} writes a plain object's members: its keys sorted, when none looks like an
 * array index; `null` for an object that is not plain or has such a key (its text is then `canonicalJson`'s own).
 *
 * @internal
 */
export function canonicalMemberOrder(source: Record<string, unknown>): readonly string[] | null {
  const prototype: unknown = Object.getPrototypeOf(source);
  if (prototype !== Object.prototype && prototype !== null) return null;
  const shape = shapeOf(source);
  return shape.indexLike ? null : shape.sorted;
}
