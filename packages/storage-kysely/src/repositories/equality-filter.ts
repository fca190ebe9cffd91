import type { TableRuntime } from './table-runtime.js';

/**
 * A `where` triple for kysely: `column = value`, `column is null`, or `column in (...)` for arrays; values are
 * encoded for the dialect (booleans become 0/1 on SQLite).
 *
 * @internal
 */
export function equality(
  runtime: TableRuntime,
  column: string,
  value: unknown,
): [string, 'is' | '=' | 'in', unknown] {
  const encode = runtime.columnCodecs.get(column)?.encode ?? ((input: unknown) => input);
  if (value === null) return [column, 'is', null];
  if (Array.isArray(value)) {
    // An empty list matches nothing; `in (null)` keeps the SQL valid on every dialect.
    return [column, 'in', value.length === 0 ? [null] : value.map((item) => encode(item))];
  }
  return [column, '=', encode(value)];
}
