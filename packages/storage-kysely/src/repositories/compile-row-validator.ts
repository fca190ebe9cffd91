import { InstantSchema, JsonText, JsonValueOrTextSchema, JsonValueSchema, LocalDateSchema, MAX_INSTANT, MIN_INSTANT, TimeZoneSchema } from '@trainkit/core';
import type { z } from 'zod';

/*
 * The lean validation path. Validating a million rows with zod's general-purpose parser costs more than writing them,
 * so each insert schema is compiled once into a specialized function that either returns exactly what zod's parse
 * would return, or gives up (`undefined`), in which case the caller runs zod itself (which then succeeds with its own
 * output or throws the exact error). Giving up is always safe; accepting is only done where the semantics are known:
 *
 * - objects: plain objects, unknown keys rejected (strict) or dropped (strip), shape keys in order;
 * - `default` (primitive default values), `nullable`, `string` (length and non-global regex checks), `number` (finite,
 *   safe-integer / int32 formats, inclusive or exclusive bounds), `boolean`, `enum`, `literal`;
 * - core's `InstantSchema` on canonical `YYYY-MM-DDTHH:MM:SS.mmmZ` strings (a fixed point of its transform);
 * - core's `LocalDateSchema` and `TimeZoneSchema`, which are pure, by a per-value cache of zod's own verdict;
 * - core's `JsonValueSchema` on plain data (`{}` objects without symbol, hidden or `__proto__` keys, real arrays,
 *   finite numbers, strings, booleans, nested `null`), accepted as is: zod's output is a deep copy of exactly that;
 * - core's `JsonValueOrTextSchema`: plain data as above, and a `JsonText` kept as it is (the one exception to "exactly
 *   zod's output": zod would parse the text into its value; the codecs write the text, which is that same value);
 * - any other field schema by running that field's zod schema alone (exactly what the object parser does for it);
 * - the object's own refinements (`superRefine` cross-field rules) by running zod's checks on the assembled row; any
 *   issue means "give up", so the error always comes from zod.
 *
 * `compile-row-validator.test.ts` checks, table by table and with generated inputs, that an accepted row is exactly
 * zod's output.
 */

/** Marker for "this value is not known to be valid". */
const INVALID: unique symbol = Symbol('invalid');
type FieldPlan = (value: unknown) => unknown;

/** What a compiled validator returns: zod's output for the row, or `undefined` to let zod decide. */
export type CompiledRowValidator = (input: unknown) => Record<string, unknown> | undefined;

interface ZodInternals {
  readonly _zod: {
    readonly def: Record<string, unknown> & { readonly type: string };
    readonly check?: (payload: CheckPayload) => unknown;
  };
}

interface CheckPayload {
  value: unknown;
  issues: unknown[];
}

const CANONICAL_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;
const MEMO_LIMIT = 10_000;

function internals(schema: unknown): ZodInternals['_zod'] {
  return (schema as ZodInternals)._zod;
}

function sameSchema(schema: unknown, base: unknown): boolean {
  return internals(schema).def === internals(base).def;
}

/** A field checked by running its own zod schema: exact by construction. */
function zodPlan(schema: z.ZodType): FieldPlan {
  return (value) => {
    const result = schema.safeParse(value);
    return result.success ? result.data : INVALID;
  };
}

/** A pure field schema checked once per distinct string value (zod's own verdict, remembered). */
function memoizedPlan(schema: z.ZodType): FieldPlan {
  const verdicts = new Map<string, unknown>();
  const parse = zodPlan(schema);
  return (value) => {
    if (typeof value !== 'string') return parse(value);
    let verdict = verdicts.get(value);
    if (verdict === undefined) {
      verdict = parse(value);
      if (verdicts.size >= MEMO_LIMIT) verdicts.clear();
      verdicts.set(value, verdict);
    }
    return verdict;
  };
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function digits(value: string, start: number, length: number): number {
  let result = 0;
  for (let index = start; index < start + length; index += 1) result = result * 10 + (value.charCodeAt(index) - 48);
  return result;
}

/**
 * `InstantSchema` accepts a canonical instant unchanged when it names a real time, i.e. exactly when the string
 * round-trips through `Date` (month 1-12, a day of that month, hour < 24, minute and second < 60; no leap seconds),
 * within core's instant range (`MIN_INSTANT`..`MAX_INSTANT`, compared as text). Checked arithmetically, without
 * building a `Date`.
 */
function isCanonicalInstant(value: unknown): boolean {
  if (typeof value !== 'string' || value.length !== 24 || !CANONICAL_INSTANT.test(value)) return false;
  if (value < MIN_INSTANT || value > MAX_INSTANT) return false;
  const year = digits(value, 0, 4);
  const month = digits(value, 5, 2);
  const day = digits(value, 8, 2);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const monthDays = month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
  return day <= monthDays && digits(value, 11, 2) < 24 && digits(value, 14, 2) < 60 && digits(value, 17, 2) < 60;
}

function instantPlan(fallback: FieldPlan): FieldPlan {
  return (value) => (isCanonicalInstant(value) ? value : fallback(value));
}

/** Nesting deeper than this is left to zod. */
const MAX_JSON_DEPTH = 64;

/** True when `value` is plain JSON data that `z.json()` accepts and copies unchanged (see the header). */
function isPlainJson(value: unknown, depth: number): boolean {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return true;
    case 'number':
      return Number.isFinite(value);
    case 'object': {
      if (value === null) return true;
      if (depth >= MAX_JSON_DEPTH) return false;
      if (Array.isArray(value)) {
        if (Object.getPrototypeOf(value) !== Array.prototype) return false;
        for (let index = 0; index < value.length; index += 1) if (!isPlainJson(value[index], depth + 1)) return false;
        return true;
      }
      // zod copies into `{}`: a null-prototype object would come back with another prototype.
      if (Object.getPrototypeOf(value) !== Object.prototype) return false;
      const keys = Object.keys(value);
      if (Object.getOwnPropertyNames(value).length !== keys.length || Object.getOwnPropertySymbols(value).length > 0) return false;
      const record = value as Record<string, unknown>;
      for (const key of keys) if (key === '__proto__' || !isPlainJson(record[key], depth + 1)) return false;
      return true;
    }
    default:
      return false;
  }
}

/** `JsonValueSchema`: any plain JSON value except a top-level `null`; anything unusual goes to zod. */
function jsonPlan(fallback: FieldPlan): FieldPlan {
  return (value) => (value !== null && isPlainJson(value, 0) ? value : fallback(value));
}

/** `JsonValueOrTextSchema`: a `JsonText` is kept for the codec to write its text unread; a value as {@link jsonPlan}. */
function jsonOrTextPlan(fallback: FieldPlan): FieldPlan {
  const plain = jsonPlan(fallback);
  return (value) => (JsonText.is(value) ? value : plain(value));
}

function checksOf(def: Record<string, unknown>): { def: Record<string, unknown> & { check?: string } }[] {
  const checks = (def.checks as { _zod: { def: Record<string, unknown> & { check?: string } } }[] | undefined) ?? [];
  return checks.map((check) => ({ def: check._zod.def }));
}

function stringPlan(schema: z.ZodType, def: Record<string, unknown>): FieldPlan {
  if (def.coerce) return zodPlan(schema);
  let minimum = 0;
  let maximum = Number.POSITIVE_INFINITY;
  const patterns: RegExp[] = [];
  for (const { def: check } of checksOf(def)) {
    if (check.check === 'min_length') minimum = Math.max(minimum, check.minimum as number);
    else if (check.check === 'max_length') maximum = Math.min(maximum, check.maximum as number);
    else if (check.check === 'length_equals') {
      minimum = Math.max(minimum, check.length as number);
      maximum = Math.min(maximum, check.length as number);
    } else if (check.check === 'string_format' && check.format === 'regex' && check.pattern instanceof RegExp) {
      if (check.pattern.global || check.pattern.sticky) return zodPlan(schema);
      patterns.push(check.pattern);
    } else return zodPlan(schema);
  }
  const [pattern, ...others] = patterns;
  if (others.length > 0) return zodPlan(schema);
  if (pattern) {
    return (value) =>
      typeof value === 'string' && value.length >= minimum && value.length <= maximum && pattern.test(value) ? value : INVALID;
  }
  return (value) => (typeof value === 'string' && value.length >= minimum && value.length <= maximum ? value : INVALID);
}

function numberPlan(schema: z.ZodType, def: Record<string, unknown>): FieldPlan {
  if (def.coerce) return zodPlan(schema);
  let integer = false;
  let lower = Number.NEGATIVE_INFINITY;
  let lowerInclusive = true;
  let upper = Number.POSITIVE_INFINITY;
  let upperInclusive = true;
  for (const { def: check } of checksOf(def)) {
    if (check.check === 'number_format' && check.format === 'safeint') integer = true;
    else if (check.check === 'number_format' && check.format === 'int32') {
      integer = true;
      if (-2_147_483_648 > lower) [lower, lowerInclusive] = [-2_147_483_648, true];
      if (2_147_483_647 < upper) [upper, upperInclusive] = [2_147_483_647, true];
    } else if (check.check === 'greater_than' && typeof check.value === 'number') {
      if (check.value > lower || (check.value === lower && !check.inclusive)) [lower, lowerInclusive] = [check.value, Boolean(check.inclusive)];
    } else if (check.check === 'less_than' && typeof check.value === 'number') {
      if (check.value < upper || (check.value === upper && !check.inclusive)) [upper, upperInclusive] = [check.value, Boolean(check.inclusive)];
    } else return zodPlan(schema);
  }
  return (value) => {
    if (typeof value !== 'number' || !Number.isFinite(value)) return INVALID;
    if (integer && !Number.isSafeInteger(value)) return INVALID;
    if (lowerInclusive ? value < lower : value <= lower) return INVALID;
    if (upperInclusive ? value > upper : value >= upper) return INVALID;
    return value;
  };
}

function isPrimitive(value: unknown): boolean {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

function fieldPlan(schema: z.ZodType): FieldPlan {
  if (sameSchema(schema, InstantSchema)) return instantPlan(zodPlan(schema));
  if (sameSchema(schema, JsonValueSchema)) return jsonPlan(zodPlan(schema));
  if (sameSchema(schema, JsonValueOrTextSchema)) return jsonOrTextPlan(zodPlan(schema));
  if (sameSchema(schema, LocalDateSchema) || sameSchema(schema, TimeZoneSchema)) return memoizedPlan(schema);
  const def = internals(schema).def;
  if (checksOf(def).some(({ def: check }) => check.check === 'custom') && def.type !== 'string' && def.type !== 'number') {
    return zodPlan(schema);
  }
  switch (def.type) {
    case 'default': {
      const defaultValue = def.defaultValue;
      if (!isPrimitive(defaultValue)) return zodPlan(schema);
      const inner = fieldPlan(def.innerType as z.ZodType);
      return (value) => (value === undefined ? defaultValue : inner(value));
    }
    case 'nullable': {
      const inner = fieldPlan(def.innerType as z.ZodType);
      return (value) => (value === null ? null : inner(value));
    }
    case 'string':
      return stringPlan(schema, def);
    case 'number':
      return numberPlan(schema, def);
    case 'boolean':
      return def.coerce ? zodPlan(schema) : (value) => (typeof value === 'boolean' ? value : INVALID);
    case 'enum': {
      const values = new Set(Object.values(def.entries as Record<string, unknown>));
      return (value) => (values.has(value) ? value : INVALID);
    }
    case 'literal': {
      const values = new Set(def.values as unknown[]);
      return (value) => (values.has(value) ? value : INVALID);
    }
    default:
      return zodPlan(schema);
  }
}

function withoutKey(record: Record<string, unknown>, key: string): Record<string, unknown> {
  const copy = { ...record };
  delete copy[key];
  return copy;
}

/**
 * Compiles the lean validator of an object schema (a table's insert schema), or returns `undefined` when the schema is
 * not a plain object schema (then zod validates every row).
 *
 * @internal
 */
export function compileRowValidator(schema: z.ZodType): CompiledRowValidator | undefined {
  const def = internals(schema).def;
  if (def.type !== 'object') return undefined;
  const catchall = def.catchall as z.ZodType | undefined;
  const strict = catchall !== undefined && internals(catchall).def.type === 'never';
  if (catchall !== undefined && !strict) return undefined;
  const objectChecks = ((def.checks as unknown[] | undefined) ?? []).map((check) => internals(check));
  if (objectChecks.some((check) => typeof check.check !== 'function' || check.def.check !== 'custom')) return undefined;
  const shape = def.shape as Record<string, z.ZodType>;
  const keys = Object.keys(shape);
  const keySet = new Set(keys);
  const plans = keys.map((key) => fieldPlan(shape[key]!));
  const count = keys.length;

  // A template with every key, copied per row: the output object gets its final shape at once instead of growing
  // property by property (which would push a 30-column row into slow dictionary mode).
  const template: Record<string, unknown> = Object.fromEntries(keys.map((key) => [key, null]));

  return (input) => {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) return undefined;
    const prototype = Object.getPrototypeOf(input);
    if (prototype !== Object.prototype && prototype !== null) return undefined;
    const record = input as Record<string, unknown>;
    if (strict) {
      for (const key in record) if (!keySet.has(key)) return undefined;
    }
    let output: Record<string, unknown> = { ...template };
    for (let index = 0; index < count; index += 1) {
      const key = keys[index]!;
      const value = plans[index]!(record[key]);
      if (value === INVALID) return undefined;
      if (value === undefined) {
        // zod leaves out a key whose (optional) field parsed to undefined and was absent from the input.
        if (!(key in record)) {
          output = withoutKey(output, key);
          continue;
        }
      }
      output[key] = value;
    }
    if (objectChecks.length > 0) {
      const payload: CheckPayload = { value: output, issues: [] };
      for (const check of objectChecks) {
        const when = check.def.when as ((payload: CheckPayload) => boolean) | undefined;
        if (when && !when(payload)) continue;
        const result = check.check!(payload);
        if (result instanceof Promise) return undefined;
      }
      if (payload.issues.length > 0) return undefined;
    }
    return output;
  };
}
