import { sql } from 'kysely';
import { runInTransaction, type StorageContext } from './storage-context.js';

let savepoints = 0;

/**
 * Runs `work` all or nothing: in a new transaction, or, inside the caller's transaction, under a savepoint that is
 * rolled back when `work` throws, so the caller's transaction is left exactly as it was (and stays usable on
 * PostgreSQL, where a failed statement would otherwise abort it).
 *
 * @internal
 */
export async function atomically<T>(context: StorageContext, work: (context: StorageContext) => Promise<T>): Promise<T> {
  if (!context.inTransaction) return runInTransaction(context, work);
  savepoints += 1;
  const name = sql.id(`trainkit_bulk_${savepoints}`);
  await sql`savepoint ${name}`.execute(context.db);
  try {
    const result = await work(context);
    await sql`release savepoint ${name}`.execute(context.db);
    return result;
  } catch (error) {
    try {
      await sql`rollback to savepoint ${name}`.execute(context.db);
      await sql`release savepoint ${name}`.execute(context.db);
    } catch {
      // The connection is gone; so is the transaction, and with it everything `work` wrote.
    }
    throw error;
  }
}
