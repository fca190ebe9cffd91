import { ConflictError } from '@trainkit/core';
import { sql } from 'kysely';
import { foreignKeyMessage, type ForeignKeyViolation } from '../errors/foreign-key-violation.js';
import type { PlainRow } from './plain-row.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';

/** Gathers the user-owned parents a batch references, to check them in a few queries. */
export interface OwnedReferenceCollector {
  add(row: PlainRow): void;
  /** Throws `ConflictError` (`foreign_key`) unless every gathered parent exists for the referencing row's user. */
  assert(context: StorageContext): Promise<void>;
}

/**
 * A collector of the references of `runtime`'s rows to user-owned tables (compact: user -> parent ids).
 *
 * @internal
 */
export function ownedReferenceCollector(runtime: TableRuntime): OwnedReferenceCollector {
  const wanted = runtime.ownedReferences.map(() => new Map<string, Set<string>>());
  return {
    add(row) {
      for (let index = 0; index < wanted.length; index += 1) {
        const value = row[runtime.ownedReferences[index]!.column];
        if (value === null || value === undefined) continue;
        const byUser = wanted[index]!;
        const userId = String(row.user_id);
        let ids = byUser.get(userId);
        if (!ids) byUser.set(userId, (ids = new Set()));
        ids.add(String(value));
      }
    },
    async assert(context) {
      for (const [index, reference] of runtime.ownedReferences.entries()) {
        for (const [userId, ids] of wanted[index]!) {
          const all = [...ids];
          for (let start = 0; start < all.length; start += 1000) {
            const chunk = all.slice(start, start + 1000);
            // Found by key alone, the owner compared here: with `user_id = ?` in the query, SQLite may walk a
            // `(user_id, ...)` index through every row of the user instead of looking the keys up, once per batch.
            const found = await context.db
              .selectFrom(reference.parentTable)
              .select([sql.ref<string>(reference.parentColumn).as('key'), sql.ref<string>('user_id').as('owner')])
              .where(reference.parentColumn, 'in', chunk)
              .execute();
            const present = new Set(found.filter((row) => String(row.owner) === userId).map((row) => String(row.key)));
            if (present.size === chunk.length) continue;
            const missing = chunk.find((id) => !present.has(id));
            const violation: ForeignKeyViolation = {
              direction: 'missing_parent',
              foreignKey: { table: runtime.name, columns: [reference.column], references: { table: reference.parentTable, columns: [reference.parentColumn] } },
            };
            throw new ConflictError(
              runtime.name,
              'foreign_key',
              `${foreignKeyMessage(violation)}: ${reference.column} = ${JSON.stringify(missing)} has no ${reference.parentTable} row of this user`,
              { foreignKey: violation.foreignKey },
            );
          }
        }
      }
    },
  };
}

/**
 * Throws `ConflictError` (`foreign_key`) when a row references a user-owned row (planned session, activity, ...) that
 * does not exist for the row's own user, exactly as if it did not exist at all.
 *
 * @internal
 */
export async function assertOwnedReferences(context: StorageContext, runtime: TableRuntime, rows: readonly PlainRow[]): Promise<void> {
  if (runtime.ownedReferences.length === 0) return;
  const collector = ownedReferenceCollector(runtime);
  for (const row of rows) collector.add(row);
  await collector.assert(context);
}
