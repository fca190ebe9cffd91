import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

type Database = Record<string, Record<string, unknown>>;

const AT = '2024-06-12T07:00:00.000Z';

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: migration 0006_webhook_deliveries`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect, { migrate: false });
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('adds provider_webhook_deliveries (unique per provider + key, enum checks, cascades), and down restores the 0005 schema and rows', async () => {
      const migrations = test.storage.migrations;
      const db = test.storage.kysely as unknown as Kysely<Database>;
      expect((await migrations.migrateTo('0005_ingestion_lake')).ok).toBe(true);
      const before = await introspectSchema(test.storage);
      for (const id of ['usr_01', 'usr_02']) await db.insertInto('users').values({ id, created_at: AT }).execute();
      await db
        .insertInto('external_ingestion_runs')
        .values({ id: 'run_01', user_id: 'usr_01', provider: 'whoop', kind: 'webhook', started_at: AT, status: 'running' })
        .execute();

      expect(await migrations.migrateTo('0006_webhook_deliveries')).toEqual({ ok: true, direction: 'up', executed: ['0006_webhook_deliveries'] });
      const table = (await introspectSchema(test.storage)).tables.provider_webhook_deliveries!;
      expect(table.checks).toContain('ck_provider_webhook_deliveries_provider: apple_health|garmin|whoop|oura|strava');
      expect(table.checks).toContain('ck_provider_webhook_deliveries_status: received|processed|failed|ignored');
      expect(table.uniqueKeys).toEqual(['provider, delivery_key']);
      expect(table.indexes).toContain('ix_provider_webhook_deliveries_status_received_at(status, received_at)');

      const event = dialect === 'sqlite' ? '{"type":"workout.updated"}' : JSON.stringify({ type: 'workout.updated' });
      const delivery = {
        id: 'whd_01', user_id: 'usr_01', provider: 'whoop', delivery_key: 'trace-1', event_json: event, status: 'processed', attempts: 1,
        ingestion_run_id: 'run_01', received_at: AT, processed_at: AT, created_at: AT, updated_at: AT,
      };
      await db.insertInto('provider_webhook_deliveries').values(delivery).execute();
      // One row per (provider, delivery_key), whichever user; the same key at another provider is another delivery.
      await expect(db.insertInto('provider_webhook_deliveries').values({ ...delivery, id: 'whd_02', user_id: 'usr_02', ingestion_run_id: null }).execute()).rejects.toThrow();
      await db.insertInto('provider_webhook_deliveries').values({ ...delivery, id: 'whd_03', provider: 'oura', ingestion_run_id: null }).execute();
      await expect(db.insertInto('provider_webhook_deliveries').values({ ...delivery, id: 'whd_04', delivery_key: 'trace-4', status: 'pending' }).execute()).rejects.toThrow();
      await expect(db.insertInto('provider_webhook_deliveries').values({ ...delivery, id: 'whd_05', delivery_key: 'trace-5', provider: 'fitbit' }).execute()).rejects.toThrow();

      // The run goes: the delivery stays, without its run. The user goes: their deliveries go.
      await db.deleteFrom('external_ingestion_runs').where('id', '=', 'run_01').execute();
      expect(await db.selectFrom('provider_webhook_deliveries').select(['id', 'ingestion_run_id']).orderBy('id').execute()).toEqual([
        { id: 'whd_01', ingestion_run_id: null },
        { id: 'whd_03', ingestion_run_id: null },
      ]);
      await db.deleteFrom('users').where('id', '=', 'usr_01').execute();
      expect(await db.selectFrom('provider_webhook_deliveries').select('id').execute()).toEqual([]);

      expect(await migrations.rollback()).toEqual({ ok: true, direction: 'down', executed: ['0006_webhook_deliveries'] });
      expect(await introspectSchema(test.storage)).toEqual(before);
      expect(await db.selectFrom('users').select('id').execute()).toEqual([{ id: 'usr_02' }]);
      await migrations.migrateDownAll();
    });
  });
}
