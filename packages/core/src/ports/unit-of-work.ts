import type { TrainkitRepositories } from './trainkit-repositories.js';

/**
 * Runs work atomically. `transaction(work)` calls `work(tx)` where `tx` exposes the same repositories as the storage,
 * all bound to one database transaction: when `work` resolves the transaction commits and its value is returned; when
 * `work` throws (or rejects) everything it wrote is rolled back and the same error is rethrown unchanged. Transactions
 * do not nest: `tx` has no `transaction` method. Using `tx` after the callback settled throws `StorageError`.
 *
 * @example
 * ```ts
 * await storage.transaction(async (tx) => {
 *   const activity = await tx.activityInstances.insert(input);
 *   await tx.activityStrengthSets.insertMany(sets); // a ConflictError here rolls back the activity too
 *   return activity;
 * });
 * ```
 */
export interface UnitOfWork {
  transaction<T>(work: (tx: TrainkitRepositories) => Promise<T>): Promise<T>;
}
