import { equality } from './equality-filter.js';
import type { PlainRow } from './plain-row.js';
import { selectOne } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';

/**
 * Writes `values` (already validated) into the row matching `where`; returns the decoded updated row, or `undefined`
 * when no row matched.
 *
 * @internal
 */
export async function updateRow(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
): Promise<PlainRow | undefined> {
  const encoded = runtime.codec.encode(values);
  if (Object.keys(encoded).length === 0) return selectOne(context, runtime, where);
  let query = context.db.updateTable(runtime.name).set(encoded);
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  const row = await query.returningAll().executeTakeFirst();
  return row ? runtime.codec.decode<PlainRow>(row as PlainRow) : undefined;
}
