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

/**
 * Builds a {@link TableDefinition}: derives the columns from the row schema, adds the `user_id` foreign key of
 * user-scoped tables and names every constraint and index (`pk_`, `fk_`, `uq_`, `ix_` + table + columns).
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
  const name = (prefix: string, columns: readonly string[]) => `${prefix}_${spec.name}_${columns.join('_')}`;
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
