import type { JsonValue } from '@trainkit/core';

const MAX_DEPTH = 32;

/**
 * A decoded FIT value as JSON: `Date`s become ISO-8601 strings (`null` when invalid), `bigint`s numbers when safe and
 * decimal strings otherwise, non-finite numbers `null`, `-0` is `0`, typed arrays plain arrays; `undefined` fields are
 * left out. The result survives `JSON.stringify` and `JSON.parse` unchanged (what the raw lake keeps), and a value
 * that already is such JSON comes back equal. Never throws; anything else (functions, symbols, values nested deeper
 * than 32 levels) becomes `null`.
 */
export function fitJson(value: unknown, depth = 0): JsonValue | null {
  if (value === null || value === undefined) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? (value === 0 ? 0 : value) : null;
    case 'bigint':
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value.toString();
    case 'object':
      break;
    default:
      return null;
  }
  if (depth >= MAX_DEPTH) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
  if (Array.isArray(value) || ArrayBuffer.isView(value)) {
    const list = Array.isArray(value) ? value : Array.from(value as unknown as ArrayLike<unknown>);
    return list.map((item) => fitJson(item, depth + 1)) as JsonValue;
  }
  const entries: [string, JsonValue | null][] = [];
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    if (item !== undefined) entries.push([key, fitJson(item, depth + 1)]);
  }
  // `fromEntries` defines own properties: assigning `out['__proto__']` would set the prototype instead of a key.
  return Object.fromEntries(entries) as JsonValue;
}
