import { StorageError } from '@trainkit/core';
import type { Kysely } from 'kysely';
import type { SqlFamily, StorageDialect } from '../connection/storage-dialect.js';
import type { DynamicDatabase } from '../trainkit-database.js';

/** Shared open/closed flag of a context and the contexts derived from it. */
interface ContextState {
  open: boolean;
  closedReason: string;
}

/**
 * What every repository needs: the kysely instance (the root one, or a transaction) and the dialect. `db` throws
 * `StorageError` once the storage is closed or the transaction it belongs to has ended, so a repository kept past
 * its lifetime fails loudly instead of writing outside its transaction.
 *
 * @internal
 */
export class StorageContext {
  readonly dialect: StorageDialect;
  readonly family: SqlFamily;
  /** True when `db` is a transaction: writes join it instead of opening their own. */
  readonly inTransaction: boolean;
  /** True when large inserts may stream `COPY` requests through the connection (the PostgreSQL driver). */
  readonly copyFromStdin: boolean;
  readonly #db: Kysely<DynamicDatabase>;
  readonly #state: ContextState;
  readonly #parent: StorageContext | undefined;

  constructor(
    db: Kysely<DynamicDatabase>,
    dialect: StorageDialect,
    family: SqlFamily,
    copyFromStdin = false,
    inTransaction = false,
    parent?: StorageContext,
  ) {
    this.#db = db;
    this.dialect = dialect;
    this.family = family;
    this.copyFromStdin = copyFromStdin;
    this.inTransaction = inTransaction;
    this.#state = { open: true, closedReason: '' };
    this.#parent = parent;
  }

  /** The kysely instance; throws `StorageError` after {@link StorageContext.close}. */
  get db(): Kysely<DynamicDatabase> {
    this.assertOpen();
    return this.#db;
  }

  /** Throws `StorageError` when this context (or the storage it came from) is closed. */
  assertOpen(): void {
    if (!this.#state.open) throw new StorageError(this.#state.closedReason);
    this.#parent?.assertOpen();
  }

  /** A context bound to `transaction`, closed by the caller when the transaction settles. */
  forTransaction(transaction: Kysely<DynamicDatabase>): StorageContext {
    return new StorageContext(transaction, this.dialect, this.family, this.copyFromStdin, true, this);
  }

  /** Marks the context closed; later use throws `StorageError` with `reason`. */
  close(reason: string): void {
    this.#state.open = false;
    this.#state.closedReason = reason;
  }
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
  return context.db.transaction().execute(async (trx) => {
    const inner = context.forTransaction(trx);
    try {
      return await work(inner);
    } finally {
      inner.close('the transaction has ended');
    }
  });
}
