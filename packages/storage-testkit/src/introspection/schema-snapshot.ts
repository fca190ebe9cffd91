import { z } from 'zod';

/**
 * One column as introspected: declared type as the database reports it, nullability, default expression and
 * position in the primary key (0 when not part of it).
 *
 * @example
 * ```ts
 * ColumnSnapshotSchema.parse({ name: 'id', type: 'text', nullable: false, default: null, primaryKeyPosition: 1 });
 * ```
 */
export const ColumnSnapshotSchema = z.object({
  name: z.string().min(1),
  type: z.string(),
  nullable: z.boolean(),
  default: z.string().nullable(),
  primaryKeyPosition: z.number().int().min(0),
});
/**
 * One column of a {@link TableSnapshot}, see {@link ColumnSnapshotSchema}.
 *
 * @example
 * ```ts
 * const column: ColumnSnapshot = { name: 'notes', type: 'text', nullable: true, default: null, primaryKeyPosition: 0 };
 * ```
 */
export type ColumnSnapshot = z.output<typeof ColumnSnapshotSchema>;

/**
 * One index: its name, whether it is unique, its key columns (or expressions) in order and, for a partial index,
 * its predicate. Indexes the database creates implicitly for primary keys are included, so a lost primary key shows.
 *
 * @example
 * ```ts
 * IndexSnapshotSchema.parse({ name: 'activity_instances_user_start', unique: false, columns: ['user_id', 'performed_start'], predicate: null });
 * ```
 */
export const IndexSnapshotSchema = z.object({
  name: z.string().min(1),
  unique: z.boolean(),
  columns: z.array(z.string()),
  predicate: z.string().nullable(),
});
/**
 * One index of a {@link TableSnapshot}, see {@link IndexSnapshotSchema}.
 *
 * @example
 * ```ts
 * const index: IndexSnapshot = { name: 'goals_user', unique: false, columns: ['user_id'], predicate: null };
 * ```
 */
export type IndexSnapshot = z.output<typeof IndexSnapshotSchema>;

/**
 * One foreign key: local columns, the referenced table and columns, and the referential actions
 * (normalized to upper case words such as `CASCADE`, `SET NULL`, `NO ACTION`).
 *
 * @example
 * ```ts
 * ForeignKeySnapshotSchema.parse({
 *   columns: ['program_id'], referencedTable: 'programs', referencedColumns: ['id'], onUpdate: 'NO ACTION', onDelete: 'CASCADE',
 * });
 * ```
 */
export const ForeignKeySnapshotSchema = z.object({
  columns: z.array(z.string()),
  referencedTable: z.string().min(1),
  referencedColumns: z.array(z.string()),
  onUpdate: z.string(),
  onDelete: z.string(),
});
/**
 * One foreign key of a {@link TableSnapshot}, see {@link ForeignKeySnapshotSchema}.
 *
 * @example
 * ```ts
 * const fk: ForeignKeySnapshot = { columns: ['user_id'], referencedTable: 'users', referencedColumns: ['id'], onUpdate: 'NO ACTION', onDelete: 'CASCADE' };
 * ```
 */
export type ForeignKeySnapshot = z.output<typeof ForeignKeySnapshotSchema>;

/**
 * Everything the contract compares about one table: columns in declaration order, indexes and foreign keys in a
 * canonical order, and the table's CHECK constraint expressions (whitespace-normalized, sorted).
 *
 * @example
 * ```ts
 * TableSnapshotSchema.parse({ name: 'users', columns: [], indexes: [], foreignKeys: [], checks: [] });
 * ```
 */
export const TableSnapshotSchema = z.object({
  name: z.string().min(1),
  columns: z.array(ColumnSnapshotSchema),
  indexes: z.array(IndexSnapshotSchema),
  foreignKeys: z.array(ForeignKeySnapshotSchema),
  checks: z.array(z.string()),
});
/**
 * One table of a {@link SchemaSnapshot}, see {@link TableSnapshotSchema}.
 *
 * @example
 * ```ts
 * const table: TableSnapshot = { name: 'users', columns: [], indexes: [], foreignKeys: [], checks: [] };
 * ```
 */
export type TableSnapshot = z.output<typeof TableSnapshotSchema>;

/**
 * One view: its name and its defining query as the database stores it, whitespace-normalized.
 *
 * @example
 * ```ts
 * ViewSnapshotSchema.parse({ name: 'workout_logs', definition: 'select ... from activity_instances' });
 * ```
 */
export const ViewSnapshotSchema = z.object({
  name: z.string().min(1),
  definition: z.string(),
});
/**
 * One view of a {@link SchemaSnapshot}, see {@link ViewSnapshotSchema}.
 *
 * @example
 * ```ts
 * const view: ViewSnapshot = { name: 'workout_logs', definition: 'select id from activity_instances' };
 * ```
 */
export type ViewSnapshot = z.output<typeof ViewSnapshotSchema>;

/**
 * A normalized, comparable picture of a database schema: its tables and views sorted by name, each table with
 * columns, indexes, foreign keys and checks. Two databases built by the same migrations give deep-equal snapshots.
 *
 * @example
 * ```ts
 * const snapshot = SchemaSnapshotSchema.parse(await introspectSqliteSchema(query));
 * expect(snapshot.tables.map((table) => table.name)).toContain('activity_instances');
 * ```
 */
export const SchemaSnapshotSchema = z.object({
  tables: z.array(TableSnapshotSchema),
  views: z.array(ViewSnapshotSchema),
});
/**
 * A normalized schema picture, see {@link SchemaSnapshotSchema}.
 *
 * @example
 * ```ts
 * const empty: SchemaSnapshot = { tables: [], views: [] };
 * ```
 */
export type SchemaSnapshot = z.output<typeof SchemaSnapshotSchema>;

/**
 * Returns `snapshot` without the tables and views `exclude` matches (e.g. migration bookkeeping tables).
 *
 * @param snapshot - A schema snapshot.
 * @param exclude - Returns true for the names of tables and views to drop.
 * @returns A new snapshot; the input is not modified.
 *
 * @example
 * ```ts
 * const domainOnly = withoutTables(snapshot, (name) => name.startsWith('trainkit_migration'));
 * ```
 */
export function withoutTables(snapshot: SchemaSnapshot, exclude: (tableName: string) => boolean): SchemaSnapshot {
  return {
    tables: snapshot.tables.filter((table) => !exclude(table.name)),
    views: snapshot.views.filter((view) => !exclude(view.name)),
  };
}
