import { TABLES, WORKOUT_LOGS_VIEW, type MigrationReport, type TrainkitStorage } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { withoutTables, type SchemaSnapshot } from '../introspection/schema-snapshot.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { useFreshStorage } from './fresh-storage.js';

const DEFAULT_BOOKKEEPING = (name: string) => name.startsWith('trainkit_migration');

async function expectOk(report: Promise<MigrationReport>, what: string): Promise<MigrationReport> {
  const result = await report;
  expect(result.error, `${what} failed`).toBeUndefined();
  expect(result.ok, what).toBe(true);
  return result;
}

/**
 * Migrations: up to latest, down to zero and up again give an identical introspected schema; each step's `down`
 * restores exactly the schema that migrating up to the step before produced; after migrating down to zero only the
 * migration bookkeeping tables remain; the latest schema has exactly the registry's tables, columns and nullability.
 * The schema tests need {@link StorageContractCapabilities.introspectSchema}; without it they report themselves
 * skipped.
 */
export function describeMigrationContract(options: StorageContractOptions): void {
  const introspect = options.capabilities?.introspectSchema;
  const isBookkeeping = options.capabilities?.isMigrationBookkeepingTable ?? DEFAULT_BOOKKEEPING;
  /** The domain schema: everything but migration bookkeeping. */
  const domainSchema = async (storage: TrainkitStorage): Promise<SchemaSnapshot> =>
    withoutTables(await introspect!(storage), isBookkeeping);

  describe('migrations', () => {
    const storage = useFreshStorage(options, { migrate: false });

    it('reports every migration pending, then applied in name order, and is idempotent', async () => {
      const migrations = storage().migrations;
      const before = await migrations.status();
      expect(before.length, 'at least one migration').toBeGreaterThan(0);
      const names = before.map((entry) => entry.name);
      expect(names).toStrictEqual([...names].sort());
      expect(before.every((entry) => entry.executedAt === null), 'all pending on a fresh database').toBe(true);
      const up = await expectOk(migrations.migrateToLatest(), 'migrateToLatest');
      expect(up.direction).toBe('up');
      expect(up.executed).toStrictEqual(names);
      const after = await migrations.status();
      expect(after.map((entry) => entry.name)).toStrictEqual(names);
      for (const entry of after) expect(entry.executedAt, `${entry.name} executedAt`).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      const again = await expectOk(migrations.migrateToLatest(), 'second migrateToLatest');
      expect(again.executed).toStrictEqual([]);
    });

    it('reports an unknown target migration instead of throwing, and changes nothing', async () => {
      const migrations = storage().migrations;
      await expectOk(migrations.migrateToLatest(), 'migrateToLatest');
      const before = await migrations.status();
      const report = await migrations.migrateTo('9999_no_such_migration');
      expect(report.ok).toBe(false);
      expect(report.error?.message, 'the report says why').toBeTruthy();
      expect(await migrations.status()).toStrictEqual(before);
    });

    it('down to zero marks every migration pending and the data is gone; up again works', async () => {
      const s = storage();
      await expectOk(s.migrations.migrateToLatest(), 'migrateToLatest');
      await s.users.insert({ id: 'usr_before_down', created_at: '2024-03-10T06:59:59.987Z' });
      const down = await expectOk(s.migrations.migrateDownAll(), 'migrateDownAll');
      expect(down.direction).toBe('down');
      const names = (await s.migrations.status()).map((entry) => entry.name);
      expect(down.executed).toStrictEqual([...names].reverse());
      expect((await s.migrations.status()).every((entry) => entry.executedAt === null)).toBe(true);
      await expectOk(s.migrations.migrateToLatest(), 'migrateToLatest after down');
      expect(await s.users.list()).toStrictEqual([]);
    });

    describe.skipIf(!introspect)(`schema${introspect ? '' : ' (skipped: no introspectSchema capability)'}`, () => {
      it('the latest schema has exactly the registry\'s tables, columns, nullability and primary keys, and the workout_logs view', async () => {
        const s = storage();
        await expectOk(s.migrations.migrateToLatest(), 'migrateToLatest');
        const schema = await domainSchema(s);
        expect(schema.tables.map((table) => table.name).sort()).toStrictEqual(TABLES.map((table) => table.name).sort());
        expect(schema.views.map((view) => view.name)).toStrictEqual([WORKOUT_LOGS_VIEW.name]);
        for (const definition of TABLES) {
          const table = schema.tables.find((candidate) => candidate.name === definition.name)!;
          expect(
            table.columns.map((column) => ({ name: column.name, nullable: column.nullable })).sort((a, b) => a.name.localeCompare(b.name)),
            `${definition.name} columns`,
          ).toStrictEqual(
            definition.columns.map((column) => ({ name: column.name, nullable: column.nullable })).sort((a, b) => a.name.localeCompare(b.name)),
          );
          const primaryKey = table.columns
            .filter((column) => column.primaryKeyPosition > 0)
            .sort((a, b) => a.primaryKeyPosition - b.primaryKeyPosition)
            .map((column) => column.name);
          expect(primaryKey, `${definition.name} primary key`).toStrictEqual([...definition.primaryKey]);
          const foreignKeys = table.foreignKeys.map((key) => `${key.columns.join(',')}->${key.referencedTable}`).sort();
          expect(foreignKeys, `${definition.name} foreign keys`).toStrictEqual(
            definition.foreignKeys.map((key) => `${key.columns.join(',')}->${key.references.table}`).sort(),
          );
        }
      });

      it('up, down to zero, and up again give an identical schema; at zero only bookkeeping tables remain', async () => {
        const s = storage();
        await expectOk(s.migrations.migrateToLatest(), 'migrateToLatest');
        const first = await introspect!(s);
        await expectOk(s.migrations.migrateDownAll(), 'migrateDownAll');
        const zero = await introspect!(s);
        expect(zero.tables.filter((table) => !isBookkeeping(table.name)).map((table) => table.name), 'tables left at zero').toStrictEqual([]);
        expect(zero.views.map((view) => view.name), 'views left at zero').toStrictEqual([]);
        await expectOk(s.migrations.migrateToLatest(), 'migrateToLatest again');
        expect(await introspect!(s)).toStrictEqual(first);
      });

      it('each step\'s down restores exactly the schema of the step before', async () => {
        const s = storage();
        const names = (await s.migrations.status()).map((entry) => entry.name);
        const upTo = new Map<string, SchemaSnapshot>();
        const zero = await domainSchema(s);
        for (const name of names) {
          await expectOk(s.migrations.migrateTo(name), `migrateTo(${name}) up`);
          upTo.set(name, await domainSchema(s));
        }
        for (let index = names.length - 2; index >= 0; index -= 1) {
          const name = names[index]!;
          const report = await expectOk(s.migrations.migrateTo(name), `migrateTo(${name}) down`);
          expect(report.executed, `down from ${names[index + 1]}`).toStrictEqual([names[index + 1]]);
          expect(await domainSchema(s), `schema after stepping down to ${name}`).toStrictEqual(upTo.get(name));
        }
        const report = await expectOk(s.migrations.migrateDownAll(), 'migrateDownAll');
        expect(report.executed).toStrictEqual([names[0]]);
        expect(await domainSchema(s), 'schema after the first migration\'s down').toStrictEqual(zero);
      });
    });
  });
}
