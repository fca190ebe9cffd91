import { equality } from './equality-filter.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';

/**
 * Deletes the rows matching `where`; returns how many were deleted.
 *
 * @internal
 */
export async function deleteRows(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
): Promise<number> {
  let query = context.db.deleteFrom(runtime.name);
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}
