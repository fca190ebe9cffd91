import { SqliteAdapter, sql, type CreateTableBuilder, type Kysely, type RawBuilder } from 'kysely';

/*
 * DDL helpers of migrations 0001–0003. FROZEN: released migrations must produce the same schema forever, so this
 * file never changes; a later migration that needs other helpers gets its own file (`migration-ddl-v2.ts`).
 */

/** Whether the migration runs on SQLite (the adapter decides; PGlite and PostgreSQL share PostgreSQL's DDL). */
export function isSqlite(db: Kysely<unknown>): boolean {
  return db.getExecutor().adapter instanceof SqliteAdapter;
}

/** Column types by storage kind. SQLite tables are STRICT, so only its five storage classes are allowed. */
export interface ColumnTypesV1 {
  readonly integer: 'integer' | 'bigint';
  readonly real: 'real' | 'double precision';
  readonly boolean: 'integer' | 'boolean';
  readonly instant: 'text' | 'timestamptz';
  readonly date: 'text' | 'date';
  readonly json: 'text' | 'jsonb';
}

/**
 * SQLite: integer / real / integer 0-1 / ISO-8601 text / `YYYY-MM-DD` text / JSON text.
 * PostgreSQL: bigint (zod integers reach 2^53) / double precision / boolean / timestamptz / date / jsonb.
 */
export function columnTypesV1(db: Kysely<unknown>): ColumnTypesV1 {
  return isSqlite(db)
    ? { integer: 'integer', real: 'real', boolean: 'integer', instant: 'text', date: 'text', json: 'text' }
    : { integer: 'bigint', real: 'double precision', boolean: 'boolean', instant: 'timestamptz', date: 'date', json: 'jsonb' };
}

/** `column in ('a', 'b', ...)`: a closed enum as a CHECK constraint (NULL passes, so nullable enums work). */
export function oneOf(column: string, values: readonly string[]): RawBuilder<unknown> {
  return sql`${sql.ref(column)} in (${sql.join(values.map((value) => sql.lit(value)))})`;
}

type AnyCreateTable = CreateTableBuilder<string, string>;

/** On SQLite a boolean is an integer restricted to 0 and 1; PostgreSQL has a real boolean type. */
export function booleanCheck(db: Kysely<unknown>, name: string, column: string): (builder: AnyCreateTable) => AnyCreateTable {
  return (builder) => (isSqlite(db) ? builder.addCheckConstraint(name, sql`${sql.ref(column)} in (0, 1)`) : builder);
}

/** SQLite tables are STRICT: a value of the wrong storage class is an error, not silently kept. */
export function strictOnSqlite(db: Kysely<unknown>): (builder: AnyCreateTable) => AnyCreateTable {
  return (builder) => (isSqlite(db) ? builder.modifyEnd(sql`strict`) : builder);
}
