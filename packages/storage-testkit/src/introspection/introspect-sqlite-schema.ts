import { extractCheckExpressions, normalizeSqlWhitespace } from './normalize-sql.js';
import {
  SchemaSnapshotSchema,
  type ColumnSnapshot,
  type ForeignKeySnapshot,
  type IndexSnapshot,
  type SchemaSnapshot,
  type TableSnapshot,
} from './schema-snapshot.js';
import type { SqlQuery } from './sql-query.js';

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function nullableText(value: unknown): string | null {
  return value === null || value === undefined ? null : String(value);
}

/** The predicate of a partial index, read from its `CREATE INDEX ... WHERE ...` text. */
function partialIndexPredicate(createIndexSql: string | null): string | null {
  if (!createIndexSql) return null;
  const match = /\)\s*where\s+([\s\S]+)$/i.exec(createIndexSql);
  return match?.[1] ? normalizeSqlWhitespace(match[1]) : null;
}

async function columnsOf(query: SqlQuery, table: string): Promise<ColumnSnapshot[]> {
  const rows = await query('select name, type, "notnull", dflt_value, pk from pragma_table_info(?) order by cid', [table]);
  return rows.map((row) => ({
    name: text(row['name']),
    type: text(row['type']).toLowerCase(),
    nullable: Number(row['notnull']) === 0,
    default: nullableText(row['dflt_value']),
    primaryKeyPosition: Number(row['pk']),
  }));
}

async function indexesOf(query: SqlQuery, table: string): Promise<IndexSnapshot[]> {
  const list = await query('select name, "unique", partial from pragma_index_list(?)', [table]);
  const indexes: IndexSnapshot[] = [];
  for (const entry of list) {
    const name = text(entry['name']);
    const keys = await query('select name from pragma_index_info(?) order by seqno', [name]);
    const definition = await query("select sql from sqlite_master where type = 'index' and name = ?", [name]);
    indexes.push({
      name,
      unique: Number(entry['unique']) === 1,
      // A key that is an expression has no column name.
      columns: keys.map((key) => nullableText(key['name']) ?? '<expression>'),
      predicate: Number(entry['partial']) === 1 ? partialIndexPredicate(nullableText(definition[0]?.['sql'])) : null,
    });
  }
  return indexes.sort((a, b) => a.name.localeCompare(b.name));
}

async function foreignKeysOf(query: SqlQuery, table: string): Promise<ForeignKeySnapshot[]> {
  const rows = await query(
    'select id, seq, "table", "from", "to", on_update, on_delete from pragma_foreign_key_list(?) order by id, seq',
    [table],
  );
  const byId = new Map<number, ForeignKeySnapshot>();
  for (const row of rows) {
    const id = Number(row['id']);
    const key = byId.get(id) ?? {
      columns: [],
      referencedTable: text(row['table']),
      referencedColumns: [],
      onUpdate: text(row['on_update']).toUpperCase(),
      onDelete: text(row['on_delete']).toUpperCase(),
    };
    key.columns.push(text(row['from']));
    // `to` is null when the key references the parent's primary key implicitly.
    key.referencedColumns.push(nullableText(row['to']) ?? '<primary key>');
    byId.set(id, key);
  }
  return [...byId.values()].sort((a, b) =>
    `${a.referencedTable}(${a.columns.join(',')})`.localeCompare(`${b.referencedTable}(${b.columns.join(',')})`),
  );
}

/**
 * Reads the schema of a SQLite database into a normalized {@link SchemaSnapshot}: tables and views from
 * `sqlite_master`, columns from `pragma_table_info`, indexes from `pragma_index_list` / `pragma_index_info`
 * (including the automatic ones behind PRIMARY KEY and UNIQUE), foreign keys from `pragma_foreign_key_list`, and
 * CHECK constraints from the `CREATE TABLE` text. SQLite's own `sqlite_*` tables are left out.
 *
 * @param query - Runs one SQL statement with `?` parameters and returns its rows (see {@link SqlQuery}).
 * @returns The snapshot; tables and views sorted by name.
 *
 * @example
 * ```ts
 * import Database from 'better-sqlite3';
 * const database = new Database('./trainkit.db');
 * const snapshot = await introspectSqliteSchema(async (statement, parameters = []) =>
 *   database.prepare(statement).all(...parameters) as Record<string, unknown>[]);
 * console.log(snapshot.tables.map((table) => table.name));
 * ```
 */
export async function introspectSqliteSchema(query: SqlQuery): Promise<SchemaSnapshot> {
  const objects = await query(
    "select type, name, sql from sqlite_master where type in ('table', 'view') and name not like 'sqlite\\_%' escape '\\' order by name",
  );
  const tables: TableSnapshot[] = [];
  const views: SchemaSnapshot['views'] = [];
  for (const object of objects) {
    const name = text(object['name']);
    const sql = text(object['sql']);
    if (object['type'] === 'view') {
      views.push({ name, definition: normalizeSqlWhitespace(sql) });
      continue;
    }
    tables.push({
      name,
      columns: await columnsOf(query, name),
      indexes: await indexesOf(query, name),
      foreignKeys: await foreignKeysOf(query, name),
      checks: extractCheckExpressions(sql),
    });
  }
  return SchemaSnapshotSchema.parse({ tables, views });
}
