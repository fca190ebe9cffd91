import type { TableRuntime } from './table-runtime.js';
import { validationError } from './validate-rows.js';

/**
 * Checks the `where` of a `deleteWhere` call: an object naming at least one column (entries whose value is
 * `undefined` do not count), only columns of the table and no JSON column. Returns the filters to apply; anything
 * else is a `ValidationError` naming `where` (or `where.<column>`), so a missing filter never deletes a whole table.
 *
 * @internal
 */
export function checkRowFilter(runtime: TableRuntime, where: unknown): Record<string, unknown> {
  const subject = `${runtime.name} deleteWhere`;
  if (typeof where !== 'object' || where === null || Array.isArray(where)) {
    throw validationError(subject, 'where', 'invalid_type', 'expected an object of column filters');
  }
  const filters: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(where)) {
    if (!runtime.columnNames.has(column)) {
      throw validationError(subject, `where.${column}`, 'unrecognized_keys', `${runtime.name} has no column ${column}`);
    }
    if (runtime.columnKinds.get(column) === 'json') {
      throw validationError(subject, `where.${column}`, 'invalid_value', `${column} is a JSON column and cannot be filtered by equality`);
    }
    if (value !== undefined) filters[column] = value;
  }
  if (Object.keys(filters).length === 0) {
    throw validationError(subject, 'where', 'too_small', 'must name at least one column: refusing to delete every row');
  }
  return filters;
}
