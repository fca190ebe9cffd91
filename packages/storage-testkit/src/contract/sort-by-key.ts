/**
 * Rows sorted by the given key columns with plain code-unit string comparison, so two row lists compare equal
 * whatever order (and collation) a database returned them in.
 */
export function sortByKey<Row extends object>(rows: readonly Row[], keyColumns: readonly string[]): Row[] {
  const keyOf = (row: Row) => keyColumns.map((column) => String((row as Record<string, unknown>)[column])).join('\u0000');
  return [...rows].sort((a, b) => {
    const left = keyOf(a);
    const right = keyOf(b);
    return left < right ? -1 : left > right ? 1 : 0;
  });
}
