import type { Kysely, Migration } from 'kysely';
import { columnTypesV1 } from './migration-ddl-v1.js';

/**
 * `0007_ingestion_run_progress`: `external_ingestion_runs.progressed_at` (instant, nullable), when a run last wrote
 * records. A run that is still `running` but made no progress for a long while was interrupted (its process was
 * killed, or lost its power) and can be closed as such; existing runs get `null`.
 *
 * One `alter table ... add column`; `down` drops exactly that column, on SQLite, PGlite and PostgreSQL alike.
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0007IngestionRunProgress.up(db);
 * ```
 */
export const migration0007IngestionRunProgress: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('external_ingestion_runs').addColumn('progressed_at', columnTypesV1(db).instant).execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.alterTable('external_ingestion_runs').dropColumn('progressed_at').execute();
  },
};
