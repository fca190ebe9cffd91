import { z } from 'zod';

/**
 * Storage kinds of a table column, as derived from its zod schema by the table registry:
 * `instant` is an ISO-8601 UTC string, `date` a `YYYY-MM-DD` local day, `json` any JSON value stored as JSON text
 * (or jsonb), `enum` a text column restricted to a closed set.
 *
 * @example
 * ```ts
 * COLUMN_KINDS.includes('instant'); // true
 * ```
 */
export const COLUMN_KINDS = ['text', 'integer', 'real', 'boolean', 'instant', 'date', 'json', 'enum'] as const;
/**
 * One of {@link COLUMN_KINDS}.
 *
 * @example
 * ```ts
 * const kind: ColumnKind = 'real';
 * ```
 */
export type ColumnKind = (typeof COLUMN_KINDS)[number];
/**
 * Schema of {@link COLUMN_KINDS}.
 *
 * @example
 * ```ts
 * ColumnKindSchema.parse('json');
 * ```
 */
export const ColumnKindSchema = z.enum(COLUMN_KINDS);

/**
 * The metadata key (in zod's global registry, set with `.meta()`) that forces the column kind of a schema.
 * Metadata is inherited by clones (`.describe()`, `.meta()`, refinements), so marking a base schema once marks
 * every column built from it.
 *
 * @example
 * ```ts
 * const Raw = z.unknown().meta({ [COLUMN_KIND_META_KEY]: 'json' });
 * ```
 */
export const COLUMN_KIND_META_KEY = 'trainkitColumnKind' as const;

/**
 * Returns a clone of `schema` marked with a column kind for the table registry (see {@link COLUMN_KIND_META_KEY}).
 *
 * @example
 * ```ts
 * const PayloadSchema = withColumnKind(z.record(z.string(), z.unknown()), 'json');
 * ```
 */
export function withColumnKind<S extends z.ZodType>(schema: S, kind: ColumnKind): S {
  return schema.meta({ [COLUMN_KIND_META_KEY]: kind }) as S;
}

/**
 * Marks a column as holding open categorical values (provider or free vocabulary, kept raw) for the table registry.
 *
 * @example
 * ```ts
 * const ActivityTypeRawSchema = asOpenCategorical(z.string().min(1));
 * ```
 */
export function asOpenCategorical<S extends z.ZodType>(schema: S): S {
  return schema.meta({ [OPEN_CATEGORICAL_META_KEY]: true }) as S;
}

/**
 * The metadata key (zod global registry) marking a column as open categorical; see {@link asOpenCategorical}.
 *
 * @example
 * ```ts
 * z.globalRegistry.get(schema)?.[OPEN_CATEGORICAL_META_KEY] === true;
 * ```
 */
export const OPEN_CATEGORICAL_META_KEY = 'trainkitOpenCategorical' as const;
