import { NotFoundError } from '@trainkit/core';
import { sql, type SelectQueryBuilder } from 'kysely';
import type { DynamicDatabase } from '../trainkit-database.js';
import { equality } from './equality-filter.js';
import type { PlainRow } from './plain-row.js';
import { isTextKind, orderTerm, type SortDirection } from './sql-fragments.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';

/** A select over one dynamic table, as {@link selectWhere} hands it to its filter. */
export type DynamicSelect = SelectQueryBuilder<DynamicDatabase, string, Record<string, unknown>>;

/**
 * Rows matching `where` (equality per column; `userId` scoping is part of `where`), decoded, in `order`.
 *
 * @internal
 */
export async function selectRows(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
  order: readonly { column: string; direction?: SortDirection }[] = [],
  page: { limit?: number; offset?: number } = {},
): Promise<PlainRow[]> {
  let query = context.db.selectFrom(runtime.name).selectAll();
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  for (const term of withPrimaryKey(runtime, order)) {
    query = query.orderBy(orderTerm(runtime.family, term.column, term.direction ?? 'asc', isTextKind(runtime.columnKinds.get(term.column))));
  }
  if (page.limit !== undefined) query = query.limit(page.limit);
  if (page.offset !== undefined) {
    // SQLite only accepts OFFSET after a LIMIT; -1 means "no limit".
    if (page.limit === undefined && runtime.family === 'sqlite') query = query.limit(sql.lit(-1) as unknown as number);
    query = query.offset(page.offset);
  }
  const rows = await query.execute();
  return rows.map((row) => runtime.codec.decode<PlainRow>(row as PlainRow));
}

/** The one row matching `where`, decoded, or `undefined`. */
export async function selectOne(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
): Promise<PlainRow | undefined> {
  let query = context.db.selectFrom(runtime.name).selectAll();
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  const row = await query.limit(1).executeTakeFirst();
  return row ? runtime.codec.decode<PlainRow>(row as PlainRow) : undefined;
}

/** Like {@link selectOne} but throws `NotFoundError` keyed by `key`. */
export async function selectOneOrThrow(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
  key: string,
): Promise<PlainRow> {
  const row = await selectOne(context, runtime, where);
  if (!row) throw new NotFoundError(runtime.name, key);
  return row;
}

/**
 * Selects rows with an arbitrary filter (range conditions and the like), sorted by `order` with the primary key as
 * final tie-breaker, decoded.
 *
 * @internal
 */
export async function selectWhere(
  context: StorageContext,
  runtime: TableRuntime,
  filter: (query: DynamicSelect) => DynamicSelect,
  order: readonly { column: string; direction?: SortDirection }[],
  limit?: number,
): Promise<PlainRow[]> {
  let query = filter(context.db.selectFrom(runtime.name).selectAll() as DynamicSelect);
  for (const term of withPrimaryKey(runtime, order)) {
    query = query.orderBy(orderTerm(runtime.family, term.column, term.direction ?? 'asc', isTextKind(runtime.columnKinds.get(term.column))));
  }
  if (limit !== undefined) query = query.limit(limit);
  const rows = await query.execute();
  return rows.map((row) => runtime.codec.decode<PlainRow>(row));
}

function withPrimaryKey(
  runtime: TableRuntime,
  order: readonly { column: string; direction?: SortDirection }[],
): { column: string; direction?: SortDirection }[] {
  const terms = [...order];
  for (const column of runtime.primaryKey) {
    if (!terms.some((term) => term.column === column)) terms.push({ column, direction: 'asc' });
  }
  return terms;
}
