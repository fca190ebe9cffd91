/** One line of the load table; `undefined` prints as `-` (not measured for that scenario). */
export interface LoadRow {
  readonly scenario: string;
  readonly backend: string;
  readonly requests: number;
  readonly perSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly serverErrors?: number | undefined;
  /** Requests without an answer, and 4xx answers: both should be 0 (printed as `failed/4xx`). */
  readonly failed?: number | undefined;
  readonly rejected?: number | undefined;
  readonly lost?: number | undefined;
  /** p50 over the p50 of the baseline of the same concurrency on the same server. */
  readonly ratio?: number | undefined;
}

const COLUMNS = [
  ['scenario', 30], ['backend', 9], ['requests', 9], ['rps', 9], ['p50 ms', 9], ['p99 ms', 9], ['5xx', 5], ['failed/4xx', 11], ['lost', 5], ['p50 / baseline', 14],
] as const;

/** The rows as a fixed-width table, header first. */
export function formatLoadTable(rows: readonly LoadRow[]): string[] {
  const line = (cells: readonly string[]) => cells.map((cell, index) => (index < 2 ? cell.padEnd(COLUMNS[index]![1]) : cell.padStart(COLUMNS[index]![1]))).join(' ').trimEnd();
  const number = (value: number | undefined, decimals: number) => (value === undefined || Number.isNaN(value) ? '-' : value.toFixed(decimals));
  return [
    line(COLUMNS.map(([name]) => name)),
    ...rows.map((row) =>
      line([
        row.scenario,
        row.backend,
        String(row.requests),
        number(row.perSecond, 0),
        number(row.p50Ms, 1),
        number(row.p99Ms, 1),
        number(row.serverErrors, 0),
        row.failed === undefined ? '-' : `${row.failed}/${row.rejected ?? 0}`,
        number(row.lost, 0),
        row.ratio === undefined ? '-' : `${row.ratio.toFixed(1)}x`,
      ]),
    ),
  ];
}
