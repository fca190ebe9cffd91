import type { Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { introspectSchema } from '../test-support/introspect-schema.js';
import { TEST_DIALECTS, openTestStorage, skipReason, type TestStorage } from '../test-support/test-dialects.js';

type Database = Record<string, Record<string, unknown>>;

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: migration 0004_catalog_detail`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect, { migrate: false });
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('adds the catalog columns to existing rows, and down restores the 0003 schema and keeps the rows', async () => {
      const migrations = test.storage.migrations;
      const db = test.storage.kysely as unknown as Kysely<Database>;
      expect((await migrations.migrateTo('0003_analytics_indexes')).ok).toBe(true);
      const before = await introspectSchema(test.storage);
      await db.insertInto('muscles').values({ id: 'quadriceps', name: 'Quadriceps', region: 'lower_anterior' }).execute();
      await db
        .insertInto('activity_definitions')
        .values({ id: 'running', slug: 'running', name: 'Running', category: 'cardio', default_metric_type: 'distance', default_equipment_tags: '[]' })
        .execute();
      await db.insertInto('activity_muscle_map').values({ activity_definition_id: 'running', muscle_id: 'quadriceps', magnitude: 0.4, cns_impact: 0.9 }).execute();

      expect(await migrations.migrateTo('0004_catalog_detail')).toEqual({ ok: true, direction: 'up', executed: ['0004_catalog_detail'] });
      expect(await db.selectFrom('activity_muscle_map').select(['role', 'magnitude']).execute()).toEqual([{ role: 'primary', magnitude: 0.4 }]);
      expect(await db.selectFrom('activity_definitions').select(['cns_impact', 'met_compendium_code', 'met_compendium_edition']).execute()).toEqual([
        { cns_impact: null, met_compendium_code: null, met_compendium_edition: null },
      ]);
      const after = (await introspectSchema(test.storage)).tables;
      expect(after.activity_muscle_map!.checks).toContain('ck_activity_muscle_map_role: primary|secondary|stabilizer');
      expect(after.activity_definitions!.checks).toContain('ck_activity_definitions_met_compendium_edition: 2011|2024');
      await expect(db.updateTable('activity_muscle_map').set({ role: 'agonist' }).execute()).rejects.toThrow();
      await expect(db.updateTable('activity_definitions').set({ met_compendium_edition: '1993' }).execute()).rejects.toThrow();
      await db.updateTable('activity_definitions').set({ cns_impact: 0.9, met_compendium_code: '12150', met_compendium_edition: '2011' }).execute();
      await db.updateTable('activity_muscle_map').set({ role: 'stabilizer' }).execute();

      expect(await migrations.rollback()).toEqual({ ok: true, direction: 'down', executed: ['0004_catalog_detail'] });
      expect(await introspectSchema(test.storage)).toEqual(before);
      expect(await db.selectFrom('activity_muscle_map').selectAll().execute()).toEqual([
        { activity_definition_id: 'running', muscle_id: 'quadriceps', magnitude: 0.4, cns_impact: 0.9 },
      ]);
      expect(await db.selectFrom('activity_definitions').select('id').execute()).toEqual([{ id: 'running' }]);
      await migrations.migrateDownAll();
    });
  });
}
