import { ConflictError, NotFoundError } from '@trainkit/core';
import { InsertQueryNode, TableNode, createQueryId, sql, type CompiledQuery, type SelectQueryBuilder } from 'kysely';
import type { DynamicDatabase } from '../trainkit-database.js';
import { conflictMessage } from '../errors/translate-sqlite-error.js';
import { orderTerm, isTextKind, type SortDirection } from './sql-fragments.js';
import { COPY_REQUEST_SQL, type CopyRequest } from '../connection/postgres-copy.js';
import { runInTransaction, type StorageContext } from './storage-context.js';
import { validateRows } from './validate-rows.js';
import type { TableRuntime } from './table-runtime.js';

/** A row in its JavaScript form. */
export type PlainRow = Record<string, unknown>;

const insertStatements = new WeakMap<TableRuntime, Map<number, string>>();

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

/** `insert into "t" ("a", "b") values (?, ?), (?, ?)` for `rowCount` rows, cached per table and size. */
function insertStatement(runtime: TableRuntime, rowCount: number): string {
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
      const tuple = `(${columns.map(() => '?').join(', ')})`;
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
const POSTGRES_ROWS_PER_UNNEST = 5000;

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
function unnestStatement(runtime: TableRuntime): string {
  let statement = unnestStatements.get(runtime);
  if (!statement) {
    const columns = runtime.codec.columns;
    const arrays = columns.map((column, index) => `$${index + 1}::${POSTGRES_ARRAY_TYPES[runtime.columnKinds.get(column)!]!}[]`);
    statement = `insert into ${quoteIdentifier(runtime.name)} (${columns.map(quoteIdentifier).join(', ')}) select * from unnest(${arrays.join(', ')})`;
    unnestStatements.set(runtime, statement);
  }
  return statement;
}

/**
 * Inserts already validated rows, after checking that every reference to a user-owned row stays within the row's
 * user. SQLite gets multi-row `values` statements (about 4,000 bound values each, at most 500 rows, within its
 * 32,766-parameter limit); PGlite and PostgreSQL get `insert ... select * from unnest(<one array per column>)` of
 * 5,000 rows, parsed and planned once per statement instead of once per value. Several statements run atomically.
 *
 * @internal
 */
export async function insertValidatedRows(context: StorageContext, runtime: TableRuntime, rows: readonly PlainRow[]): Promise<void> {
  if (rows.length === 0) return;
  const single = rows.length <= statementRows(runtime) && runtime.ownedReferences.length === 0;
  const write = async (target: StorageContext) => {
    await assertOwnedReferences(target, runtime, rows);
    for (let start = 0; start < rows.length; start += statementRows(runtime)) {
      await writeStatement(target, runtime, rows.slice(start, start + statementRows(runtime)));
    }
  };
  if (single) await write(context);
  else await atomically(context, write);
}

/** Rows per insert statement of the non-COPY paths. */
function statementRows(runtime: TableRuntime): number {
  return runtime.family === 'sqlite' ? runtime.rowsPerInsert : POSTGRES_ROWS_PER_UNNEST;
}

/** One insert statement for `rows` (at most {@link statementRows} of them). */
async function writeStatement(context: StorageContext, runtime: TableRuntime, rows: readonly PlainRow[]): Promise<void> {
  const node = InsertQueryNode.create(TableNode.create(runtime.name));
  const compiled: CompiledQuery =
    runtime.family === 'sqlite'
      ? { sql: insertStatement(runtime, rows.length), parameters: valuesParameters(runtime, rows, 0, rows.length), query: node, queryId: createQueryId() }
      : { sql: unnestStatement(runtime), parameters: columnArrays(runtime, rows, 0, rows.length), query: node, queryId: createQueryId() };
  await context.db.executeQuery(compiled);
}

let savepoints = 0;

/**
 * Runs `work` all or nothing: in a new transaction, or, inside the caller's transaction, under a savepoint that is
 * rolled back when `work` throws, so the caller's transaction is left exactly as it was (and stays usable on
 * PostgreSQL, where a failed statement would otherwise abort it).
 *
 * @internal
 */
export async function atomically<T>(context: StorageContext, work: (context: StorageContext) => Promise<T>): Promise<T> {
  if (!context.inTransaction) return runInTransaction(context, work);
  savepoints += 1;
  const name = sql.id(`trainkit_bulk_${savepoints}`);
  await sql`savepoint ${name}`.execute(context.db);
  try {
    const result = await work(context);
    await sql`release savepoint ${name}`.execute(context.db);
    return result;
  } catch (error) {
    try {
      await sql`rollback to savepoint ${name}`.execute(context.db);
      await sql`release savepoint ${name}`.execute(context.db);
    } catch {
      // The connection is gone; so is the transaction, and with it everything `work` wrote.
    }
    throw error;
  }
}

/** Rows validated and encoded per piece of COPY data. */
const COPY_ROWS_PER_CHUNK = 250;

/**
 * Validates and inserts `inputs`, all or none; returns how many rows were inserted.
 *
 * Batches larger than one statement are validated and written chunk by chunk (so the validated copies die young):
 * multi-row `values` on SQLite, `unnest` on PGlite, and on PostgreSQL one streaming `COPY ... FROM STDIN`, during
 * which the next rows are validated while the server ingests the previous ones. A bad row anywhere aborts the batch
 * and rolls back everything it wrote (its own transaction, or a savepoint inside the caller's transaction), so
 * nothing is written. References to user-owned rows are checked once, after the rows are in, before the commit.
 *
 * @internal
 */
export async function validateAndInsertRows(context: StorageContext, runtime: TableRuntime, inputs: readonly unknown[]): Promise<number> {
  if (!Array.isArray(inputs) || inputs.length <= runtime.rowsPerInsert) {
    const valid = validateRows(runtime, inputs);
    await insertValidatedRows(context, runtime, valid);
    return valid.length;
  }
  return atomically(context, async (target) => {
    const references = ownedReferenceCollector(runtime);
    if (target.dialect === 'postgres') {
      const encode = copyLineEncoder(runtime);
      const data = function* (): Generator<string> {
        for (let start = 0; start < inputs.length; start += COPY_ROWS_PER_CHUNK) {
          const valid = validateRows(runtime, inputs.slice(start, start + COPY_ROWS_PER_CHUNK), start);
          let text = '';
          for (const row of valid) {
            references.add(row);
            text += encode(row);
          }
          yield text;
        }
      };
      const request: CopyRequest = { table: runtime.name, columns: runtime.codec.columns, data: data() };
      await target.db.executeQuery({
        sql: COPY_REQUEST_SQL,
        parameters: [request],
        query: InsertQueryNode.create(TableNode.create(runtime.name)),
        queryId: createQueryId(),
      });
    } else {
      const perStatement = statementRows(runtime);
      for (let start = 0; start < inputs.length; start += perStatement) {
        const valid = validateRows(runtime, inputs.slice(start, start + perStatement), start);
        for (const row of valid) references.add(row);
        await writeStatement(target, runtime, valid);
      }
    }
    await references.assert(target);
    return inputs.length;
  });
}

const COPY_SPECIAL = /[\\\n\r\t]/;
const COPY_SPECIAL_ALL = /[\\\n\r\t]/g;
const COPY_ESCAPES: Readonly<Record<string, string>> = { '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** One row in COPY text format: driver-encoded values, tab-separated, `\N` for NULL, backslash escapes. */
function copyLineEncoder(runtime: TableRuntime): (row: PlainRow) => string {
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

/** Row-major parameters of a multi-row `values` statement. */
function valuesParameters(runtime: TableRuntime, rows: readonly PlainRow[], start: number, end: number): unknown[] {
  const parameters: unknown[] = [];
  for (let index = start; index < end; index += 1) runtime.codec.encodeValuesInto(rows[index]!, parameters);
  return parameters;
}

/** One array per column (encoded values), for `unnest`. */
function columnArrays(runtime: TableRuntime, rows: readonly PlainRow[], start: number, end: number): unknown[][] {
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

/** Gathers the user-owned parents a batch references, to check them in a few queries. */
export interface OwnedReferenceCollector {
  add(row: PlainRow): void;
  /** Throws `ConflictError` (`foreign_key`) unless every gathered parent exists for the referencing row's user. */
  assert(context: StorageContext): Promise<void>;
}

/**
 * A collector of the references of `runtime`'s rows to user-owned tables (compact: user -> parent ids).
 *
 * @internal
 */
export function ownedReferenceCollector(runtime: TableRuntime): OwnedReferenceCollector {
  const wanted = runtime.ownedReferences.map(() => new Map<string, Set<string>>());
  return {
    add(row) {
      for (let index = 0; index < wanted.length; index += 1) {
        const value = row[runtime.ownedReferences[index]!.column];
        if (value === null || value === undefined) continue;
        const byUser = wanted[index]!;
        const userId = String(row.user_id);
        let ids = byUser.get(userId);
        if (!ids) byUser.set(userId, (ids = new Set()));
        ids.add(String(value));
      }
    },
    async assert(context) {
      for (const [index, reference] of runtime.ownedReferences.entries()) {
        for (const [userId, ids] of wanted[index]!) {
          const all = [...ids];
          for (let start = 0; start < all.length; start += 1000) {
            const chunk = all.slice(start, start + 1000);
            const found = await context.db
              .selectFrom(reference.parentTable)
              .select(sql.ref<string>(reference.parentColumn).as('key'))
              .where('user_id', '=', userId)
              .where(reference.parentColumn, 'in', chunk)
              .execute();
            if (found.length === chunk.length) continue;
            const present = new Set(found.map((row) => String(row.key)));
            const missing = chunk.find((id) => !present.has(id));
            throw new ConflictError(
              runtime.name,
              'foreign_key',
              conflictMessage('foreign_key', `${reference.column} = ${JSON.stringify(missing)} has no ${reference.parentTable} row of this user`),
            );
          }
        }
      }
    },
  };
}

/**
 * Throws `ConflictError` (`foreign_key`) when a row references a user-owned row (planned session, activity, ...) that
 * does not exist for the row's own user, exactly as if it did not exist at all.
 *
 * @internal
 */
export async function assertOwnedReferences(context: StorageContext, runtime: TableRuntime, rows: readonly PlainRow[]): Promise<void> {
  if (runtime.ownedReferences.length === 0) return;
  const collector = ownedReferenceCollector(runtime);
  for (const row of rows) collector.add(row);
  await collector.assert(context);
}

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
 * Writes `values` (already validated) into the row matching `where`; returns the decoded updated row, or `undefined`
 * when no row matched.
 *
 * @internal
 */
export async function updateRow(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
  values: Readonly<Record<string, unknown>>,
): Promise<PlainRow | undefined> {
  const encoded = runtime.codec.encode(values);
  if (Object.keys(encoded).length === 0) return selectOne(context, runtime, where);
  let query = context.db.updateTable(runtime.name).set(encoded);
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  const row = await query.returningAll().executeTakeFirst();
  return row ? runtime.codec.decode<PlainRow>(row as PlainRow) : undefined;
}

/**
 * Deletes the rows matching `where`; returns how many were deleted.
 *
 * @internal
 */
export async function deleteRows(
  context: StorageContext,
  runtime: TableRuntime,
  where: Readonly<Record<string, unknown>>,
): Promise<number> {
  let query = context.db.deleteFrom(runtime.name);
  for (const [column, value] of Object.entries(where)) query = query.where(...equality(runtime, column, value));
  const result = await query.executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Inserts one validated row and returns it as stored (decoded from `RETURNING *`).
 *
 * @internal
 */
export async function insertReturning(context: StorageContext, runtime: TableRuntime, row: PlainRow): Promise<PlainRow> {
  await assertOwnedReferences(context, runtime, [row]);
  const inserted = await context.db.insertInto(runtime.name).values(runtime.codec.encode(row)).returningAll().executeTakeFirstOrThrow();
  return runtime.codec.decode<PlainRow>(inserted as PlainRow);
}

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

const upsertStatements = new WeakMap<TableRuntime, Map<string, string>>();

/**
 * Inserts validated rows, or on a conflict of `conflictColumns` overwrites `updateColumns` of the existing row
 * (`on conflict (...) do update set c = excluded.c`, the same SQL on SQLite and PostgreSQL). Rows repeating a conflict
 * key are collapsed first (the last one wins), since PostgreSQL refuses to update one row twice in a statement.
 * Returns how many distinct rows were written.
 *
 * @internal
 */
export async function upsertValidatedRows(
  context: StorageContext,
  runtime: TableRuntime,
  rows: readonly PlainRow[],
  conflictColumns: readonly string[],
  updateColumns: readonly string[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const byKey = new Map<string, PlainRow>();
  for (const row of rows) byKey.set(JSON.stringify(conflictColumns.map((column) => row[column])), row);
  const distinct = [...byKey.values()];
  const write = async (target: StorageContext) => {
    await assertOwnedReferences(target, runtime, distinct);
    const node = InsertQueryNode.create(TableNode.create(runtime.name));
    const perStatement = runtime.rowsPerInsert;
    for (let start = 0; start < distinct.length; start += perStatement) {
      const end = Math.min(distinct.length, start + perStatement);
      const parameters: unknown[] = [];
      for (let index = start; index < end; index += 1) runtime.codec.encodeValuesInto(distinct[index]!, parameters);
      const compiled: CompiledQuery = {
        sql: upsertStatement(runtime, end - start, conflictColumns, updateColumns),
        parameters,
        query: node,
        queryId: createQueryId(),
      };
      await target.db.executeQuery(compiled);
    }
  };
  if (distinct.length <= runtime.rowsPerInsert && runtime.ownedReferences.length === 0) await write(context);
  else await atomically(context, write);
  return distinct.length;
}

function upsertStatement(
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

/** A select over one dynamic table, as {@link selectWhere} hands it to its filter. */
export type DynamicSelect = SelectQueryBuilder<DynamicDatabase, string, Record<string, unknown>>;

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
