import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

type Database = Record<string, Record<string, unknown>>;

const AT = '2024-06-12T07:00:00.000Z';
const LATER = '2024-06-12T07:05:00.000Z';

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: migration 0007_ingestion_run_progress`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect, { migrate: false });
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('adds external_ingestion_runs.progressed_at (null for existing runs), and down restores the 0006 schema and rows', async () => {
      const migrations = test.storage.migrations;
      const db = test.storage.kysely as unknown as Kysely<Database>;
      expect((await migrations.migrateTo('0006_webhook_deliveries')).ok).toBe(true);
      const before = await introspectSchema(test.storage);
      await db.insertInto('users').values({ id: 'usr_01', created_at: AT }).execute();
      await db.insertInto('external_ingestion_runs').values({ id: 'run_01', user_id: 'usr_01', provider: 'strava', kind: 'sync', started_at: AT, status: 'running' }).execute();

      expect(await migrations.migrateTo('0007_ingestion_run_progress')).toEqual({ ok: true, direction: 'up', executed: ['0007_ingestion_run_progress'] });
      const table = (await introspectSchema(test.storage)).tables.external_ingestion_runs!;
      expect(table.columns).toContainEqual(expect.objectContaining({ name: 'progressed_at', nullable: true }));
      expect(await db.selectFrom('external_ingestion_runs').select(['id', 'progressed_at']).execute()).toEqual([{ id: 'run_01', progressed_at: null }]);
      await db.updateTable('external_ingestion_runs').set({ progressed_at: LATER }).where('id', '=', 'run_01').execute();
      const [stored] = await db.selectFrom('external_ingestion_runs').select('progressed_at').execute();
      expect(new Date(stored!.progressed_at as string | Date).toISOString()).toBe(LATER);

      expect(await migrations.rollback()).toEqual({ ok: true, direction: 'down', executed: ['0007_ingestion_run_progress'] });
      expect(await introspectSchema(test.storage)).toEqual(before);
      expect(await db.selectFrom('external_ingestion_runs').select(['id', 'status']).execute()).toEqual([{ id: 'run_01', status: 'running' }]);
      await migrations.migrateDownAll();
    });
  });
}
