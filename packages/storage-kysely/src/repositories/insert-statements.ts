import type { PlainRow } from './plain-row.js';
import type { TableRuntime } from './table-runtime.js';

/* SQL text and parameters of the bulk write paths, built once per table (and row count) and cached. */

const insertStatements = new WeakMap<TableRuntime, Map<number, string>>();

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/**
 * `insert into "t" ("a", "b") values (?, ?), (?, ?)` for `rowCount` rows, cached per table and size. On SQLite a JSON
 * column's placeholder is `cast(? as text)`: the codec may bind a payload's UTF-8 bytes (see `encodeInStatement`),
 * stored as text like a string (a blob would not be).
 */
export function insertStatement(runtime: TableRuntime, rowCount: number): string {
  let byCount = insertStatements.get(runtime);
  if (!byCount) {
    byCount = new Map();
    insertStatements.set(runtime, byCount);
  }
  let statement = byCount.get(rowCount);
  if (!statement) {
    const columns = runtime.codec.columns;
    const head = `insert into ${quoteIdentifier(runtime.name)} (${columns.map(quoteIdentifier).join(', ')}) values `;
    const tuples: string[] = [];
    if (runtime.family === 'sqlite') {
      const tuple = `(${columns.map((column) => (runtime.columnKinds.get(column) === 'json' ? 'cast(? as text)' : '?')).join(', ')})`;
      for (let row = 0; row < rowCount; row += 1) tuples.push(tuple);
    } else {
      let parameter = 0;
      for (let row = 0; row < rowCount; row += 1) {
        const placeholders: string[] = [];
        for (let column = 0; column < columns.length; column += 1) placeholders.push(`$${(parameter += 1)}`);
        tuples.push(`(${placeholders.join(', ')})`);
      }
    }
    statement = head + tuples.join(', ');
    byCount.set(rowCount, statement);
  }
  return statement;
}

/** Rows per `insert ... select * from unnest(...)` on PostgreSQL (one parameter per column, so no 65,535 limit). */
export const POSTGRES_ROWS_PER_UNNEST = 5000;

/** PostgreSQL array element type per column kind, for `unnest($n::type[])`. */
const POSTGRES_ARRAY_TYPES: Readonly<Record<string, string>> = {
  text: 'text',
  enum: 'text',
  integer: 'int8',
  real: 'float8',
  boolean: 'bool',
  instant: 'timestamptz',
  date: 'date',
  json: 'jsonb',
};

const unnestStatements = new WeakMap<TableRuntime, string>();

/** `insert into "t" ("a", "b") select * from unnest($1::text[], $2::float8[])`, cached per table. */
export function unnestStatement(runtime: TableRuntime): string {
  let statement = unnestStatements.get(runtime);
  if (!statement) {
    const columns = runtime.codec.columns;
    const arrays = columns.map((column, index) => `$${index + 1}::${POSTGRES_ARRAY_TYPES[runtime.columnKinds.get(column)!]!}[]`);
    statement = `insert into ${quoteIdentifier(runtime.name)} (${columns.map(quoteIdentifier).join(', ')}) select * from unnest(${arrays.join(', ')})`;
    unnestStatements.set(runtime, statement);
  }
  return statement;
}

const upsertStatements = new WeakMap<TableRuntime, Map<string, string>>();

export function upsertStatement(
  runtime: TableRuntime,
  rowCount: number,
  conflictColumns: readonly string[],
  updateColumns: readonly string[],
): string {
  let byKey = upsertStatements.get(runtime);
  if (!byKey) {
    byKey = new Map();
    upsertStatements.set(runtime, byKey);
  }
  const key = `${rowCount}|${conflictColumns.join(',')}|${updateColumns.join(',')}`;
  let statement = byKey.get(key);
  if (!statement) {
    const target = conflictColumns.map(quoteIdentifier).join(', ');
    const action =
      updateColumns.length === 0
        ? 'do nothing'
        : `do update set ${updateColumns.map((column) => `${quoteIdentifier(column)} = excluded.${quoteIdentifier(column)}`).join(', ')}`;
    statement = `${insertStatement(runtime, rowCount)} on conflict (${target}) ${action}`;
    byKey.set(key, statement);
  }
  return statement;
}

/** Row-major parameters of a multi-row `values` statement. */
export function valuesParameters(runtime: TableRuntime, rows: readonly PlainRow[], start: number, end: number): unknown[] {
  const parameters: unknown[] = [];
  for (let index = start; index < end; index += 1) runtime.codec.encodeValuesInto(rows[index]!, parameters);
  return parameters;
}

/** One array per column (encoded values), for `unnest`. */
export function columnArrays(runtime: TableRuntime, rows: readonly PlainRow[], start: number, end: number): unknown[][] {
  const width = runtime.codec.columns.length;
  const arrays: unknown[][] = Array.from({ length: width }, () => new Array<unknown>(end - start));
  const values: unknown[] = [];
  for (let index = start; index < end; index += 1) {
    values.length = 0;
    runtime.codec.encodeValuesInto(rows[index]!, values);
    for (let column = 0; column < width; column += 1) arrays[column]![index - start] = values[column];
  }
  return arrays;
}

const COPY_SPECIAL = /[\\\n\r\t]/;

const COPY_SPECIAL_ALL = /[\\\n\r\t]/g;

const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One row in COPY text format: driver-encoded values, tab-separated, `\N` for NULL, backslash escapes. */
export function copyLineEncoder(runtime: TableRuntime): (row: PlainRow) => string {
  const values: unknown[] = [];
  return (row) => {
    values.length = 0;
    runtime.codec.encodeValuesInto(row, values);
    let line = '';
    for (let index = 0; index < values.length; index += 1) {
      const value = values[index];
      if (index > 0) line += '\t';
      if (value === null || value === undefined) line += '\\N';
      else if (typeof value === 'string') line += COPY_SPECIAL.test(value) ? value.replace(COPY_SPECIAL_ALL, (char) => COPY_ESCAPES[char]!) : value;
      else if (typeof value === 'boolean') line += value ? 't' : 'f';
      else line += String(value);
    }
    return `${line}\n`;
  };
}
