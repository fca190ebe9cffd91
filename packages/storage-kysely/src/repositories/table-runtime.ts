import { getTable, type ColumnDefinition, type ColumnKind, type TableDefinition } from '@trainkit/core';
import { createRowCodec, type RowCodec } from '../codecs/row-codec.js';
import { columnCodec, type ColumnCodec } from '../codecs/column-codec.js';
import { compileRowValidator, type CompiledRowValidator } from './compile-row-validator.js';
import type { SqlFamily } from '../connection/storage-dialect.js';

/** SQLite's default `SQLITE_MAX_VARIABLE_NUMBER` (better-sqlite3 keeps it). */
const SQLITE_MAX_PARAMETERS = 32_766;
/** PostgreSQL's wire protocol counts parameters in 16 bits. */
const POSTGRES_MAX_PARAMETERS = 65_535;
/** Past a few hundred rows a longer statement only costs parse time. */
const MAX_ROWS_PER_STATEMENT = 500;
/** About this many bound values per statement measured fastest with better-sqlite3 (wide rows get fewer rows). */
const TARGET_PARAMETERS_PER_STATEMENT = 4000;

/** A foreign key to a user-owned table: the referenced row must belong to the same user. */
export interface OwnedReference {
  readonly column: string;
  readonly parentTable: string;
  readonly parentColumn: string;
}

/**
 * Everything the generic repository code needs to know about one table on one SQL family, computed once.
 *
 * @internal
 */
export interface TableRuntime {
  readonly name: string;
  readonly definition: TableDefinition;
  readonly family: SqlFamily;
  readonly columns: readonly ColumnDefinition[];
  readonly columnNames: ReadonlySet<string>;
  readonly primaryKey: readonly string[];
  readonly codec: RowCodec;
  readonly columnCodecs: ReadonlyMap<string, ColumnCodec>;
  readonly columnKinds: ReadonlyMap<string, ColumnKind>;
  /** Foreign keys (other than `user_id -> users`) whose parent is user-owned. */
  readonly ownedReferences: readonly OwnedReference[];
  /** Rows per multi-row insert, within the dialect's parameter limit. */
  readonly rowsPerInsert: number;
  /** The lean validator of the insert schema (see `compile-row-validator.ts`), when the schema allows one. */
  readonly fastValidate: CompiledRowValidator | undefined;
}

const cache = new Map<string, TableRuntime>();

/**
 * The cached {@link TableRuntime} of a registered table.
 *
 * @internal
 */
export function tableRuntime(name: string, family: SqlFamily): TableRuntime {
  const key = `${family}:${name}`;
  let runtime = cache.get(key);
  if (!runtime) {
    runtime = buildTableRuntime(getTable(name), family);
    cache.set(key, runtime);
  }
  return runtime;
}

function buildTableRuntime(definition: TableDefinition, family: SqlFamily): TableRuntime {
  const columns = definition.columns;
  const ownedReferences: OwnedReference[] = [];
  for (const foreignKey of definition.foreignKeys) {
    if (foreignKey.references.table === 'users' || foreignKey.columns.length !== 1) continue;
    if (!getTable(foreignKey.references.table).userScoped) continue;
    ownedReferences.push({
      column: foreignKey.columns[0]!,
      parentTable: foreignKey.references.table,
      parentColumn: foreignKey.references.columns[0]!,
    });
  }
  const maxParameters = family === 'sqlite' ? SQLITE_MAX_PARAMETERS : POSTGRES_MAX_PARAMETERS;
  return {
    name: definition.name,
    definition,
    family,
    columns,
    columnNames: new Set(columns.map((column) => column.name)),
    primaryKey: definition.primaryKey,
    codec: createRowCodec(columns, family),
    columnCodecs: new Map(columns.map((column) => [column.name, columnCodec(column.kind, family)])),
    columnKinds: new Map(columns.map((column) => [column.name, column.kind])),
    ownedReferences,
    rowsPerInsert: Math.max(
      1,
      Math.min(MAX_ROWS_PER_STATEMENT, Math.floor(Math.min(maxParameters, TARGET_PARAMETERS_PER_STATEMENT) / columns.length)),
    ),
    fastValidate: compileRowValidator(definition.insertSchema),
  };
}
