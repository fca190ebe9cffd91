import type { Kysely } from 'kysely';
import type { SqlFamily, StorageDialect } from '../connection/storage-dialect.js';
import type { DynamicDatabase } from '../trainkit-database.js';

/**
 * What every repository needs: the kysely instance (the root one, or a transaction) and the dialect.
 *
 * @internal
 */
export interface StorageContext {
  readonly db: Kysely<DynamicDatabase>;
  readonly dialect: StorageDialect;
  readonly family: SqlFamily;
  /** True when `db` is a transaction: writes join it instead of opening their own. */
  readonly inTransaction: boolean;
}

/**
 * Runs `work` in a transaction: the current one when `context` already is a transaction, else a new one that
 * commits when `work` resolves and rolls back when it throws.
 *
 * @internal
 */
export async function runInTransaction<T>(
  context: StorageContext,
  work: (transaction: StorageContext) => Promise<T>,
): Promise<T> {
  if (context.inTransaction) return work(context);
  return context.db.transaction().execute((trx) => work({ ...context, db: trx, inTransaction: true }));
}
