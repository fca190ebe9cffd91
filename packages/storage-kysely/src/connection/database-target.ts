/**
 * Where a database is, as parsed by {@link parseDatabaseTarget} from one string (a CLI flag, an environment
 * variable). It names no driver: hand it to the matching dialect entry (`createSqliteStorage(target)`,
 * `createPgliteStorage(target)`, `createPostgresStorage(target)`).
 *
 * - `sqlite`: a file `path`, or `:memory:`;
 * - `pglite`: a `dataDir`, or none for an in-memory database;
 * - `postgres`: a `connectionString`.
 *
 * @example
 * ```ts
 * const target: DatabaseTarget = { dialect: 'sqlite', path: './trainkit.db' };
 * ```
 */
export type DatabaseTarget =
  | { readonly dialect: 'sqlite'; readonly path: string }
  | { readonly dialect: 'pglite'; readonly dataDir?: string }
  | { readonly dialect: 'postgres'; readonly connectionString: string };
