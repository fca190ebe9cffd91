import { sql, type Kysely, type Migration, type RawBuilder } from 'kysely';
import { columnTypesV1, oneOf } from './migration-ddl-v1.js';

/**
 * `constraint <name> check (<expression>)` as a column constraint. SQLite can add a CHECK to an existing table only as
 * part of `add column`, and `drop column` removes a column constraint together with its column (a table constraint
 * naming the column would make `drop column` fail), so both dialects use this form and `down` is a plain drop.
 */
function columnCheck(name: string, expression: RawBuilder<unknown>): RawBuilder<unknown> {
  return sql`constraint ${sql.id(name)} check (${expression})`;
}

/**
 * `0004_catalog_detail`: catalog detail the first schema dropped.
 *
 * - `activity_muscle_map.role` (`primary` / `secondary` / `stabilizer`, not null, default `primary`, enum CHECK), so
 *   the fatigue model can weight an activity's muscles by role; existing rows become `primary`.
 * - `activity_definitions.cns_impact` (real, nullable): CNS demand also for activities without muscle rows.
 * - `activity_definitions.met_compendium_code` (text, nullable) and `met_compendium_edition` (text, nullable, enum
 *   CHECK `2011` / `2024`): where `met_value` comes from.
 *
 * Ranges and formats (`cns_impact` 0..1, five-digit codes, equipment tags) are enforced by core's zod insert schemas,
 * as in `0001`; the database checks enums only. Every column is added with one `alter table ... add column` (SQLite
 * takes one column per statement) and `down` drops exactly these columns, on SQLite, PGlite and PostgreSQL alike.
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0004CatalogDetail.up(db);
 * ```
 */
export const migration0004CatalogDetail: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const type = columnTypesV1(db);
    await db.schema
      .alterTable('activity_muscle_map')
      .addColumn('role', 'text', (column) =>
        column
          .notNull()
          .defaultTo('primary')
          .modifyEnd(columnCheck('ck_activity_muscle_map_role', oneOf('role', ['primary', 'secondary', 'stabilizer']))),
      )
      .execute();
    await db.schema.alterTable('activity_definitions').addColumn('cns_impact', type.real).execute();
    await db.schema.alterTable('activity_definitions').addColumn('met_compendium_code', 'text').execute();
    await db.schema
      .alterTable('activity_definitions')
      .addColumn('met_compendium_edition', 'text', (column) =>
        column.modifyEnd(columnCheck('ck_activity_definitions_met_compendium_edition', oneOf('met_compendium_edition', ['2011', '2024']))),
      )
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('activity_definitions').dropColumn('met_compendium_edition').execute();
    await db.schema.alterTable('activity_definitions').dropColumn('met_compendium_code').execute();
    await db.schema.alterTable('activity_definitions').dropColumn('cns_impact').execute();
    await db.schema.alterTable('activity_muscle_map').dropColumn('role').execute();
  },
};
