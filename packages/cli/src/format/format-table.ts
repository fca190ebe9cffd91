/**
 * One column of a text table: its header and which side its cells hug.
 *
 * @example
 * ```ts
 * const column: TableColumn = { header: 'Duration', align: 'right' };
 * ```
 */
export interface TableColumn {
  /** Header text. */
  readonly header: string;
  /** `right` for numbers, `left` (default) for text. */
  readonly align?: 'left' | 'right';
}

/**
 * Lays `rows` out as an aligned plain-text table: a header line, a rule of dashes, one line per row, columns two
 * spaces apart, no trailing spaces. Every row must have one cell per column.
 *
 * @example
 * ```ts
 * formatTable([{ header: 'Week' }, { header: 'Min', align: 'right' }], [['2024-06-03', '95']]);
 * // 'Week        Min\n----------  ---\n2024-06-03   95\n'
 * ```
 */
export function formatTable(columns: readonly TableColumn[], rows: readonly (readonly string[])[]): string {
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...rows.map((row) => (row[index] ?? '').length)),
  );
  const line = (cells: readonly string[]) =>
    columns
      .map((column, index) => {
        const cell = cells[index] ?? '';
        const width = widths[index] ?? 0;
        return column.align === 'right' ? cell.padStart(width) : cell.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  const header = line(columns.map((column) => column.header));
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return `${[header, rule, ...rows.map(line)].join('\n')}\n`;
}
