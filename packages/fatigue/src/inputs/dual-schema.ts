import { z } from 'zod';

/**
 * Internal: one field rule written once and compiled twice: into a zod schema (the boundary contract, with field
 * paths and messages) and into plain data checked by {@link checkRule}, true only for values zod accepts and returns
 * unchanged. The engine runs the check over large histories and falls back to zod, for the error report, only when
 * it fails; the tests check that the two agree. Rules are data interpreted by one function (not closures), which
 * keeps the hot loop monomorphic.
 */
export interface DualRule<T extends z.ZodType = z.ZodType> {
  /** Zod schema of the value. */
  readonly zod: T;
  /** What {@link checkRule} tests. */
  readonly spec: RuleSpec;
}

type RuleSpec =
  | { readonly kind: 'number'; readonly nullish: boolean; readonly min: number; readonly max: number; readonly gt: number; readonly int: boolean }
  | { readonly kind: 'string'; readonly nullish: boolean; readonly min: number; readonly max: number }
  | { readonly kind: 'boolean'; readonly nullish: boolean }
  | { readonly kind: 'enum'; readonly nullish: boolean; readonly allowed: ReadonlySet<unknown> }
  | { readonly kind: 'custom'; readonly nullish: boolean; readonly predicate: (value: unknown) => boolean }
  | { readonly kind: 'array'; readonly nullish: boolean; readonly item: RuleSpec; readonly max: number }
  | {
      readonly kind: 'object';
      readonly nullish: boolean;
      readonly keys: readonly string[];
      readonly fields: readonly RuleSpec[];
    };

/** Internal: true when `value` satisfies the rule (so zod accepts it and returns it unchanged). */
export function checkRule(spec: RuleSpec, value: unknown): boolean {
  if (value === undefined || value === null) return spec.nullish;
  switch (spec.kind) {
    case 'number':
      return (
        typeof value === 'number' &&
        value >= spec.min &&
        value <= spec.max &&
        value > spec.gt &&
        Number.isFinite(value) &&
        (!spec.int || Number.isSafeInteger(value))
      );
    case 'string':
      return typeof value === 'string' && value.length >= spec.min && value.length <= spec.max;
    case 'boolean':
      return typeof value === 'boolean';
    case 'enum':
      return spec.allowed.has(value);
    case 'custom':
      return spec.predicate(value);
    case 'array': {
      if (!Array.isArray(value) || value.length > spec.max) return false;
      const item = spec.item;
      for (let index = 0; index < value.length; index += 1) if (!checkRule(item, value[index])) return false;
      return true;
    }
    case 'object': {
      if (typeof value !== 'object' || Array.isArray(value)) return false;
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null) return false;
      const record = value as Record<string, unknown>;
      let present = 0;
      for (const key in record) if (Object.hasOwn(record, key)) present += 1;
      let matched = 0;
      const { keys, fields } = spec;
      for (let index = 0; index < keys.length; index += 1) {
        const key = keys[index]!;
        const field = record[key];
        if (field === undefined) {
          if (Object.hasOwn(record, key)) matched += 1;
          if (!fields[index]!.nullish) return false;
          continue;
        }
        matched += 1;
        if (!checkRule(fields[index]!, field)) return false;
      }
      return matched === present;
    }
  }
}

/** Internal: a finite number with optional bounds (messages are used by zod). */
export function numberRule(options: {
  min?: number;
  max?: number;
  gt?: number;
  int?: boolean;
  minMessage?: string;
  maxMessage?: string;
}): DualRule<z.ZodNumber> {
  let schema = z.number();
  if (options.int === true) schema = schema.int();
  if (options.gt !== undefined) schema = schema.gt(options.gt, options.minMessage);
  if (options.min !== undefined) schema = schema.min(options.min, options.minMessage);
  if (options.max !== undefined) schema = schema.max(options.max, options.maxMessage);
  return {
    zod: schema,
    spec: {
      kind: 'number',
      nullish: false,
      min: options.min ?? Number.NEGATIVE_INFINITY,
      max: options.max ?? Number.POSITIVE_INFINITY,
      gt: options.gt ?? Number.NEGATIVE_INFINITY,
      int: options.int === true,
    },
  };
}

/** Internal: a string with length bounds. */
export function stringRule(options: { min?: number; max?: number; message?: string } = {}): DualRule<z.ZodString> {
  let schema = options.message === undefined ? z.string() : z.string({ error: options.message });
  if (options.min !== undefined) schema = schema.min(options.min, options.message);
  if (options.max !== undefined) schema = schema.max(options.max);
  return {
    zod: schema,
    spec: { kind: 'string', nullish: false, min: options.min ?? 0, max: options.max ?? Number.POSITIVE_INFINITY },
  };
}

/** Internal: a boolean. */
export function booleanRule(): DualRule<z.ZodBoolean> {
  return { zod: z.boolean(), spec: { kind: 'boolean', nullish: false } };
}

/** Internal: one of a closed set of strings. */
export function enumRule<const T extends readonly [string, ...string[]]>(
  values: T,
): DualRule<z.ZodEnum<{ [K in T[number]]: K }>> {
  return {
    zod: z.enum(values) as z.ZodEnum<{ [K in T[number]]: K }>,
    spec: { kind: 'enum', nullish: false, allowed: new Set<unknown>(values) },
  };
}

/** Internal: a rule defined by an existing schema and an equivalent predicate. */
export function customRule<T extends z.ZodType>(schema: T, predicate: (value: unknown) => boolean): DualRule<T> {
  return { zod: schema, spec: { kind: 'custom', nullish: false, predicate } };
}

/** Internal: the value may also be `null` or absent. */
export function nullishRule<T extends z.ZodType>(rule: DualRule<T>): DualRule<z.ZodOptional<z.ZodNullable<T>>> {
  return { zod: rule.zod.nullish(), spec: { ...rule.spec, nullish: true } };
}

/** Internal: an array of items, at most `max` long. */
export function arrayRule<T extends z.ZodType>(item: DualRule<T>, max: number): DualRule<z.ZodReadonly<z.ZodArray<T>>> {
  return { zod: z.array(item.zod).max(max).readonly(), spec: { kind: 'array', nullish: false, item: item.spec, max } };
}

/** Internal: a strict object (unknown keys rejected) of the given field rules. */
export function strictObjectRule<S extends Record<string, { readonly zod: z.ZodType; readonly spec: RuleSpec }>>(
  shape: S,
): { readonly zod: z.ZodObject<{ [K in keyof S]: S[K]['zod'] }, z.core.$strict>; readonly spec: RuleSpec } {
  const keys = Object.keys(shape);
  const zodShape = Object.fromEntries(keys.map((key) => [key, shape[key]!.zod])) as { [K in keyof S]: S[K]['zod'] };
  return {
    zod: z.strictObject(zodShape),
    spec: { kind: 'object', nullish: false, keys, fields: keys.map((key) => shape[key]!.spec) },
  };
}

/** Internal: the predicate of a rule as a function. */
export function ruleCheck(rule: DualRule): (value: unknown) => boolean {
  const spec = rule.spec;
  return (value) => checkRule(spec, value);
}

interface CompileContext {
  readonly functions: string[];
  readonly customs: Array<(value: unknown) => boolean>;
  readonly enums: Array<ReadonlySet<unknown>>;
}

/** Generates a boolean expression that checks `variable` against `spec` (nested objects/arrays become functions). */
function expression(spec: RuleSpec, variable: string, context: CompileContext): string {
  const nullish = spec.nullish ? `${variable} === undefined || ${variable} === null || ` : '';
  let test: string;
  switch (spec.kind) {
    case 'number': {
      const parts = [`typeof ${variable} === 'number'`, `Number.isFinite(${variable})`];
      if (spec.min !== Number.NEGATIVE_INFINITY) parts.push(`${variable} >= ${JSON.stringify(spec.min)}`);
      if (spec.max !== Number.POSITIVE_INFINITY) parts.push(`${variable} <= ${JSON.stringify(spec.max)}`);
      if (spec.gt !== Number.NEGATIVE_INFINITY) parts.push(`${variable} > ${JSON.stringify(spec.gt)}`);
      if (spec.int) parts.push(`Number.isSafeInteger(${variable})`);
      test = parts.join(' && ');
      break;
    }
    case 'string': {
      const parts = [`typeof ${variable} === 'string'`];
      if (spec.min > 0) parts.push(`${variable}.length >= ${JSON.stringify(spec.min)}`);
      if (spec.max !== Number.POSITIVE_INFINITY) parts.push(`${variable}.length <= ${JSON.stringify(spec.max)}`);
      test = parts.join(' && ');
      break;
    }
    case 'boolean':
      test = `typeof ${variable} === 'boolean'`;
      break;
    case 'enum':
      context.enums.push(spec.allowed);
      test = `e[${context.enums.length - 1}].has(${variable})`;
      break;
    case 'custom':
      context.customs.push(spec.predicate);
      test = `c[${context.customs.length - 1}](${variable})`;
      break;
    case 'array': {
      const item = compileFunction(spec.item, context);
      const name = `a${context.functions.length}`;
      context.functions.push(
        `function ${name}(v) { if (!Array.isArray(v) || v.length > ${JSON.stringify(spec.max)}) return false; ` +
          `for (let i = 0; i < v.length; i++) if (!${item}(v[i])) return false; return true; }`,
      );
      test = `${name}(${variable})`;
      break;
    }
    case 'object':
      test = `${compileFunction({ ...spec, nullish: false }, context)}(${variable})`;
      break;
  }
  return `(${nullish}(${test}))`;
}

/** Generates a named function checking `spec`; returns its name. */
function compileFunction(spec: RuleSpec, context: CompileContext): string {
  if (spec.kind !== 'object') {
    const name = `f${context.functions.length}`;
    context.functions.push('');
    const position = context.functions.length - 1;
    context.functions[position] = `function ${name}(v) { return ${expression(spec, 'v', context)}; }`;
    return name;
  }
  const name = `o${context.functions.length}`;
  context.functions.push('');
  const position = context.functions.length - 1;
  const lines = [
    `function ${name}(v) {`,
    `if (typeof v !== 'object' || v === null || Array.isArray(v)) return false;`,
    `const p = Object.getPrototypeOf(v); if (p !== Object.prototype && p !== null) return false;`,
    `let present = 0; for (const k in v) present++;`,
    `let matched = 0; let f;`,
  ];
  spec.keys.forEach((key, index) => {
    const field = spec.fields[index]!;
    const literal = JSON.stringify(key);
    lines.push(
      `f = v[${literal}];`,
      `if (f === undefined) { if (Object.hasOwn(v, ${literal})) matched++; ${field.nullish ? '' : 'return false;'} }`,
      `else { matched++; if (!${expression({ ...field, nullish: false }, 'f', context)}) return false; }`,
    );
  });
  lines.push('return matched === present; }');
  context.functions[position] = lines.join('\n');
  return name;
}

const COMPILED = new WeakMap<RuleSpec, (value: unknown) => boolean>();

/**
 * Internal: the rule's check compiled to a specialised JavaScript function (what zod itself does for speed), or the
 * {@link checkRule} interpreter where code generation is not allowed (strict CSP). Memoized per rule.
 */
export function compiledCheck(rule: DualRule): (value: unknown) => boolean {
  const cached = COMPILED.get(rule.spec);
  if (cached !== undefined) return cached;
  let check: (value: unknown) => boolean;
  try {
    const context: CompileContext = { functions: [], customs: [], enums: [] };
    const entry = compileFunction(rule.spec, context);
    const source = `${context.functions.join('\n')}\nreturn ${entry};`;
    check = new Function('c', 'e', source)(context.customs, context.enums) as (value: unknown) => boolean;
  } catch {
    const spec = rule.spec;
    check = (value) => checkRule(spec, value);
  }
  COMPILED.set(rule.spec, check);
  return check;
}
