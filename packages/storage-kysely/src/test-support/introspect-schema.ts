/**
 * Test-only: a normalized snapshot of what a migrated database contains (tables, columns, keys, indexes, checks,
 * views), read from the database's own catalog, for migration and schema-agreement tests.
 */
import { sql } from 'kysely';
import type { KyselyStorage } from '../index.js';

export interface ColumnSnapshot {
  readonly name: string;
  /** Declared type, lower case (`text`, `integer`, `real`, `bigint`, `double precision`, `timestamp with time zone`, ...). */
  readonly type: string;
  readonly nullable: boolean;
}

export interface ForeignKeySnapshot {
  readonly columns: readonly string[];
  readonly table: string;
  readonly referencedColumns: readonly string[];
  /** `cascade`, `set null`, `restrict`, `no action`. */
  readonly onDelete: string;
}

export interface TableSnapshot {
  readonly columns: readonly ColumnSnapshot[];
  readonly primaryKey: readonly string[];
  readonly foreignKeys: readonly ForeignKeySnapshot[];
  /** Column lists of unique constraints (and unique indexes), sorted. */
  readonly uniqueKeys: readonly string[];
  /** Non-unique indexes: `name(col, col)`, sorted. */
  readonly indexes: readonly string[];
  /** CHECK constraint names with the values of `column in (...)` checks: `name: a|b|c`, sorted. */
  readonly checks: readonly string[];
}

export interface SchemaSnapshot {
  readonly tables: Readonly<Record<string, TableSnapshot>>;
  /** View name -> normalized definition. */
  readonly views: Readonly<Record<string, string>>;
}

/** Reads the schema of the storage's database (public schema on PostgreSQL). */
export async function introspectSchema(storage: KyselyStorage): Promise<SchemaSnapshot> {
  return storage.dialect === 'sqlite' ? introspectSqlite(storage) : introspectPostgres(storage);
}

async function rows<T>(storage: KyselyStorage, query: ReturnType<typeof sql<T>>): Promise<T[]> {
  return (await query.execute(storage.kysely)).rows;
}

/** `"col" in ('a', 'b')` / `col = ANY (ARRAY['a'::text, ...])` -> `a|b`; other checks -> their text. */
function checkValues(definition: string): string {
  const literals = [...definition.matchAll(/'((?:[^']|'')*)'/g)].map((match) => match[1]!.replace(/''/g, "'"));
  if (literals.length > 0) return literals.join('|');
  return definition.replace(/\s+/g, ' ').replace(/[()"]/g, '').trim().toLowerCase();
}

async function introspectSqlite(storage: KyselyStorage): Promise<SchemaSnapshot> {
  const master = await rows<{ type: string; name: string; sql: string | null }>(
    storage,
    sql`select type, name, sql from sqlite_master where name not like 'sqlite_%' order by name`,
  );
  const tables: Record<string, TableSnapshot> = {};
  const views: Record<string, string> = {};
  for (const entry of master) {
    if (entry.type === 'view') views[entry.name] = normalizeViewSql(entry.sql ?? '');
    if (entry.type !== 'table') continue;
    const name = entry.name;
    const columns = await rows<{ name: string; type: string; notnull: number; pk: number }>(
      storage,
      sql`select name, type, "notnull", pk from pragma_table_xinfo(${name}) order by cid`,
    );
    const foreignKeys = await rows<{ id: number; seq: number; table: string; from: string; to: string; on_delete: string }>(
      storage,
      sql`select id, seq, "table", "from", "to", on_delete from pragma_foreign_key_list(${name}) order by id, seq`,
    );
    const indexList = await rows<{ name: string; unique: number; origin: string }>(
      storage,
      sql`select name, "unique", origin from pragma_index_list(${name})`,
    );
    const uniqueKeys: string[] = [];
    const indexes: string[] = [];
    for (const index of indexList) {
      if (index.origin === 'pk') continue;
      const indexColumns = await rows<{ name: string }>(storage, sql`select name from pragma_index_info(${index.name}) order by seqno`);
      const list = indexColumns.map((column) => column.name).join(', ');
      if (index.unique) uniqueKeys.push(list);
      else indexes.push(`${index.name}(${list})`);
    }
    const checks = sqliteChecks(entry.sql ?? '');
    const byId = new Map<number, ForeignKeySnapshot & { columns: string[]; referencedColumns: string[] }>();
    for (const key of foreignKeys) {
      let snapshot = byId.get(key.id);
      if (!snapshot) {
        snapshot = { columns: [], table: key.table, referencedColumns: [], onDelete: key.on_delete.toLowerCase() };
        byId.set(key.id, snapshot);
      }
      snapshot.columns.push(key.from);
      snapshot.referencedColumns.push(key.to);
    }
    tables[name] = {
      columns: columns.map((column) => ({ name: column.name, type: column.type.toLowerCase(), nullable: column.notnull === 0 && column.pk === 0 })),
      primaryKey: columns.filter((column) => column.pk > 0).sort((a, b) => a.pk - b.pk).map((column) => column.name),
      foreignKeys: [...byId.values()].sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      uniqueKeys: uniqueKeys.sort(),
      indexes: indexes.sort(),
      checks: checks.sort(),
    };
  }
  return { tables, views };
}

async function introspectPostgres(storage: KyselyStorage): Promise<SchemaSnapshot> {
  const tableNames = await rows<{ table_name: string }>(
    storage,
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name`,
  );
  const columns = await rows<{ table_name: string; column_name: string; data_type: string; is_nullable: string; ordinal_position: number }>(
    storage,
    sql`select table_name, column_name, data_type, is_nullable, ordinal_position from information_schema.columns
        where table_schema = 'public' order by table_name, ordinal_position`,
  );
  const constraints = await rows<{ table_name: string; name: string; type: string; definition: string }>(
    storage,
    sql`select c.conrelid::regclass::text as table_name, c.conname as name, c.contype as type, pg_get_constraintdef(c.oid) as definition
        from pg_constraint c join pg_namespace n on n.oid = c.connamespace
        where n.nspname = 'public' and c.contype in ('p', 'f', 'u', 'c') order by c.conname`,
  );
  const indexRows = await rows<{ tablename: string; indexname: string; indexdef: string }>(
    storage,
    sql`select tablename, indexname, indexdef from pg_indexes where schemaname = 'public' order by indexname`,
  );
  const viewRows = await rows<{ table_name: string; view_definition: string }>(
    storage,
    sql`select table_name, view_definition from information_schema.views where table_schema = 'public'`,
  );
  const constraintNames = new Set(constraints.map((constraint) => constraint.name));
  const tables: Record<string, TableSnapshot> = {};
  const columnList = (text: string) => text.split(',').map((part) => part.trim().replace(/"/g, ''));
  for (const { table_name: name } of tableNames) {
    const own = constraints.filter((constraint) => constraint.table_name.replace(/"/g, '') === name);
    const primary = own.find((constraint) => constraint.type === 'p');
    tables[name] = {
      columns: columns
        .filter((column) => column.table_name === name)
        .map((column) => ({ name: column.column_name, type: column.data_type.toLowerCase(), nullable: column.is_nullable === 'YES' })),
      primaryKey: primary ? columnList(/\((.*)\)/.exec(primary.definition)![1]!) : [],
      foreignKeys: own
        .filter((constraint) => constraint.type === 'f')
        .map((constraint) => {
          const match = /FOREIGN KEY \((.*?)\) REFERENCES "?(\w+)"?\((.*?)\)(.*)$/.exec(constraint.definition)!;
          const action = /ON DELETE (CASCADE|SET NULL|RESTRICT|SET DEFAULT|NO ACTION)/.exec(match[4]!)?.[1] ?? 'NO ACTION';
          return { columns: columnList(match[1]!), table: match[2]!, referencedColumns: columnList(match[3]!), onDelete: action.toLowerCase() };
        })
        .sort((a, b) => a.columns.join().localeCompare(b.columns.join())),
      uniqueKeys: [
        ...own.filter((constraint) => constraint.type === 'u').map((constraint) => columnList(/\((.*)\)/.exec(constraint.definition)![1]!).join(', ')),
        ...indexRows
          .filter((index) => index.tablename === name && /CREATE UNIQUE INDEX/.test(index.indexdef) && !constraintNames.has(index.indexname))
          .map((index) => columnList(/\((.*)\)/.exec(index.indexdef)![1]!).join(', ')),
      ].sort(),
      indexes: indexRows
        .filter((index) => index.tablename === name && !/CREATE UNIQUE INDEX/.test(index.indexdef))
        .map((index) => `${index.indexname}(${columnList(/\((.*)\)/.exec(index.indexdef)![1]!).join(', ')})`)
        .sort(),
      checks: own
        .filter((constraint) => constraint.type === 'c')
        .map((constraint) => `${constraint.name}: ${checkValues(constraint.definition)}`)
        .sort(),
    };
  }
  const views: Record<string, string> = {};
  for (const view of viewRows) views[view.table_name] = normalizeViewSql(view.view_definition);
  return { tables, views };
}

/** `constraint "name" check (...)` clauses of a SQLite CREATE TABLE, with balanced parentheses. */
function sqliteChecks(createTable: string): string[] {
  const checks: string[] = [];
  const pattern = /constraint\s+"?(\w+)"?\s+check\s*\(/gi;
  for (let match = pattern.exec(createTable); match; match = pattern.exec(createTable)) {
    let depth = 1;
    let index = pattern.lastIndex;
    let quoted = false;
    for (; index < createTable.length && depth > 0; index += 1) {
      const char = createTable[index];
      if (char === "'") quoted = !quoted;
      else if (!quoted && char === '(') depth += 1;
      else if (!quoted && char === ')') depth -= 1;
    }
    checks.push(`${match[1]}: ${checkValues(createTable.slice(pattern.lastIndex, index - 1))}`);
  }
  return checks;
}

/** Lower case, single spaces, no quotes: enough to compare one dialect's view definition with itself. */
function normalizeViewSql(text: string): string {
  return text.replace(/"/g, '').replace(/\s+/g, ' ').trim().toLowerCase();
}
