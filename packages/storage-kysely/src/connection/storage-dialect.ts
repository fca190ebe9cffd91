/**
 * The database engines `@trainkit/storage-kysely` runs on.
 *
 * - `sqlite`: a file or in-memory database through better-sqlite3;
 * - `pglite`: PostgreSQL compiled to WebAssembly, in process (`@electric-sql/pglite`);
 * - `postgres`: a PostgreSQL server through a `pg` pool.
 *
 * @example
 * ```ts
 * STORAGE_DIALECTS.includes('sqlite'); // true
 * ```
 */
export const STORAGE_DIALECTS = ['sqlite', 'pglite', 'postgres'] as const;

/**
 * One of {@link STORAGE_DIALECTS} (the same union as core's `StorageDialect`).
 *
 * @example
 * ```ts
 * const dialect: StorageDialect = storage.dialect;
 * ```
 */
export type StorageDialect = (typeof STORAGE_DIALECTS)[number];

/**
 * The SQL family a dialect speaks. PGlite is PostgreSQL, so it shares PostgreSQL's DDL, codecs and errors.
 *
 * @example
 * ```ts
 * sqlFamilyOf('pglite'); // 'postgres'
 * ```
 */
export type SqlFamily = 'sqlite' | 'postgres';

/**
 * Returns the {@link SqlFamily} of a {@link StorageDialect}.
 *
 * @example
 * ```ts
 * sqlFamilyOf('sqlite'); // 'sqlite'
 * ```
 */
export function sqlFamilyOf(dialect: StorageDialect): SqlFamily {
  return dialect === 'sqlite' ? 'sqlite' : 'postgres';
}
