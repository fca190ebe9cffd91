import { describe, expect, it } from 'vitest';
import { TABLES } from '../schema/table-registry.js';
import type { TableDefinition } from '../schema/table-definition.js';
import { OPEN_CATEGORICAL_FIELDS } from './open-categorical-fields.js';

const tables: readonly TableDefinition[] = TABLES;
const key = (table: string, column: string) => `${table}.${column}`;
const PROVIDER_VOCABULARY = [/_raw$/, /_type$/, /^stream_type$/, /^scopes$/, /^unit$/];

describe('open categorical fields', () => {
  it('agree exactly with the openCategorical flags of the table registry', () => {
    const flagged = tables.flatMap((table) => table.columns.filter((column) => column.openCategorical).map((column) => key(table.name, column.name)));
    const listed = OPEN_CATEGORICAL_FIELDS.map((field) => key(field.table, field.column));
    expect(new Set(listed).size).toBe(listed.length);
    expect([...listed].sort()).toEqual([...flagged].sort());
  });

  it('are all text columns', () => {
    for (const field of OPEN_CATEGORICAL_FIELDS) {
      const column = tables.find((table) => table.name === field.table)?.columns.find((c) => c.name === field.column);
      expect(column?.kind, key(field.table, field.column)).toBe('text');
      expect(field.description.length).toBeGreaterThan(0);
    }
  });

  it('include every text column whose name looks like provider vocabulary (*_raw, non-enum *_type, unit, scopes)', () => {
    const listed = new Set(OPEN_CATEGORICAL_FIELDS.map((field) => key(field.table, field.column)));
    const missing = tables.flatMap((table) =>
      table.columns
        .filter((column) => column.kind === 'text' && PROVIDER_VOCABULARY.some((pattern) => pattern.test(column.name)))
        .map((column) => key(table.name, column.name))
        .filter((name) => !listed.has(name)),
    );
    expect(missing).toEqual([]);
  });
});
