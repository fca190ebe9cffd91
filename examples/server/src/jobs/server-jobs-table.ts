import type { KyselyStorage } from '@trainkit/storage-kysely';
import type { JobStatus } from './job-queue.js';

/** The server-owned table of the in-process queue's jobs, in the server's own database. */
export const SERVER_JOBS_TABLE = 'server_jobs';

/**
 * One job as stored: `data_json` / `output_json` hold JSON text (`output_json` null while unfinished or when the
 * handler returned nothing); `run_after` is when a `created` or `retry` job may start; `seq` keeps FIFO order among
 * jobs created in the same millisecond. Instants are ISO-8601 UTC text, so they compare as strings.
 */
export interface ServerJobRow {
  id: string;
  seq: number;
  name: string;
  data_json: string;
  state: JobStatus;
  singleton_key: string | null;
  attempts: number;
  output_json: string | null;
  error: string | null;
  run_after: string;
  created_at: string;
  started_at: string | null;
  finished_at: string | null;
}

type ServerJobsTables = { server_jobs: ServerJobRow };

/**
 * The kysely instance of `storage` typed with `server_jobs`.
 *
 * @example
 * ```ts
 * const waiting = await serverJobsDb(storage).selectFrom(SERVER_JOBS_TABLE).select('id').where('state', '=', 'created').execute();
 * ```
 */
export function serverJobsDb(storage: KyselyStorage) {
  return storage.kysely.withTables<ServerJobsTables>();
}

/**
 * Creates `server_jobs` and its index of waiting jobs when they do not exist (SQLite and PostgreSQL alike).
 *
 * @example
 * ```ts
 * await ensureServerJobsTable(storage);
 * ```
 */
export async function ensureServerJobsTable(storage: KyselyStorage): Promise<void> {
  await storage.kysely.schema
    .createTable(SERVER_JOBS_TABLE)
    .ifNotExists()
    .addColumn('id', 'text', (column) => column.primaryKey())
    .addColumn('seq', 'integer', (column) => column.notNull())
    .addColumn('name', 'text', (column) => column.notNull())
    .addColumn('data_json', 'text', (column) => column.notNull())
    .addColumn('state', 'text', (column) => column.notNull())
    .addColumn('singleton_key', 'text')
    .addColumn('attempts', 'integer', (column) => column.notNull())
    .addColumn('output_json', 'text')
    .addColumn('error', 'text')
    .addColumn('run_after', 'text', (column) => column.notNull())
    .addColumn('created_at', 'text', (column) => column.notNull())
    .addColumn('started_at', 'text')
    .addColumn('finished_at', 'text')
    .execute();
  await storage.kysely.schema.createIndex('ix_server_jobs_state_seq').ifNotExists().on(SERVER_JOBS_TABLE).columns(['state', 'seq']).execute();
}
