import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';

/**
 * The SQL text of a compiled query that asks the PostgreSQL connection for a `COPY ... FROM STDIN` instead of a
 * statement. kysely hands compiled queries to the connection unchanged, so bulk inserts can stream through `COPY`
 * inside whatever connection (and transaction) kysely picked, with kysely's error handling around it.
 */
export const COPY_REQUEST_SQL = '-- trainkit: copy from stdin';

/** What the repositories send as the single parameter of a {@link COPY_REQUEST_SQL} query. */
export interface CopyRequest {
  readonly table: string;
  readonly columns: readonly string[];
  /** COPY text-format data (tab-separated, `\N` for NULL, newline-terminated rows), produced lazily. */
  readonly data: Iterable<string>;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

async function runCopy(client: pg.PoolClient, request: CopyRequest): Promise<{ command: string; rowCount: number; rows: [] }> {
  const statement = `copy ${quoteIdentifier(request.table)} (${request.columns.map(quoteIdentifier).join(', ')}) from stdin`;
  const stream = client.query(copyFrom(statement));
  // A producer error (a row failing validation) destroys the stream: pg-copy-streams sends CopyFail, the server
  // aborts the COPY, and the error reaches the caller, whose transaction then rolls back.
  await pipeline(Readable.from(request.data), stream);
  return { command: 'COPY', rowCount: stream.rowCount, rows: [] };
}

const wrapped = new WeakMap<pg.PoolClient, pg.PoolClient>();

/** The client with `query(COPY_REQUEST_SQL, [request])` served by `COPY`; everything else goes to the client. */
function copyCapable(client: pg.PoolClient): pg.PoolClient {
  let proxy = wrapped.get(client);
  if (!proxy) {
    proxy = new Proxy(client, {
      get(target, property) {
        if (property === 'query') {
          return (text: unknown, values?: unknown[]) =>
            text === COPY_REQUEST_SQL ? runCopy(target, values?.[0] as CopyRequest) : target.query(text as string, values);
        }
        const value: unknown = Reflect.get(target, property, target);
        return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      },
    });
    wrapped.set(client, proxy);
  }
  return proxy;
}

/**
 * The pool as kysely's `PostgresDialect` sees it: clients able to serve COPY requests, and `end()` only when the
 * storage owns the pool.
 */
export function copyCapablePool(pool: pg.Pool, owned: boolean): { connect(): Promise<pg.PoolClient>; end(): Promise<void> } {
  return {
    connect: async () => copyCapable(await pool.connect()),
    end: async () => {
      if (owned) await pool.end();
    },
  };
}
