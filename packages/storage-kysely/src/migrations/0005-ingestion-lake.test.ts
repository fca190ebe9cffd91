import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

type Database = Record<string, Record<string, unknown>>;

const AT = '2024-06-12T07:00:00.000Z';

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: migration 0005_ingestion_lake`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect, { migrate: false });
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('makes existing raw records revision 1 without hash, adds the lake tables, and down restores the 0004 schema and rows', async () => {
      const migrations = test.storage.migrations;
      const db = test.storage.kysely as unknown as Kysely<Database>;
      expect((await migrations.migrateTo('0004_catalog_detail')).ok).toBe(true);
      const before = await introspectSchema(test.storage);
      await db.insertInto('users').values({ id: 'usr_01', created_at: AT }).execute();
      await db
        .insertInto('external_ingestion_runs')
        .values({ id: 'run_01', user_id: 'usr_01', provider: 'strava', kind: 'sync', started_at: AT, status: 'running' })
        .execute();
      const payload = dialect === 'sqlite' ? '{"id":1}' : JSON.stringify({ id: 1 });
      await db
        .insertInto('external_activity_records')
        .values({
          id: 'raw_01', user_id: 'usr_01', provider: 'strava', external_id: '1', record_kind: 'activity', raw_payload_json: payload,
          ingestion_run_id: 'run_01', normalization_status: 'pending', created_at: AT, updated_at: AT,
        })
        .execute();

      expect(await migrations.migrateTo('0005_ingestion_lake')).toEqual({ ok: true, direction: 'up', executed: ['0005_ingestion_lake'] });
      expect(await db.selectFrom('external_activity_records').select(['resource', 'parent_external_id', 'content_hash', 'revision']).execute()).toEqual([
        { resource: null, parent_external_id: null, content_hash: null, revision: 1 },
      ]);
      const after = (await introspectSchema(test.storage)).tables;
      expect(after.ingestion_failures!.checks).toContain('ck_ingestion_failures_provider: apple_health|garmin|whoop|oura|strava');
      expect(after.activity_merge_decisions!.checks).toContain('ck_activity_merge_decisions_decision: merge|unmerge');
      expect(after.daily_activity_totals!.checks).toContain(
        'ck_daily_activity_totals_metric_type: steps|active_energy_kcal|basal_energy_kcal|total_energy_kcal|distance_m|exercise_minutes|stand_hours|move_minutes',
      );
      await expect(
        db.insertInto('daily_activity_totals').values({
          id: 'tot_01', user_id: 'usr_01', local_date: '2024-06-12', metric_type: 'floors', value: 3, provider: 'garmin', created_at: AT, updated_at: AT,
        }).execute(),
      ).rejects.toThrow();
      const revision = { id: 'raw_01@1', user_id: 'usr_01', external_activity_record_id: 'raw_01', revision: 1, raw_payload_json: payload, ingestion_run_id: 'run_01', received_at: AT };
      await db.insertInto('external_record_revisions').values(revision).execute();
      // One revision number per record.
      await expect(db.insertInto('external_record_revisions').values({ ...revision, id: 'raw_01@1b' }).execute()).rejects.toThrow();

      expect(await migrations.rollback()).toEqual({ ok: true, direction: 'down', executed: ['0005_ingestion_lake'] });
      expect(await introspectSchema(test.storage)).toEqual(before);
      expect(await db.selectFrom('external_activity_records').select(['id', 'external_id']).execute()).toEqual([{ id: 'raw_01', external_id: '1' }]);
      await migrations.migrateDownAll();
    });
  });
}
