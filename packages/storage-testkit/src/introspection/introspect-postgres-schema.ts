import { normalizeSqlWhitespace } from './normalize-sql.js';
import { SchemaSnapshotSchema, type ForeignKeySnapshot, type SchemaSnapshot, type TableSnapshot } from './schema-snapshot.js';
import type { SqlQuery } from './sql-query.js';

/** Separates list items inside one aggregated text value (ASCII unit separator; never in an identifier). */
const SEPARATOR = '\u001f';

const REFERENTIAL_ACTIONS: Readonly<Record<string, string>> = {
  a: 'NO ACTION',
  r: 'RESTRICT',
  c: 'CASCADE',
  n: 'SET NULL',
  d: 'SET DEFAULT',
};

const TABLES_SQL = `
select c.relname as table_name
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = current_schema() and c.relkind in ('r', 'p')
order by c.relname`;

const COLUMNS_SQL = `
select c.relname as table_name, a.attnum as position, a.attname as column_name,
  format_type(a.atttypid, a.atttypmod) as column_type,
  not a.attnotnull as nullable,
  pg_get_expr(d.adbin, d.adrelid) as column_default,
  coalesce((select array_position(con.conkey, a.attnum) from pg_constraint con
            where con.conrelid = c.oid and con.contype = 'p'), 0) as primary_key_position
from pg_attribute a
join pg_class c on c.oid = a.attrelid
join pg_namespace n on n.oid = c.relnamespace
left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
where n.nspname = current_schema() and c.relkind in ('r', 'p') and a.attnum > 0 and not a.attisdropped
order by c.relname, a.attnum`;

const INDEXES_SQL = `
select t.relname as table_name, i.relname as index_name, ix.indisunique as is_unique,
  pg_get_expr(ix.indpred, ix.indrelid) as predicate,
  (select string_agg(pg_get_indexdef(ix.indexrelid, k, true), chr(31) order by k)
     from generate_series(1, ix.indnkeyatts) as k) as key_columns
from pg_index ix
join pg_class i on i.oid = ix.indexrelid
join pg_class t on t.oid = ix.indrelid
join pg_namespace n on n.oid = t.relnamespace
where n.nspname = current_schema() and t.relkind in ('r', 'p')
order by t.relname, i.relname`;

const FOREIGN_KEYS_SQL = `
select t.relname as table_name, r.relname as referenced_table,
  con.confupdtype::text as on_update, con.confdeltype::text as on_delete,
  (select string_agg(a.attname, chr(31) order by k.ord)
     from unnest(con.conkey) with ordinality as k(attnum, ord)
     join pg_attribute a on a.attrelid = con.conrelid and a.attnum = k.attnum) as key_columns,
  (select string_agg(a.attname, chr(31) order by k.ord)
     from unnest(con.confkey) with ordinality as k(attnum, ord)
     join pg_attribute a on a.attrelid = con.confrelid and a.attnum = k.attnum) as referenced_columns
from pg_constraint con
join pg_class t on t.oid = con.conrelid
join pg_class r on r.oid = con.confrelid
join pg_namespace n on n.oid = t.relnamespace
where n.nspname = current_schema() and con.contype = 'f'`;

const CHECKS_SQL = `
select t.relname as table_name, pg_get_constraintdef(con.oid, true) as definition
from pg_constraint con
join pg_class t on t.oid = con.conrelid
join pg_namespace n on n.oid = t.relnamespace
where n.nspname = current_schema() and con.contype = 'c'`;

const VIEWS_SQL = `
select c.relname as view_name, pg_get_viewdef(c.oid, true) as definition
from pg_class c join pg_namespace n on n.oid = c.relnamespace
where n.nspname = current_schema() and c.relkind in ('v', 'm')
order by c.relname`;

function text(value: unknown): string {
  return value === null || value === undefined ? '' : String(value);
}

function list(value: unknown): string[] {
  const joined = text(value);
  return joined === '' ? [] : joined.split(SEPARATOR);
}

function isTrue(value: unknown): boolean {
  return value === true || value === 't' || value === 'true' || value === 1;
}

/** `CHECK ((x >= 0))` -> `x >= 0`: the expression without the keyword and redundant outer parentheses. */
function checkExpression(definition: string): string {
  return withoutOuterParentheses(definition.replace(/^CHECK\s*/i, '').replace(/\s+NOT VALID$/i, ''));
}

/** `((a >= 0))` -> `a >= 0`, whitespace-normalized. */
function withoutOuterParentheses(text: string): string {
  let expression = normalizeSqlWhitespace(text);
  while (expression.startsWith('(') && expression.endsWith(')') && encloses(expression)) {
    expression = expression.slice(1, -1).trim();
  }
  return expression;
}

/** Whether the first parenthesis of `expression` closes at its last character. */
function encloses(expression: string): boolean {
  let depth = 0;
  for (let index = 0; index < expression.length; index += 1) {
    if (expression[index] === '(') depth += 1;
    if (expression[index] === ')') depth -= 1;
    if (depth === 0) return index === expression.length - 1;
  }
  return false;
}

/**
 * Reads the schema of the current PostgreSQL schema (`current_schema()`, normally `public`) into a normalized
 * {@link SchemaSnapshot}, from the system catalogs: columns with `format_type` types, nullability, defaults and
 * primary-key positions; every index (the ones behind PRIMARY KEY and UNIQUE included) with its key columns or
 * expressions and partial predicate; foreign keys with their referential actions; CHECK constraints; views.
 * Works the same on a PostgreSQL server and on PGlite.
 *
 * @param query - Runs one SQL statement and returns its rows (see {@link SqlQuery}); no parameters are used.
 * @returns The snapshot; tables and views sorted by name.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const snapshot = await introspectPostgresSchema(async (statement, parameters = []) =>
 *   (await pool.query(statement, [...parameters])).rows);
 * ```
 */
export async function introspectPostgresSchema(query: SqlQuery): Promise<SchemaSnapshot> {
  const tables = new Map<string, TableSnapshot>();
  for (const row of await query(TABLES_SQL)) {
    const name = text(row['table_name']);
    tables.set(name, { name, columns: [], indexes: [], foreignKeys: [], checks: [] });
  }
  const tableOf = (row: Record<string, unknown>): TableSnapshot | undefined => tables.get(text(row['table_name']));

  for (const row of await query(COLUMNS_SQL)) {
    tableOf(row)?.columns.push({
      name: text(row['column_name']),
      type: text(row['column_type']),
      nullable: isTrue(row['nullable']),
      default: row['column_default'] === null || row['column_default'] === undefined ? null : text(row['column_default']),
      primaryKeyPosition: Number(row['primary_key_position'] ?? 0),
    });
  }
  for (const row of await query(INDEXES_SQL)) {
    tableOf(row)?.indexes.push({
      name: text(row['index_name']),
      unique: isTrue(row['is_unique']),
      columns: list(row['key_columns']),
      predicate: row['predicate'] === null || row['predicate'] === undefined ? null : withoutOuterParentheses(text(row['predicate'])),
    });
  }
  for (const row of await query(FOREIGN_KEYS_SQL)) {
    const key: ForeignKeySnapshot = {
      columns: list(row['key_columns']),
      referencedTable: text(row['referenced_table']),
      referencedColumns: list(row['referenced_columns']),
      onUpdate: REFERENTIAL_ACTIONS[text(row['on_update'])] ?? text(row['on_update']),
      onDelete: REFERENTIAL_ACTIONS[text(row['on_delete'])] ?? text(row['on_delete']),
    };
    tableOf(row)?.foreignKeys.push(key);
  }
  for (const row of await query(CHECKS_SQL)) {
    tableOf(row)?.checks.push(checkExpression(text(row['definition'])));
  }
  for (const table of tables.values()) {
    table.indexes.sort((a, b) => a.name.localeCompare(b.name));
    table.foreignKeys.sort((a, b) =>
      `${a.referencedTable}(${a.columns.join(',')})`.localeCompare(`${b.referencedTable}(${b.columns.join(',')})`),
    );
    table.checks.sort();
  }
  const views = (await query(VIEWS_SQL)).map((row) => ({
    name: text(row['view_name']),
    definition: normalizeSqlWhitespace(text(row['definition'])),
  }));
  return SchemaSnapshotSchema.parse({ tables: [...tables.values()], views });
}
