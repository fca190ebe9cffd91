import pg from 'pg';
import type { UserLock } from './keyed-mutex.js';

/**
 * A per-user lock across processes on PostgreSQL: `pg_advisory_xact_lock(hashtext(key))` held in a transaction on a
 * dedicated connection while `fn` runs (the facade's own writes go through its own connections). The lock is
 * released on commit, on rollback, and when a killed process's connection drops, so a crashed worker never keeps it.
 *
 * Why not pg-boss's `singletonKey`/`policy`: a `singleton` or `stately` queue limits active jobs per key, but a job
 * whose worker died stays `active` until it expires, and an expired job's handler may still be running in a hung
 * process; the advisory lock is tied to the live connection, so two refreshes of one user never interleave,
 * whichever way they were started (a job, the CLI, another server). A hash collision only serializes two users.
 */
export function createPostgresUserLock(connectionString: string): UserLock & { close(): Promise<void> } {
  const pool = new pg.Pool({ connectionString, max: 4 });
  const lock = async <T>(key: string, fn: () => Promise<T>): Promise<T> => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [key]);
      try {
        const result = await fn();
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      client.release();
    }
  };
  return Object.assign(lock, { close: () => pool.end() });
}
