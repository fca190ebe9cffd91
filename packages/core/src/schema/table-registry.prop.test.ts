import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { TABLES } from './table-registry.js';
import type { TableDefinition } from './table-definition.js';

const tables: readonly TableDefinition[] = TABLES;
const anyTable = fc.constantFrom(...tables);

describe('table registry invariants', () => {
  it('derives exactly one column per row schema key, in order, for every table', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        expect(table.columns.map((column) => column.name)).toEqual(Object.keys(table.rowSchema.shape));
      }),
      { numRuns: tables.length * 3 },
    );
  });

  it('accepts every declared enum value and null for nullable columns, and rejects values outside an enum', () => {
    const columnCases = tables.flatMap((table) => table.columns.map((column) => ({ table, column })));
    fc.assert(
      fc.property(fc.constantFrom(...columnCases), fc.string({ minLength: 1, maxLength: 6 }), ({ table, column }, text) => {
        const schema = table.rowSchema.shape[column.name] as z.ZodType;
        if (column.nullable) expect(schema.safeParse(null).success, `${table.name}.${column.name}`).toBe(true);
        else expect(schema.safeParse(null).success, `${table.name}.${column.name}`).toBe(false);
        if (column.enumValues) {
          for (const value of column.enumValues) expect(schema.safeParse(value).success).toBe(true);
          fc.pre(!column.enumValues.includes(text));
          expect(schema.safeParse(text).success).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('lets insert schemas omit exactly the columns that have defaults', () => {
    fc.assert(
      fc.property(anyTable, (table) => {
        const result = table.insertSchema.safeParse({});
        expect(result.success).toBe(false);
        const missing = new Set((result.error?.issues ?? []).map((issue) => String(issue.path[0])));
        const required = table.columns.filter((column) => !column.hasDefault).map((column) => column.name);
        expect([...missing].sort()).toEqual([...required].sort());
      }),
      { numRuns: tables.length * 2 },
    );
  });
});
