import type { ListQuery } from '@trainkit/core';
import type { SortDirection } from './sql-fragments.js';
import type { TableRuntime } from './table-runtime.js';
import { validationError } from './validate-rows.js';

/** A checked {@link ListQuery}: known columns only, valid paging. */
export interface NormalizedListQuery {
  readonly where: Record<string, unknown>;
  readonly order: { column: string; direction: SortDirection }[];
  readonly page: { limit?: number; offset?: number };
}

/**
 * Checks a {@link ListQuery} against the table: `where` and `orderBy` may only name its columns, `limit` must be a
 * positive integer and `offset` a non-negative integer. Anything else is a `ValidationError` naming the field.
 *
 * @internal
 */
export function normalizeListQuery(runtime: TableRuntime, query: ListQuery<unknown> | undefined): NormalizedListQuery {
  const subject = `${runtime.name} list query`;
  if (query === undefined || query === null) return { where: {}, order: [], page: {} };
  if (typeof query !== 'object') throw validationError(subject, '', 'invalid_type', 'expected an object');
  const where: Record<string, unknown> = {};
  const rawWhere = (query as { where?: unknown }).where;
  if (rawWhere !== undefined) {
    if (typeof rawWhere !== 'object' || rawWhere === null || Array.isArray(rawWhere)) {
      throw validationError(subject, 'where', 'invalid_type', 'expected an object of column filters');
    }
    for (const [column, value] of Object.entries(rawWhere)) {
      if (!runtime.columnNames.has(column)) {
        throw validationError(subject, `where.${column}`, 'unrecognized_keys', `${runtime.name} has no column ${column}`);
      }
      if (value !== undefined) where[column] = value;
    }
  }
  const order: { column: string; direction: SortDirection }[] = [];
  const rawOrder = (query as { orderBy?: unknown }).orderBy;
  if (rawOrder !== undefined) {
    if (!Array.isArray(rawOrder)) throw validationError(subject, 'orderBy', 'invalid_type', 'expected an array');
    rawOrder.forEach((term: unknown, index) => {
      const column = (term as { column?: unknown } | null)?.column;
      const direction = (term as { direction?: unknown } | null)?.direction ?? 'asc';
      if (typeof column !== 'string' || !runtime.columnNames.has(column)) {
        throw validationError(subject, `orderBy.${index}.column`, 'invalid_value', `${runtime.name} has no column ${String(column)}`);
      }
      if (direction !== 'asc' && direction !== 'desc') {
        throw validationError(subject, `orderBy.${index}.direction`, 'invalid_value', 'must be asc or desc');
      }
      order.push({ column, direction });
    });
  }
  const page: { limit?: number; offset?: number } = {};
  const { limit, offset } = query as { limit?: unknown; offset?: unknown };
  if (limit !== undefined) {
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw validationError(subject, 'limit', 'too_small', 'must be a positive integer');
    }
    page.limit = limit;
  }
  if (offset !== undefined) {
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw validationError(subject, 'offset', 'too_small', 'must be a non-negative integer');
    }
    page.offset = offset;
  }
  return { where, order, page };
}
