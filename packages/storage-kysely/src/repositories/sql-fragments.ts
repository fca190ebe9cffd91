import { sql, type RawBuilder } from 'kysely';
import type { SqlFamily } from '../connection/storage-dialect.js';

/** Sort direction of {@link orderTerm}. */
export type SortDirection = 'asc' | 'desc';

/**
 * One ORDER BY term that sorts identically on SQLite and PostgreSQL: NULL sorts as the smallest value (SQLite's
 * rule) and text compares by code point (`collate "C"` on PostgreSQL, whose database collation may be a locale).
 *
 * @internal
 */
export function orderTerm(
  family: SqlFamily,
  reference: string,
  direction: SortDirection,
  isText: boolean,
): RawBuilder<unknown> {
  const collate = family === 'postgres' && isText ? sql` collate "C"` : sql``;
  const nulls = direction === 'asc' ? sql.raw(' asc nulls first') : sql.raw(' desc nulls last');
  return sql`${sql.ref(reference)}${collate}${nulls}`;
}

/**
 * Column kinds whose ORDER BY needs a binary collation on PostgreSQL.
 *
 * @internal
 */
export function isTextKind(kind: string | undefined): boolean {
  return kind === 'text' || kind === 'enum';
}
