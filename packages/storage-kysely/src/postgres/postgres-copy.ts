import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { PostgresPool, PostgresPoolClient } from 'kysely';
import { COPY_REQUEST_SQL, type CopyRequest } from '../connection/copy-request.js';
import { loadOptionalDependency } from '../connection/load-optional-dependency.js';
import type { PostgresPoolHandle } from './postgres-pool-handle.js';

/** The `COPY ... FROM STDIN` stream of pg-copy-streams: written to, then reports the rows copied. */
type CopyStream = Writable & { readonly rowCount: number };
/** pg-copy-streams' `from(statement)`. */
export type CopyFrom = (statement: string) => CopyStream;

/**
 * Loads pg-copy-streams (the bulk-insert path of PostgreSQL), with `pg`, when a PostgreSQL storage opens.
 *
 * @throws {MissingDependencyError} When pg-copy-streams is not installed.
 * @internal
 */
export async function loadCopyFrom(): Promise<CopyFrom> {
  const module = await loadOptionalDependency(
    { packageName: 'pg-copy-streams', install: 'npm install pg-copy-streams@7', feature: '@trainkit/storage-kysely/postgres' },
    () => import('pg-copy-streams'),
  );
  const from = module.from ?? (module as { default?: { from?: CopyFrom } }).default?.from;
  return from as CopyFrom;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** A `pg` client: `query(stream)` hands the connection to a COPY stream (pg's "submittable" queries). */
interface SubmittableClient {
  query(submittable: CopyStream): CopyStream;
}

async function runCopy(client: PostgresPoolClient, copyFrom: CopyFrom, request: CopyRequest): Promise<{ command: string; rowCount: number; rows: [] }> {
  const statement = `copy ${quoteIdentifier(request.table)} (${request.columns.map(quoteIdentifier).join(', ')}) from stdin`;
  const stream = (client as unknown as SubmittableClient).query(copyFrom(statement));
  // A producer error (a row failing validation) destroys the stream: pg-copy-streams sends CopyFail, the server
  // aborts the COPY, and the error reaches the caller, whose transaction then rolls back.
  await pipeline(Readable.from(request.data), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

/**
 * The pool as kysely's `PostgresDialect` sees it: clients able to serve COPY requests (`query(COPY_REQUEST_SQL,
 * [request])`), and an `end()` that leaves the pool alone (the PostgreSQL driver ends the pool it created).
 *
 * @internal
 */
export function copyCapablePool(pool: PostgresPoolHandle, copyFrom: CopyFrom): PostgresPool {
  const wrapped = new WeakMap<object, PostgresPoolClient>();
  const copyCapable = (client: PostgresPoolClient): PostgresPoolClient => {
    let proxy = wrapped.get(client);
    if (!proxy) {
      proxy = new Proxy(client, {
        get(target, property) {
          if (property === 'query') {
            return (text: unknown, values?: unknown[]) =>
              text === COPY_REQUEST_SQL
                ? runCopy(target, copyFrom, values?.[0] as CopyRequest)
                : (target as unknown as { query(text: unknown, values?: unknown[]): unknown }).query(text, values);
          }
          const value: unknown = Reflect.get(target, property, target);
          return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
        },
      });
      wrapped.set(client, proxy);
    }
    return proxy;
  };
  return {
    connect: async () => copyCapable((await pool.connect()) as unknown as PostgresPoolClient),
    end: async () => {},
  };
}
