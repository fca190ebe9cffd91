/** Ids per `IN (...)` list, well below every dialect's bound-parameter limit. */
export const IDS_PER_QUERY = 500;

/**
 * Internal: `values` cut into lists of at most {@link IDS_PER_QUERY}, for `where: { id: list }` queries.
 *
 * @example
 * ```ts
 * idChunks(['a', 'b']); // [['a', 'b']]
 * ```
 */
export function idChunks<T>(values: readonly T[]): T[][] {
  const result: T[][] = [];
  for (let start = 0; start < values.length; start += IDS_PER_QUERY) result.push(values.slice(start, start + IDS_PER_QUERY));
  return result;
}

/**
 * Internal: `rows` grouped by `key`, each group in the order of `rows`.
 *
 * @example
 * ```ts
 * groupRowsBy([{ s: 'a' }, { s: 'b' }, { s: 'a' }], (row) => row.s).get('a')?.length; // 2
 * ```
 */
export function groupRowsBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
