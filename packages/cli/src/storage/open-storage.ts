import { isAbsolute, resolve } from 'node:path';
import { StorageError, type TrainkitStorage } from '@trainkit/core';
import { createKyselyStorage, parseDatabaseTarget, type DatabaseTarget, type StorageDriver } from '@trainkit/storage-kysely';
import { pgliteDriver } from '@trainkit/storage-kysely/pglite';
import { postgresDriver } from '@trainkit/storage-kysely/postgres';
import { sqliteDriver } from '@trainkit/storage-kysely/sqlite';
import type { CommonOptions } from '../cli-command.js';
import type { CliIo } from '../cli-io.js';

/**
 * Turns `--db` into a database target, resolving relative SQLite paths and PGlite directories against the CLI's
 * working directory (not the process's, so in-process tests stay in their temp directories).
 *
 * @throws {ConfigError} When the target names an unsupported scheme (`mysql://...`), is empty, or is a scheme without
 * a location (`sqlite:`).
 *
 * @example
 * ```ts
 * resolveDatabaseTarget('./trainkit.db', '/home/ada'); // { dialect: 'sqlite', path: '/home/ada/trainkit.db' }
 * ```
 */
export function resolveDatabaseTarget(target: string, cwd: string): DatabaseTarget {
  const options = parseDatabaseTarget(target);
  if (options.dialect === 'sqlite' && options.path !== ':memory:' && !isAbsolute(options.path)) {
    return { ...options, path: resolve(cwd, options.path) };
  }
  if (options.dialect === 'pglite' && options.dataDir && !isAbsolute(options.dataDir)) {
    return { ...options, dataDir: resolve(cwd, options.dataDir) };
  }
  return options;
}

/**
 * The storage driver of a target. The CLI supports every dialect; each driver package loads only when its storage
 * opens. `sqliteCacheMib` sets the page cache of a SQLite database (the storage's default otherwise).
 *
 * @example
 * ```ts
 * const storage = await createKyselyStorage({ driver: storageDriverFor(resolveDatabaseTarget('./trainkit.db', cwd)) });
 * ```
 */
export function storageDriverFor(target: DatabaseTarget, sqliteCacheMib?: number): StorageDriver {
  switch (target.dialect) {
    case 'sqlite':
      return sqliteDriver(sqliteCacheMib === undefined ? target : { ...target, cacheSizeMib: sqliteCacheMib });
    case 'pglite':
      return pgliteDriver(target);
    case 'postgres':
      return postgresDriver(target);
  }
}

/**
 * Runs pending migrations; with `verbose`, names the ones applied on stderr. A failed migration becomes a
 * `StorageError` naming it (the report of the migration port never throws half-way).
 *
 * @example
 * ```ts
 * await migrateQuietly(storage, io, common.verbose);
 * ```
 */
export async function migrateQuietly(storage: TrainkitStorage, io: CliIo, verbose: boolean): Promise<void> {
  const report = await storage.migrations.migrateToLatest();
  if (!report.ok) {
    const which = report.error?.migration ? `migration ${report.error.migration}` : 'migrations';
    throw new StorageError(`${which} failed: ${report.error?.message ?? 'unknown error'}`);
  }
  if (verbose && report.executed.length > 0) io.stderr.write(`applied migrations: ${report.executed.join(', ')}\n`);
}

/**
 * Opens the storage `--db` points at, optionally brings its schema up to date first (the `log` and `demo` commands
 * do; the `db` commands leave migrations to the user), runs `work`, and always closes the storage.
 *
 * @throws {StorageUnavailableError} When the database cannot be opened or reached.
 *
 * @example
 * ```ts
 * const rows = await withStorage(common, io, { migrate: true }, (storage) => storage.users.list());
 * ```
 */
export async function withStorage<T>(
  common: CommonOptions,
  io: CliIo,
  options: { readonly migrate: boolean; readonly sqliteCacheMib?: number },
  work: (storage: TrainkitStorage) => Promise<T>,
): Promise<T> {
  const storage = await createKyselyStorage({ driver: storageDriverFor(resolveDatabaseTarget(common.db, io.cwd), options.sqliteCacheMib) });
  let result: T;
  try {
    if (options.migrate) await migrateQuietly(storage, io, common.verbose);
    result = await work(storage);
  } catch (error) {
    // The work's error is the one to report; a failure to close on top of it would only hide it.
    await storage.close().catch(() => undefined);
    throw error;
  }
  await storage.close();
  return result;
}
