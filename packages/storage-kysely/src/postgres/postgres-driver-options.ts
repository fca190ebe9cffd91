import type { PostgresPoolHandle } from './postgres-pool-handle.js';

/**
 * How a PostgreSQL storage connects: a `connectionString` (the storage creates and owns a `pg` pool), or an existing
 * `pool` (the storage does not end it on `close()`).
 *
 * @example
 * ```ts
 * const options: PostgresDriverOptions = { connectionString: 'postgres://app@localhost/trainkit', maxConnections: 4 };
 * ```
 */
export interface PostgresDriverOptions {
  /** `postgres://user:password@host:port/database`. Required unless `pool` is given; ignored when it is. */
  readonly connectionString?: string;
  /** An existing pool (any {@link PostgresPoolHandle}, e.g. a `pg.Pool`). */
  readonly pool?: PostgresPoolHandle;
  /** Maximum pool size when the storage creates the pool (default 10). */
  readonly maxConnections?: number;
  /** How long to wait for a connection, in milliseconds (default 10000). */
  readonly connectionTimeoutMs?: number;
}
