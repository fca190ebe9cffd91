import type { z } from 'zod';
import { describeColumns } from './describe-columns.js';
import type { OnDeleteAction, TableDefinition } from './table-definition.js';

/**
 * What {@link defineTable} needs: keys and indexes by column list; names are derived.
 *
 * @example
 * ```ts
 * const spec: TableSpec<'muscles', typeof MuscleRowSchema, typeof MuscleInsertSchema> = {
 *   name: 'muscles', description: 'Muscles.', rowSchema: MuscleRowSchema, insertSchema: MuscleInsertSchema,
 *   primaryKey: ['id'], userScoped: false,
 * };
 * ```
 */
export interface TableSpec<Name extends string, Row extends z.ZodObject, Insert extends z.ZodType> {
  readonly name: Name;
  readonly description: string;
  readonly rowSchema: Row;
  readonly insertSchema: Insert;
  readonly primaryKey: readonly string[];
  /** When true a `user_id -> users.id ON DELETE CASCADE` foreign key is added first. */
  readonly userScoped: boolean;
  readonly foreignKeys?: readonly {
    readonly columns: readonly string[];
    readonly references: { readonly table: string; readonly columns: readonly string[] };
    readonly onDelete: OnDeleteAction;
  }[];
  readonly uniqueKeys?: readonly (readonly string[])[];
  readonly indexes?: readonly (readonly string[])[];
}

const MAX_IDENTIFIER_LENGTH = 63;

/** FNV-1a 32-bit hash as 8 hex characters: a short, deterministic suffix for over-long identifiers. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * Fits a constraint or index name into PostgreSQL's 63-character identifier limit: names that fit are kept, longer
 * ones are cut to 54 characters and suffixed with `_` and an 8-hex-digit hash of the full name (deterministic).
 *
 * @example
 * ```ts
 * constraintName('ix_activity_instances_user_id_local_date'); // unchanged
 * constraintName('uq_movement_progressions_source_movement_id_target_movement_id_relationship_type').length; // 63
 * ```
 */
export function constraintName(fullName: string): string {
  if (fullName.length <= MAX_IDENTIFIER_LENGTH) return fullName;
  return `${fullName.slice(0, MAX_IDENTIFIER_LENGTH - 9)}_${fnv1a(fullName)}`;
}

/**
 * Builds a {@link TableDefinition}: derives the columns from the row schema, adds the `user_id` foreign key of
 * user-scoped tables and names every constraint and index (`fk_`, `uq_`, `ix_` + table + columns, shortened by {@link constraintName}
 * when longer than 63 characters; the primary key constraint is `pk_` + table).
 *
 * @example
 * ```ts
 * const muscles = defineTable({
 *   name: 'muscles', description: 'Muscles.', rowSchema: MuscleRowSchema, insertSchema: MuscleInsertSchema,
 *   primaryKey: ['id'], userScoped: false,
 * });
 * muscles.columns.map((column) => column.name); // ['id', 'name', 'region']
 * ```
 */
export function defineTable<Name extends string, Row extends z.ZodObject, Insert extends z.ZodType>(
  spec: TableSpec<Name, Row, Insert>,
): TableDefinition<Name, Row, Insert> {
  const name = (prefix: string, columns: readonly string[]) => constraintName(`${prefix}_${spec.name}_${columns.join('_')}`);
  const userForeignKey = spec.userScoped
    ? [{ columns: ['user_id'], references: { table: 'users', columns: ['id'] }, onDelete: 'cascade' as const }]
    : [];
  return {
    name: spec.name,
    description: spec.description,
    rowSchema: spec.rowSchema,
    insertSchema: spec.insertSchema,
    primaryKey: spec.primaryKey,
    userScoped: spec.userScoped,
    foreignKeys: [...userForeignKey, ...(spec.foreignKeys ?? [])].map((foreignKey) => ({
      name: name('fk', foreignKey.columns),
      ...foreignKey,
    })),
    uniqueKeys: (spec.uniqueKeys ?? []).map((columns) => ({ name: name('uq', columns), columns })),
    indexes: (spec.indexes ?? []).map((columns) => ({ name: name('ix', columns), columns })),
    columns: describeColumns(spec.rowSchema),
  };
}
