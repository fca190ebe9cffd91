import { Migrator, sql, type Kysely, type Migration } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';
import { KyselyMigrations } from './kysely-migrations.js';
import { TRAINKIT_MIGRATIONS, TRAINKIT_MIGRATION_LOCK_TABLE, TRAINKIT_MIGRATION_TABLE } from './trainkit-migrations.js';

const NAMES = Object.keys(TRAINKIT_MIGRATIONS);

/** The user tables and views that exist, i.e. everything except the migration bookkeeping. */
async function userObjects(test: TestStorage): Promise<string[]> {
  const schema = await introspectSchema(test.storage);
  return [...Object.keys(schema.tables), ...Object.keys(schema.views)]
    .filter((name) => name !== TRAINKIT_MIGRATION_TABLE && name !== TRAINKIT_MIGRATION_LOCK_TABLE)
    .sort();
}

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: migrations`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect, { migrate: false });
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('go up, all the way down, and up again to an identical schema', async () => {
      const migrations = test.storage.migrations;
      expect(await migrations.status()).toEqual(NAMES.map((name) => ({ name, executedAt: null })));

      const up = await migrations.migrateToLatest();
      expect(up).toEqual({ ok: true, direction: 'up', executed: NAMES });
      const first = await introspectSchema(test.storage);
      const status = await migrations.status();
      expect(status.map((entry) => entry.name)).toEqual(NAMES);
      for (const entry of status) expect(entry.executedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);

      expect(await migrations.migrateToLatest()).toEqual({ ok: true, direction: 'none', executed: [] });

      const down = await migrations.migrateDownAll();
      expect(down).toEqual({ ok: true, direction: 'down', executed: [...NAMES].reverse() });
      expect(await userObjects(test)).toEqual([]);
      expect((await migrations.status()).every((entry) => entry.executedAt === null)).toBe(true);

      expect((await migrations.migrateToLatest()).ok).toBe(true);
      expect(await introspectSchema(test.storage)).toEqual(first);
    });

    it('step through every migration: each down removes exactly what its up added', async () => {
      const migrations = test.storage.migrations;
      await migrations.migrateDownAll();
      const objectsAfter: string[][] = [await userObjects(test)];
      for (const name of NAMES) {
        expect(await migrations.migrateTo(name)).toEqual({ ok: true, direction: 'up', executed: [name] });
        objectsAfter.push(await userObjects(test));
      }
      expect(objectsAfter[0]).toEqual([]);
      expect(objectsAfter.at(-1)).toContain('workout_logs');
      for (let step = NAMES.length; step > 0; step -= 1) {
        expect(await migrations.rollback()).toEqual({ ok: true, direction: 'down', executed: [NAMES[step - 1]] });
        expect(await userObjects(test)).toEqual(objectsAfter[step - 1]);
      }
      expect(await migrations.rollback()).toEqual({ ok: true, direction: 'none', executed: [] });
      expect(await migrations.migrateTo(NAMES.at(-1)!)).toEqual({ ok: true, direction: 'up', executed: NAMES });
      expect(await migrations.migrateTo(NAMES[0]!)).toEqual({ ok: true, direction: 'down', executed: NAMES.slice(1).reverse() });
    });

    it('reports an unknown target instead of throwing', async () => {
      expect(await test.storage.migrations.migrateTo('9999_nope')).toEqual({
        ok: false,
        direction: 'none',
        executed: [],
        error: { migration: '9999_nope', message: 'unknown migration 9999_nope' },
      });
    });

    it('records runs in trainkit_migration, beside a host application whose own migrator uses kysely_migration', async () => {
      const db = test.storage.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await test.storage.migrations.migrateToLatest();
      const host = new Migrator({
        db,
        provider: {
          getMigrations: async () => ({
            '0001_initial_schema': {
              up: async (database: Kysely<unknown>) => void (await database.schema.createTable('host_things').addColumn('id', 'text').execute()),
              down: async (database: Kysely<unknown>) => void (await database.schema.dropTable('host_things').execute()),
            },
          }),
        },
      });
      const hostRun = await host.migrateToLatest();
      expect(hostRun.error).toBeUndefined();
      expect(hostRun.results?.map((result) => result.status)).toEqual(['Success']);
      const tables = Object.keys((await introspectSchema(test.storage)).tables);
      expect(tables).toEqual(expect.arrayContaining(['kysely_migration', 'kysely_migration_lock', TRAINKIT_MIGRATION_TABLE, TRAINKIT_MIGRATION_LOCK_TABLE, 'host_things']));
      const recorded = await db.selectFrom(TRAINKIT_MIGRATION_TABLE).select('name').orderBy('name').execute();
      expect(recorded.map((row) => row.name)).toEqual(NAMES);
      expect((await test.storage.migrations.status()).every((entry) => entry.executedAt !== null)).toBe(true);
      expect((await test.storage.migrations.migrateDownAll()).ok).toBe(true);
      expect(Object.keys((await introspectSchema(test.storage)).tables)).toContain('host_things');
      expect((await host.migrateDown()).error).toBeUndefined();
      await sql`drop table kysely_migration`.execute(db);
      await sql`drop table kysely_migration_lock`.execute(db);
      await test.storage.migrations.migrateToLatest();
    });

    it('stops at a failing migration: earlier ones stay applied, nothing of the failed one remains, and it never throws', async () => {
      const db = test.storage.kysely as unknown as Kysely<unknown>;
      await test.storage.migrations.migrateDownAll();
      const failing: Migration = {
        async up(database) {
          await database.schema.createTable('half_created').addColumn('id', 'text').execute();
          await sql`select * from no_such_table`.execute(database);
        },
        async down(database) {
          await database.schema.dropTable('half_created').execute();
        },
      };
      const migrations = new KyselyMigrations(db, { ...TRAINKIT_MIGRATIONS, '0099_failing': failing });
      const report = await migrations.migrateToLatest();
      expect(report.ok).toBe(false);
      expect(report.direction).toBe('up');
      expect(report.executed).toEqual(NAMES);
      expect(report.error?.migration).toBe('0099_failing');
      expect(report.error?.message).toMatch(/no_such_table/);
      const tables = Object.keys((await introspectSchema(test.storage)).tables);
      expect(tables).not.toContain('half_created');
      expect(tables).toContain('activity_instances');
      expect((await migrations.status()).find((entry) => entry.name === '0099_failing')?.executedAt).toBeNull();
      await test.storage.migrations.migrateDownAll();
    });
  });
}
