/**
 * The one thing schema introspection needs from a database: run a read-only SQL statement and get its rows as
 * plain objects. Declared structurally (as kysely declares the subset of better-sqlite3 it uses) so the testkit
 * depends on no driver: wrap `db.prepare(sql).all(...params)`, `pool.query(sql, params).rows`,
 * `sql.raw(...).execute(kysely)` or a PGlite `query`.
 *
 * @param statement - SQL text; positional parameters are `?` on SQLite and `$1`, `$2`, ... on PostgreSQL.
 * @param parameters - Values bound to the positional parameters.
 * @returns The result rows, one object per row keyed by column name.
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 * const database = new Database(':memory:');
 * const query: SqlQuery = async (statement, parameters = []) =>
 *   database.prepare(statement).all(...parameters) as Record<string, unknown>[];
 * ```
 */
export type SqlQuery = (
  statement: string,
  parameters?: readonly unknown[],
) => Promise<readonly Record<string, unknown>[]>;
