/**
 * "The schema has it, the table doesn't" cannot happen: for every table of core's registry (whose columns are derived
 * from the zod row schemas), the migrated database has exactly the same columns with the same nullability and a
 * compatible type, the same primary key, foreign keys (with their ON DELETE action), unique keys and indexes, and a
 * CHECK per enum column listing exactly the zod enum's values. Checked on every dialect.
 */
import { TABLES, WORKOUT_LOGS_VIEW, type ColumnKind } from '@trainkit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema, type SchemaSnapshot } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';
import { TRAINKIT_MIGRATION_LOCK_TABLE, TRAINKIT_MIGRATION_TABLE } from './trainkit-migrations.js';

const SQLITE_TYPES: Record<ColumnKind, string> = {
  text: 'text',
  enum: 'text',
  integer: 'integer',
  real: 'real',
  boolean: 'integer',
  instant: 'text',
  date: 'text',
  json: 'text',
};

const POSTGRES_TYPES: Record<ColumnKind, string> = {
  text: 'text',
  enum: 'text',
  integer: 'bigint',
  real: 'double precision',
  boolean: 'boolean',
  instant: 'timestamp with time zone',
  date: 'date',
  json: 'jsonb',
};

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: zod schemas and database columns agree`, () => {
    let test: TestStorage;
    let schema: SchemaSnapshot;

    beforeAll(async () => {
      test = await openTestStorage(dialect);
      schema = await introspectSchema(test.storage);
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('has exactly the registry tables, the migration tables and the workout_logs view', () => {
      const expected = [...TABLES.map((table) => table.name), TRAINKIT_MIGRATION_TABLE, TRAINKIT_MIGRATION_LOCK_TABLE].sort();
      expect(Object.keys(schema.tables).sort()).toEqual(expected);
      expect(Object.keys(schema.views)).toEqual([WORKOUT_LOGS_VIEW.name]);
    });

    for (const table of TABLES) {
      describe(table.name, () => {
        it('has the row schema fields as columns, with the same nullability and a compatible type', () => {
          const types = dialect === 'sqlite' ? SQLITE_TYPES : POSTGRES_TYPES;
          const actual = schema.tables[table.name]!.columns.map((column) => ({ ...column })).sort((a, b) => a.name.localeCompare(b.name));
          const expected = table.columns
            .map((column) => ({ name: column.name, type: types[column.kind], nullable: column.nullable }))
            .sort((a, b) => a.name.localeCompare(b.name));
          expect(Object.keys(table.rowSchema.shape).sort()).toEqual(expected.map((column) => column.name));
          expect(actual).toEqual(expected);
        });

        it('has the primary key, foreign keys, unique keys and indexes of the registry', () => {
          const snapshot = schema.tables[table.name]!;
          expect(snapshot.primaryKey).toEqual([...table.primaryKey]);
          const foreignKeys = table.foreignKeys
            .map((key) => ({
              columns: [...key.columns],
              table: key.references.table,
              referencedColumns: [...key.references.columns],
              onDelete: key.onDelete,
            }))
            .sort((a, b) => a.columns.join().localeCompare(b.columns.join()));
          expect(snapshot.foreignKeys).toEqual(foreignKeys);
          expect(snapshot.uniqueKeys).toEqual(table.uniqueKeys.map((key) => key.columns.join(', ')).sort());
          for (const index of table.indexes) expect(snapshot.indexes).toContain(`${index.name}(${index.columns.join(', ')})`);
        });

        it('restricts every enum column to exactly the zod enum values (and SQLite booleans to 0/1)', () => {
          const checks = schema.tables[table.name]!.checks;
          for (const column of table.columns) {
            if (column.kind === 'enum') expect(checks).toContain(`ck_${table.name}_${column.name}: ${column.enumValues!.join('|')}`);
            if (column.kind === 'boolean' && dialect === 'sqlite') {
              expect(checks.some((check) => check.startsWith(`ck_${table.name}_${column.name}: `))).toBe(true);
            }
          }
        });
      });
    }

    it('defines workout_logs with exactly the columns of WorkoutLogRowSchema', async () => {
      const { rows } = await test.storage.kysely.selectFrom('workout_logs').selectAll().limit(0).execute().then((result) => ({ rows: result }));
      expect(rows).toEqual([]);
      const definition = schema.views[WORKOUT_LOGS_VIEW.name]!;
      for (const column of WORKOUT_LOGS_VIEW.columns) expect(definition).toContain(column);
      expect(definition).toContain('activity_instances');
    });
  });
}
