import { z } from 'zod';
import { COLUMN_KIND_META_KEY, OPEN_CATEGORICAL_META_KEY, type ColumnKind } from '../columns/column-kind.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import type { ColumnDefinition } from './table-definition.js';

type AnySchema = z.core.$ZodType;

interface CheckDef {
  readonly check?: string;
  readonly format?: string;
  readonly value?: unknown;
  readonly inclusive?: boolean;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly pattern?: RegExp;
  readonly error?: unknown;
}

const INTEGER_FORMATS = new Set(['safeint', 'int32', 'uint32', 'int64', 'uint64']);
const JSON_TYPES = new Set(['array', 'object', 'record', 'union', 'lazy', 'unknown', 'any', 'tuple', 'intersection', 'map']);
const WRAPPER_TYPES = new Set(['readonly', 'catch', 'nonoptional', 'success']);

function definitionOf(schema: AnySchema): Record<string, unknown> & { type: string } {
  return schema._zod.def as unknown as Record<string, unknown> & { type: string };
}

function metadataOf(schema: AnySchema): Record<string, unknown> | undefined {
  return z.globalRegistry.get(schema) as Record<string, unknown> | undefined;
}

/** True when `schema` is `base` or a clone of it (`.describe()`, `.meta()`, added checks keep a parent link). */
function derivesFrom(schema: AnySchema, base: AnySchema): boolean {
  for (let current: AnySchema | undefined = schema; current; current = current._zod.parent) {
    if (current === base) return true;
  }
  return false;
}

function checksOf(schema: AnySchema): CheckDef[] {
  const definition = definitionOf(schema);
  const checks = (definition.checks as { _zod: { def: CheckDef } }[] | undefined) ?? [];
  const own: CheckDef[] = definition.check ? [definition as unknown as CheckDef] : [];
  return [...own, ...checks.map((check) => check._zod.def)];
}

function rulesOf(checks: readonly CheckDef[]): string[] {
  const rules: string[] = [];
  for (const check of checks) {
    switch (check.check) {
      case 'number_format':
        if (check.format && INTEGER_FORMATS.has(check.format)) rules.push('integer');
        break;
      case 'greater_than':
        rules.push(`${check.inclusive ? '>=' : '>'} ${String(check.value)}`);
        break;
      case 'less_than':
        rules.push(`${check.inclusive ? '<=' : '<'} ${String(check.value)}`);
        break;
      case 'multiple_of':
        rules.push(`multiple of ${String(check.value)}`);
        break;
      case 'min_length':
        rules.push(`length >= ${String(check.minimum)}`);
        break;
      case 'max_length':
        rules.push(`length <= ${String(check.maximum)}`);
        break;
      case 'string_format':
        if (check.format === 'regex' && check.pattern) rules.push(`matches ${String(check.pattern)}`);
        else if (check.format) rules.push(`format ${check.format}`);
        break;
      case 'custom': {
        const message = typeof check.error === 'function' ? (check.error as (issue: object) => unknown)({}) : undefined;
        rules.push(typeof message === 'string' ? message : 'custom rule');
        break;
      }
      default:
        break;
    }
  }
  return rules;
}

/**
 * Derives the storage description of one column from its zod schema: unwraps `nullable` / `optional` / `default` /
 * `readonly` and pipes (brands are type-only), then decides the kind by, in order: a forced kind in metadata
 * (`withColumnKind`), identity with `InstantSchema` / `LocalDateSchema` (or a clone of them), and finally the
 * structural type (`string` -> text, integer `number` -> integer, other `number` -> real, `boolean`, `enum`,
 * `literal` -> enum, arrays / objects / records / unions / `z.json()` -> json). Throws on a schema it cannot map,
 * so an unsupported column fails loudly in tests instead of being stored wrongly.
 *
 * @example
 * ```ts
 * describeColumn('avg_hr_bpm', HeartRateBpmSchema.nullable());
 * // { name: 'avg_hr_bpm', kind: 'real', nullable: true, hasDefault: false, rules: ['>= 20', '<= 250'] }
 * ```
 */
export function describeColumn(name: string, schema: z.core.$ZodType): ColumnDefinition {
  let current: AnySchema = schema;
  let nullable = false;
  let hasDefault = false;
  let defaultValue: unknown;
  let description: string | undefined;
  let openCategorical = false;
  let kind: ColumnKind | undefined;
  const rules: string[] = [];

  for (let depth = 0; depth < 32; depth++) {
    const metadata = metadataOf(current);
    if (description === undefined && typeof metadata?.description === 'string') description = metadata.description;
    if (metadata?.[OPEN_CATEGORICAL_META_KEY] === true) openCategorical = true;
    if (kind === undefined && typeof metadata?.[COLUMN_KIND_META_KEY] === 'string') {
      kind = metadata[COLUMN_KIND_META_KEY] as ColumnKind;
    }
    if (kind === undefined && derivesFrom(current, InstantSchema)) kind = 'instant';
    if (kind === undefined && derivesFrom(current, LocalDateSchema)) kind = 'date';

    const definition = definitionOf(current);
    if (definition.type === 'nullable') {
      nullable = true;
      current = definition.innerType as AnySchema;
    } else if (definition.type === 'optional') {
      current = definition.innerType as AnySchema;
    } else if (definition.type === 'default' || definition.type === 'prefault') {
      if (!hasDefault) {
        hasDefault = true;
        defaultValue = definition.defaultValue;
      }
      current = definition.innerType as AnySchema;
    } else if (WRAPPER_TYPES.has(definition.type)) {
      current = definition.innerType as AnySchema;
    } else if (definition.type === 'pipe') {
      if (kind !== undefined) break;
      const output = definition.out as AnySchema;
      current = definitionOf(output).type === 'transform' ? (definition.in as AnySchema) : output;
    } else {
      break;
    }
  }

  const definition = definitionOf(current);
  let enumValues: string[] | undefined;
  rules.push(...rulesOf(checksOf(current)));
  if (kind === undefined) {
    switch (definition.type) {
      case 'string':
        kind = 'text';
        break;
      case 'number':
        kind = checksOf(current).some((check) => check.check === 'number_format' && INTEGER_FORMATS.has(check.format ?? ''))
          ? 'integer'
          : 'real';
        break;
      case 'boolean':
        kind = 'boolean';
        break;
      case 'enum':
        kind = 'enum';
        enumValues = Object.values(definition.entries as Record<string, string>);
        break;
      case 'literal': {
        const values = definition.values as unknown[];
        if (!values.every((value) => typeof value === 'string')) {
          throw new TypeError(`column ${name}: only string literals can be stored as enum`);
        }
        kind = 'enum';
        enumValues = values as string[];
        break;
      }
      default:
        if (JSON_TYPES.has(definition.type)) {
          kind = 'json';
          break;
        }
        throw new TypeError(`column ${name}: cannot derive a column kind from zod type "${definition.type}"`);
    }
  } else if (kind === 'enum' && definition.type === 'enum') {
    enumValues = Object.values(definition.entries as Record<string, string>);
  }
  if (nullable && !hasDefault) {
    // Insert schemas default omitted nullable columns to null (see withNullDefaults).
    hasDefault = true;
    defaultValue = null;
  }

  return {
    name,
    kind,
    nullable,
    hasDefault,
    ...(hasDefault ? { defaultValue } : {}),
    ...(enumValues ? { enumValues } : {}),
    ...(openCategorical ? { openCategorical: true as const } : {}),
    ...(description !== undefined ? { description } : {}),
    ...(rules.length > 0 && kind !== 'instant' && kind !== 'date' ? { rules } : {}),
  };
}

/**
 * Derives every column of a row schema, in key order (see {@link describeColumn}).
 *
 * @example
 * ```ts
 * describeColumns(MuscleRowSchema).map((column) => column.name); // ['id', 'name', 'region']
 * ```
 */
export function describeColumns(rowSchema: z.ZodObject): ColumnDefinition[] {
  return Object.entries(rowSchema.shape).map(([name, schema]) => describeColumn(name, schema as z.core.$ZodType));
}
