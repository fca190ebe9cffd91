import type { ConflictForeignKey } from '@trainkit/core';
import { CompiledQuery, type DatabaseConnection } from 'kysely';
import type { ForeignKeyViolation } from './foreign-key-violation.js';

/** What kind of write a statement is, from its kysely node or, for raw SQL, its first keyword. */
type WriteKind = 'insert' | 'update' | 'delete';

/** One row of `pragma_foreign_key_list`, with the table that declares it. */
interface ForeignKeyListRow {
  readonly child: string;
  readonly id: number;
  readonly from: string;
  readonly to: string | null;
  readonly table: string;
  readonly on_delete: string;
}

type Run = (sql: string, parameters?: readonly unknown[]) => Promise<readonly Record<string, unknown>[]>;

const SAVEPOINT = 'trainkit_fk_diagnosis';

/**
 * Finds which foreign key a statement broke on SQLite, which only says "FOREIGN KEY constraint failed". Runs on the
 * connection the statement failed on (still held, inside the caller's transaction if any), and leaves no trace: every
 * probe runs inside a savepoint that is rolled back.
 *
 * - An insert or update that referenced a missing row is run again with foreign keys deferred; `PRAGMA
 *   foreign_key_check` then names the row's broken foreign key.
 * - A delete (or key change) of a row still referenced: the foreign keys of other tables pointing at the table that
 *   block deletes (`RESTRICT`, `NO ACTION`) are the candidates; with several, the one with a row referencing a row the
 *   statement targets is it.
 *
 * Returns `undefined` when the statement cannot be diagnosed (raw SQL of an unusual shape); never throws.
 *
 * @param connection - The connection the statement failed on.
 * @param query - The failed statement.
 * @param entity - The table it wrote to, when known.
 * @returns The broken foreign key and its direction, or `undefined`.
 *
 * @internal
 */
export async function diagnoseSqliteForeignKey(
  connection: DatabaseConnection,
  query: CompiledQuery,
  entity: string | undefined,
): Promise<ForeignKeyViolation | undefined> {
  const run: Run = async (sql, parameters = []) => (await connection.executeQuery<Record<string, unknown>>(CompiledQuery.raw(sql, [...parameters]))).rows;
  try {
    const kind = writeKindOf(query);
    const table = entity ?? tableOfSql(query.sql);
    if (kind === 'insert' || kind === 'update') {
      const missing = await findMissingParent(run, connection, query, table);
      if (missing) return missing;
    }
    if ((kind === 'delete' || kind === 'update') && table !== undefined) return await findReferencingChild(run, query, table);
    return undefined;
  } catch {
    return undefined;
  }
}

function writeKindOf(query: CompiledQuery): WriteKind | undefined {
  switch (query.query.kind) {
    case 'InsertQueryNode':
      return 'insert';
    case 'UpdateQueryNode':
      return 'update';
    case 'DeleteQueryNode':
      return 'delete';
    default: {
      const keyword = /^\s*(insert|replace|update|delete)\b/i.exec(query.sql)?.[1]?.toLowerCase();
      if (keyword === 'replace') return 'insert';
      return keyword as WriteKind | undefined;
    }
  }
}

/** The table a raw `insert into` / `update` / `delete from` statement writes to. */
function tableOfSql(sql: string): string | undefined {
  const match =
    /^\s*(?:insert|replace)\s+(?:or\s+\w+\s+)?into\s+(?:"([^"]+)"|([\w$]+))/i.exec(sql) ??
    /^\s*update\s+(?:or\s+\w+\s+)?(?:"([^"]+)"|([\w$]+))/i.exec(sql) ??
    /^\s*delete\s+from\s+(?:"([^"]+)"|([\w$]+))/i.exec(sql);
  return match ? (match[1] ?? match[2]) : undefined;
}

function quote(identifier: string): string {
  return `"${identifier.replace(/"/g, '""')}"`;
}

/** Runs `work` inside a savepoint that is always rolled back. */
async function inRolledBackSavepoint<T>(run: Run, work: () => Promise<T>): Promise<T> {
  await run(`savepoint ${SAVEPOINT}`);
  try {
    return await work();
  } finally {
    await run(`rollback to ${SAVEPOINT}`);
    await run(`release ${SAVEPOINT}`);
  }
}

/** Re-runs the write with foreign keys deferred and asks SQLite which foreign key the written rows break. */
async function findMissingParent(
  run: Run,
  connection: DatabaseConnection,
  query: CompiledQuery,
  table: string | undefined,
): Promise<ForeignKeyViolation | undefined> {
  return inRolledBackSavepoint(run, async () => {
    const previous = Number((await run('pragma defer_foreign_keys'))[0]?.defer_foreign_keys ?? 0);
    await run('pragma defer_foreign_keys = on');
    try {
      try {
        await connection.executeQuery(query);
      } catch {
        // Still failing with deferred foreign keys: an immediate (RESTRICT) key, or another constraint.
        return undefined;
      }
      const problems = await run(table === undefined ? 'pragma foreign_key_check' : `pragma foreign_key_check(${quote(table)})`);
      const first = problems[0];
      if (!first) return undefined;
      const foreignKey = await foreignKeyById(run, String(first.table), Number(first.fkid));
      return foreignKey ? { direction: 'missing_parent' as const, foreignKey } : undefined;
    } finally {
      await run(`pragma defer_foreign_keys = ${previous ? 'on' : 'off'}`);
    }
  });
}

async function foreignKeyById(run: Run, table: string, id: number): Promise<ConflictForeignKey | undefined> {
  const rows = (await run('select * from pragma_foreign_key_list(?) where id = ? order by seq', [table, id])) as readonly Record<string, unknown>[];
  if (rows.length === 0) return undefined;
  const parent = String(rows[0]!.table);
  const to = await referencedColumns(run, parent, rows.map((row) => (row.to === null ? null : String(row.to))));
  return { table, columns: rows.map((row) => String(row.from)), references: { table: parent, columns: to } };
}

/** The referenced columns of a foreign key; a key declared without columns references the parent's primary key. */
async function referencedColumns(run: Run, parent: string, to: readonly (string | null)[]): Promise<string[]> {
  if (to.every((column) => column !== null)) return to as string[];
  const primaryKey = await run('select name from pragma_table_info(?) where pk > 0 order by pk', [parent]);
  return primaryKey.map((row) => String(row.name));
}

/** Finds the foreign key of another table that still references the rows a delete (or key change) targets. */
async function findReferencingChild(run: Run, query: CompiledQuery, table: string): Promise<ForeignKeyViolation | undefined> {
  const rows = (await run(
    `select m.name as child, f.id, f."from", f."to", f."table", f.on_delete
       from sqlite_master m join pragma_foreign_key_list(m.name) f
      where m.type = 'table' and f."table" = ? collate nocase
      order by m.rowid, f.id, f.seq`,
    [table],
  )) as unknown as readonly ForeignKeyListRow[];
  // Cascading and nulling keys never block a delete: only RESTRICT and NO ACTION keys can be the culprit. Candidates
  // are tried in table creation order, the order in which PostgreSQL checks them too.
  const grouped = new Map<string, { table: string; parent: string; columns: string[]; to: (string | null)[] }>();
  for (const row of rows) {
    if (['CASCADE', 'SET NULL', 'SET DEFAULT'].includes(row.on_delete.toUpperCase())) continue;
    const key = `${row.child}\u0000${row.id}`;
    const entry = grouped.get(key) ?? { table: row.child, parent: row.table, columns: [], to: [] };
    entry.columns.push(row.from);
    entry.to.push(row.to);
    grouped.set(key, entry);
  }
  const candidates: ConflictForeignKey[] = [];
  for (const entry of grouped.values()) {
    const columns = await referencedColumns(run, entry.parent, entry.to);
    candidates.push({ table: entry.table, columns: entry.columns, references: { table: entry.parent, columns } });
  }
  if (candidates.length === 0) return undefined;
  if (candidates.length === 1) return { direction: 'still_referenced', foreignKey: candidates[0]! };
  const targeted = targetedRows(query);
  if (!targeted) return undefined;
  for (const foreignKey of candidates) {
    const probe =
      `select 1 as hit from ${quote(foreignKey.table)} where ${columnTuple(foreignKey.columns)} in ` +
      `(select ${foreignKey.references.columns.map(quote).join(', ')} from ${targeted.from}${targeted.where}) limit 1`;
    if ((await run(probe, query.parameters)).length > 0) return { direction: 'still_referenced', foreignKey };
  }
  return undefined;
}

function columnTuple(columns: readonly string[]): string {
  return columns.length === 1 ? quote(columns[0]!) : `(${columns.map(quote).join(', ')})`;
}

/** The `from` and `where` of a `delete from <table> [where …] [returning …]` statement, to select the rows it targets. */
function targetedRows(query: CompiledQuery): { from: string; where: string } | undefined {
  const match = /^\s*delete\s+from\s+([\s\S]+?)(\s+where\s+[\s\S]+?)?(\s+returning\s+[\s\S]*)?\s*;?\s*$/i.exec(query.sql);
  if (!match?.[1]) return undefined;
  return { from: match[1], where: match[2] ?? '' };
}
