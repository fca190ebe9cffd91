import { InsertQueryNode, TableNode, createQueryId, type CompiledQuery } from 'kysely';
import { atomically } from './atomically.js';
import { upsertStatement } from './insert-statements.js';
import { assertOwnedReferences } from './owned-reference-collector.js';
import type { PlainRow } from './plain-row.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';

/**
 * Inserts validated rows, or on a conflict of `conflictColumns` overwrites `updateColumns` of the existing row
 * (`on conflict (...) do update set c = excluded.c`, the same SQL on SQLite and PostgreSQL). Rows repeating a conflict
 * key are collapsed first (the last one wins), since PostgreSQL refuses to update one row twice in a statement.
 * Returns how many distinct rows were written.
 *
 * @internal
 */
export async function upsertValidatedRows(
  context: StorageContext,
  runtime: TableRuntime,
  rows: readonly PlainRow[],
  conflictColumns: readonly string[],
  updateColumns: readonly string[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const byKey = new Map<string, PlainRow>();
  for (const row of rows) byKey.set(JSON.stringify(conflictColumns.map((column) => row[column])), row);
  const distinct = [...byKey.values()];
  const write = async (target: StorageContext) => {
    await assertOwnedReferences(target, runtime, distinct);
    const node = InsertQueryNode.create(TableNode.create(runtime.name));
    const perStatement = runtime.rowsPerInsert;
    for (let start = 0; start < distinct.length; start += perStatement) {
      const end = Math.min(distinct.length, start + perStatement);
      const parameters: unknown[] = [];
      for (let index = start; index < end; index += 1) runtime.codec.encodeValuesInto(distinct[index]!, parameters);
      const compiled: CompiledQuery = {
        sql: upsertStatement(runtime, end - start, conflictColumns, updateColumns),
        parameters,
        query: node,
        queryId: createQueryId(),
      };
      await target.db.executeQuery(compiled);
    }
  };
  if (distinct.length <= runtime.rowsPerInsert && runtime.ownedReferences.length === 0) await write(context);
  else await atomically(context, write);
  return distinct.length;
}
