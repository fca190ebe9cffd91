import { ConfigError } from '@trainkit/core';
import { Kysely } from 'kysely';
import { ErrorTranslatingDialect } from './error-translating-dialect.js';
import type { StorageDriver } from './storage-driver.js';
import { STORAGE_DIALECTS, sqlFamilyOf, type SqlFamily, type StorageDialect } from './storage-dialect.js';

/** An open kysely instance on one of the three dialects, with driver errors already translated. */
export interface KyselyConnection<DB, Native> {
  readonly db: Kysely<DB>;
  readonly dialect: StorageDialect;
  readonly family: SqlFamily;
  /** Human-readable location (password-free), for messages. */
  readonly location: string;
  readonly native: Native;
  /** Whether bulk inserts may stream `COPY` requests through the connections. */
  readonly copyFromStdin: boolean;
  /** Destroys the kysely instance, then lets the driver release what it opened. Idempotent. */
  close(): Promise<void>;
}

/**
 * Opens the database of `driver` and wraps it in kysely with trainkit's error translation.
 *
 * @throws {ConfigError} When `driver` is not a {@link StorageDriver} of a supported dialect.
 * @throws {MissingDependencyError} When the driver package is not installed.
 * @throws {StorageUnavailableError} When the database cannot be opened or reached.
 */
export async function openKyselyDatabase<DB, Native>(driver: StorageDriver<Native>): Promise<KyselyConnection<DB, Native>> {
  if (typeof driver !== 'object' || driver === null || typeof driver.open !== 'function' || !STORAGE_DIALECTS.includes(driver.dialect)) {
    const dialect = typeof driver === 'object' && driver !== null ? (driver as { dialect?: unknown }).dialect : undefined;
    throw new ConfigError(
      `unsupported storage driver (dialect ${JSON.stringify(dialect)}): pass sqliteDriver(…), pgliteDriver(…) or postgresDriver(…) ` +
        `from @trainkit/storage-kysely/sqlite, /pglite or /postgres`,
    );
  }
  const opened = await driver.open();
  const dialect = driver.dialect;
  const db = new Kysely<DB>({ dialect: new ErrorTranslatingDialect(opened.kyselyDialect, dialect) });
  let closed = false;
  return {
    db,
    dialect,
    family: sqlFamilyOf(dialect),
    location: opened.location,
    native: opened.native,
    copyFromStdin: opened.copyFromStdin === true,
    async close() {
      if (closed) return;
      closed = true;
      try {
        await db.destroy();
      } finally {
        await opened.close();
      }
    },
  };
}
