import type { z } from 'zod';
import type { ColumnKind } from '../columns/column-kind.js';

/**
 * What happens to referencing rows when the referenced row is deleted. `no action` is checked at the end of the
 * statement (so one statement may delete both parent and child, as a cascading user delete does); `restrict` is
 * checked immediately and is used for global reference data.
 *
 * @example
 * ```ts
 * const onDelete: OnDeleteAction = 'cascade';
 * ```
 */
export type OnDeleteAction = 'cascade' | 'set null' | 'restrict' | 'no action';

/**
 * One column of a table, derived from the row schema by {@link describeColumns}.
 *
 * @example
 * ```ts
 * const column: ColumnDefinition = { name: 'load_kg', kind: 'real', nullable: true, hasDefault: true, defaultValue: null, rules: ['>= 0'] };
 * ```
 */
export interface ColumnDefinition {
  /** Column name (snake_case), identical to the row field name. */
  readonly name: string;
  /** Storage kind. */
  readonly kind: ColumnKind;
  /** Whether SQL NULL is allowed. */
  readonly nullable: boolean;
  /** Whether the insert schema fills a default when the field is omitted. */
  readonly hasDefault: boolean;
  /** The default filled by the insert schema (`null` for nullable columns without another default). */
  readonly defaultValue?: unknown;
  /** Allowed values of an `enum` column, in declaration order. */
  readonly enumValues?: readonly string[];
  /** Present (and true) on text columns holding provider or free vocabulary, kept raw. */
  readonly openCategorical?: true;
  /** Human description, from the schema's `.describe()` / `.meta({ description })`. */
  readonly description?: string;
  /** Validation rules in words (`>= 0`, `<= 250`, `integer`, `multiple of 0.5`, `length >= 1`, ...). */
  readonly rules?: readonly string[];
}

/**
 * A foreign key: `columns` of this table reference `references.columns` of `references.table`.
 *
 * @example
 * ```ts
 * const fk: ForeignKeyDefinition = {
 *   name: 'fk_goal_checkins_goal_id', columns: ['goal_id'], references: { table: 'goals', columns: ['id'] }, onDelete: 'cascade',
 * };
 * ```
 */
export interface ForeignKeyDefinition {
  /** Constraint name, unique in the database and at most 63 characters (PostgreSQL's limit). */
  readonly name: string;
  readonly columns: readonly string[];
  readonly references: { readonly table: string; readonly columns: readonly string[] };
  readonly onDelete: OnDeleteAction;
}

/**
 * A unique constraint or a plain index over `columns`, in order.
 *
 * @example
 * ```ts
 * const index: IndexDefinition = { name: 'ix_activity_instances_user_id_local_date', columns: ['user_id', 'local_date'] };
 * ```
 */
export interface IndexDefinition {
  /** Index or constraint name, unique in the database and at most 63 characters. */
  readonly name: string;
  readonly columns: readonly string[];
}

/**
 * Everything storage, the data dictionary and drift tests need to know about one table. Built with
 * {@link defineTable}; the full list is `TABLES`.
 *
 * @example
 * ```ts
 * const table = getTable('activity_instances');
 * table.columns.find((column) => column.name === 'local_date')?.kind; // 'date'
 * ```
 */
export interface TableDefinition<
  Name extends string = string,
  Row extends z.ZodObject = z.ZodObject,
  Insert extends z.ZodType = z.ZodType,
> {
  /** Table name in the database. */
  readonly name: Name;
  /** What a row is, for the data dictionary. */
  readonly description: string;
  /** Schema of a stored row; its keys are exactly the column names. */
  readonly rowSchema: Row;
  /** Schema validating a row before it is written (defaults, cross-field rules, provider aliases). */
  readonly insertSchema: Insert;
  /** Primary key columns. */
  readonly primaryKey: readonly string[];
  /** True when every row belongs to one user (`user_id`), false for global reference data and `users` itself. */
  readonly userScoped: boolean;
  readonly foreignKeys: readonly ForeignKeyDefinition[];
  readonly uniqueKeys: readonly IndexDefinition[];
  /** Non-unique indexes: the analytics access paths (user + time) and foreign key lookups. */
  readonly indexes: readonly IndexDefinition[];
  /** Columns, derived from `rowSchema`, in row schema key order. */
  readonly columns: readonly ColumnDefinition[];
}
