import { InsertQueryNode, TableNode, createQueryId, type CompiledQuery } from 'kysely';
import { COPY_REQUEST_SQL, type CopyRequest } from '../connection/copy-request.js';
import { atomically } from './atomically.js';
import {
  POSTGRES_ROWS_PER_UNNEST,
  columnArrays,
  copyLineEncoder,
  insertStatement,
  unnestStatement,
  valuesParameters,
} from './insert-statements.js';
import { assertOwnedReferences, ownedReferenceCollector } from './owned-reference-collector.js';
import type { PlainRow } from './plain-row.js';
import type { StorageContext } from './storage-context.js';
import type { TableRuntime } from './table-runtime.js';
import { validateRows } from './validate-rows.js';

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
    if (target.copyFromStdin) {
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
