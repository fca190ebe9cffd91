import type { ColumnDefinition, TableDefinition } from '../schema/table-definition.js';

/**
 * A view to list in the data dictionary (see `WORKOUT_LOGS_VIEW`).
 *
 * @example
 * ```ts
 * const view: DictionaryView = { name: 'workout_logs', description: 'View over activity_instances.', columns: ['id'], selectSql: 'SELECT id FROM activity_instances' };
 * ```
 */
export interface DictionaryView {
  readonly name: string;
  readonly description: string;
  readonly columns: readonly string[];
  readonly selectSql: string;
}

/**
 * Open categorical fields to list in the data dictionary (see `OPEN_CATEGORICAL_FIELDS`).
 *
 * @example
 * ```ts
 * const field: DictionaryOpenCategoricalField = { table: 'metric_samples', column: 'metric_type', description: 'What is measured.' };
 * ```
 */
export interface DictionaryOpenCategoricalField {
  readonly table: string;
  readonly column: string;
  readonly description: string;
}

/**
 * Optional extra sections of {@link renderDataDictionary}.
 *
 * @example
 * ```ts
 * const options: DataDictionaryOptions = { views: [WORKOUT_LOGS_VIEW], openCategoricalFields: OPEN_CATEGORICAL_FIELDS };
 * ```
 */
export interface DataDictionaryOptions {
  readonly title?: string;
  readonly views?: readonly DictionaryView[];
  readonly openCategoricalFields?: readonly DictionaryOpenCategoricalField[];
}

const COMMON_COLUMN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  id: 'Primary key (opaque string id).',
  user_id: 'Owner of the row.',
  created_at: 'When the row was created (UTC).',
  updated_at: 'When the row was last changed (UTC).',
};

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function typeLabel(column: ColumnDefinition): string {
  return column.kind === 'enum' ? 'enum' : column.kind;
}

function keyLabels(table: TableDefinition, column: ColumnDefinition): string[] {
  const labels: string[] = [];
  if (table.primaryKey.includes(column.name)) labels.push('PK');
  for (const foreignKey of table.foreignKeys) {
    if (foreignKey.columns.includes(column.name)) {
      labels.push(`FK → ${foreignKey.references.table}.${foreignKey.references.columns.join(', ')} (on delete ${foreignKey.onDelete})`);
    }
  }
  for (const unique of table.uniqueKeys) {
    if (unique.columns.includes(column.name)) {
      labels.push(unique.columns.length === 1 ? 'unique' : `unique (${unique.columns.join(', ')})`);
    }
  }
  return labels;
}

function notesOf(column: ColumnDefinition): string {
  const parts: string[] = [];
  const description = column.description ?? COMMON_COLUMN_DESCRIPTIONS[column.name];
  if (description) parts.push(description);
  if (column.enumValues) parts.push(`One of: ${column.enumValues.map((value) => `\`${value}\``).join(', ')}.`);
  if (column.openCategorical) parts.push('**Open categorical** (raw provider/free vocabulary).');
  if (column.rules && column.rules.length > 0) parts.push(`Rules: ${column.rules.map((rule) => `\`${rule}\``).join(', ')}.`);
  if (column.hasDefault && column.defaultValue !== null && column.defaultValue !== undefined) {
    parts.push(`Default \`${JSON.stringify(column.defaultValue)}\`.`);
  }
  return escapeCell(parts.join(' '));
}

function renderTable(table: TableDefinition): string[] {
  const lines = [`### ${table.name}`, '', table.description, ''];
  lines.push(`- Primary key: (${table.primaryKey.join(', ')})`);
  lines.push(`- User-scoped: ${table.userScoped ? 'yes (every row has `user_id`)' : 'no'}`);
  if (table.uniqueKeys.length > 0) {
    lines.push(`- Unique: ${table.uniqueKeys.map((unique) => `(${unique.columns.join(', ')})`).join('; ')}`);
  }
  if (table.indexes.length > 0) {
    lines.push(`- Indexes: ${table.indexes.map((index) => `(${index.columns.join(', ')})`).join('; ')}`);
  }
  lines.push('', '| Column | Type | Null | Keys | Notes |', '| --- | --- | --- | --- | --- |');
  for (const column of table.columns) {
    lines.push(
      `| \`${column.name}\` | ${typeLabel(column)} | ${column.nullable ? 'yes' : 'no'} | ${escapeCell(keyLabels(table, column).join('; '))} | ${notesOf(column)} |`,
    );
  }
  lines.push('');
  return lines;
}

/**
 * Renders the data dictionary as Markdown from table definitions: every table with its description, keys and
 * indexes, and each column's type, nullability, PK/FK/unique role, enum values, rules and open categorical marker;
 * then the views, every enum (column by column) and the open categorical fields. Pure and deterministic, so the
 * generated `docs/data-dictionary.md` can be checked for drift.
 *
 * @example
 * ```ts
 * const markdown = renderDataDictionary(TABLES, { views: [WORKOUT_LOGS_VIEW], openCategoricalFields: OPEN_CATEGORICAL_FIELDS });
 * ```
 */
export function renderDataDictionary(tables: readonly TableDefinition[], options: DataDictionaryOptions = {}): string {
  const lines: string[] = [
    `# ${options.title ?? 'trainkit data dictionary'}`,
    '',
    '<!-- Generated from the @trainkit/core table registry by `pnpm docs:dictionary`. Do not edit by hand. -->',
    '',
    'Types: `text`, `integer`, `real`, `boolean`, `instant` (ISO-8601 UTC with milliseconds and `Z`), `date`',
    '(`YYYY-MM-DD`, the user\'s local day), `json` (any JSON value), `enum` (text restricted to the listed values).',
    'Nullable columns may be omitted on insert and default to null.',
    '',
    '## Tables',
    '',
  ];
  for (const table of tables) lines.push(`- [\`${table.name}\`](#${table.name})`);
  lines.push('');
  for (const table of tables) lines.push(...renderTable(table));

  if (options.views && options.views.length > 0) {
    lines.push('## Views', '');
    for (const view of options.views) {
      lines.push(`### ${view.name}`, '', view.description, '', '```sql', `CREATE VIEW ${view.name} AS ${view.selectSql}`, '```', '');
    }
  }

  lines.push('## Enums', '', '| Table | Column | Values |', '| --- | --- | --- |');
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.enumValues) {
        lines.push(`| \`${table.name}\` | \`${column.name}\` | ${column.enumValues.map((value) => `\`${value}\``).join(', ')} |`);
      }
    }
  }
  lines.push('');

  lines.push('## Open categorical fields', '');
  lines.push('Text columns that keep provider or free vocabulary as received; list their distinct values with');
  lines.push('`AnalyticsRepository.categoricalValues`.', '', '| Table | Column | Description |', '| --- | --- | --- |');
  const described = new Map((options.openCategoricalFields ?? []).map((field) => [`${field.table}.${field.column}`, field.description]));
  for (const table of tables) {
    for (const column of table.columns) {
      if (column.openCategorical) {
        const description = described.get(`${table.name}.${column.name}`) ?? column.description ?? '';
        lines.push(`| \`${table.name}\` | \`${column.name}\` | ${escapeCell(description)} |`);
      }
    }
  }
  lines.push('');
  return lines.join('\n');
}
