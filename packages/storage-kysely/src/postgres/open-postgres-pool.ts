import { StorageUnavailableError } from '@trainkit/core';
import { loadOptionalDependency } from '../connection/load-optional-dependency.js';
import { POSTGRES_TYPE_OIDS, parsePostgresDate, parsePostgresNumber } from '../connection/postgres-type-parsers.js';
import type { PostgresDriverOptions } from './postgres-driver-options.js';
import type { PostgresPoolHandle } from './postgres-pool-handle.js';

/** Loads `pg` on first use: only the PostgreSQL entry ever imports it. */
async function loadPg() {
  const module = await loadOptionalDependency(
    { packageName: 'pg', install: 'npm install pg@8 pg-copy-streams@7', feature: '@trainkit/storage-kysely/postgres' },
    () => import('pg'),
  );
  return module.default;
}

/** An open pool plus what the storage needs to know about it. */
export interface OpenedPostgresPool {
  readonly pool: PostgresPoolHandle;
  /** Whether `close()` of the storage ends the pool (true when the storage created it). */
  readonly owned: boolean;
  /** The connection target with any password removed, for messages. */
  readonly location: string;
}

/**
 * Creates (or adopts) a pool and proves the server answers. Any failure becomes one {@link StorageUnavailableError}
 * with a one-line reason and the password-free target.
 *
 * @throws {MissingDependencyError} When `pg` is not installed (and the storage has to create the pool).
 * @throws {StorageUnavailableError} When the server cannot be reached.
 */
export async function openPostgresPool(options: PostgresDriverOptions): Promise<OpenedPostgresPool> {
  const owned = options.pool === undefined;
  const location = options.pool ? 'PostgreSQL (caller-provided pool)' : `PostgreSQL at ${redact(options.connectionString)}`;
  if (!options.pool && !options.connectionString) {
    throw new StorageUnavailableError('cannot connect to PostgreSQL: give a connectionString or a pool');
  }
  let pool: PostgresPoolHandle;
  if (options.pool) {
    pool = options.pool;
  } else {
    const pg = await loadPg();
    const trainkitTypeParser = (oid: number, format?: 'text' | 'binary'): ((value: string) => unknown) => {
      if (format !== 'binary') {
        if (oid === POSTGRES_TYPE_OIDS.date) return parsePostgresDate;
        if (oid === POSTGRES_TYPE_OIDS.int8 || oid === POSTGRES_TYPE_OIDS.numeric) return parsePostgresNumber;
      }
      // pg's typings of getTypeParser are overloaded by format; the default parsers handle both.
      return pg.types.getTypeParser(oid, format as 'text');
    };
    try {
      const created = new pg.Pool({
        connectionString: options.connectionString,
        max: options.maxConnections ?? 10,
        connectionTimeoutMillis: options.connectionTimeoutMs ?? 10_000,
        types: { getTypeParser: trainkitTypeParser as typeof pg.types.getTypeParser },
      });
      // An idle client losing its connection must not crash the host process; the next query reports the failure.
      created.on('error', () => {});
      pool = created;
    } catch (error) {
      throw new StorageUnavailableError(`cannot connect to ${location}: ${reasonOf(error)}`, { cause: error });
    }
  }
  try {
    const client = await pool.connect();
    try {
      await client.query('select 1', []);
    } finally {
      client.release();
    }
  } catch (error) {
    if (owned) await pool.end().catch(() => {});
    throw new StorageUnavailableError(`cannot connect to ${location}: ${reasonOf(error)}`, { cause: error });
  }
  return { pool, owned, location };
}

function reasonOf(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) return reasonOf(error.errors[0]);
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error === 'object' && error !== null ? (error as { code?: unknown }).code : undefined;
  const text = message === '' && typeof code === 'string' ? code : message;
  return text.split('\n')[0] ?? text;
}

/**
 * Removes the password from a connection string for messages.
 *
 * @internal
 */
export function redact(connectionString: string | undefined): string {
  if (!connectionString) return '(no connection string)';
  try {
    const url = new URL(connectionString);
    if (url.password) url.password = '***';
    return url.toString();
  } catch {
    return connectionString.replace(/\/\/([^:@/]+):[^@/]*@/, '//$1:***@');
  }
}
