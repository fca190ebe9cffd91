import { sql, type Kysely, type Migration } from 'kysely';
import { columnTypesV1, oneOf, strictOnSqlite } from './migration-ddl-v1.js';

/** Providers as of this migration (core's `PROVIDERS`, written out: a released migration never changes). */
const PROVIDERS_V1 = ['apple_health', 'garmin', 'whoop', 'oura', 'strava'] as const;

/** Daily total metrics as of this migration (core's `DAILY_TOTAL_METRICS`, written out). */
const DAILY_TOTAL_METRICS_V1 = [
  'steps', 'active_energy_kcal', 'basal_energy_kcal', 'total_energy_kcal', 'distance_m', 'exercise_minutes',
  'stand_hours', 'move_minutes',
] as const;

/**
 * `0005_ingestion_lake`: what the ingestion pipeline needs beyond the raw lake of `0001`.
 *
 * - `external_activity_records` gains `resource` (text, nullable: the provider endpoint or file kind),
 *   `parent_external_id` (text, nullable: the record a details or streams payload belongs to), `content_hash` (text,
 *   nullable: hex SHA-256 of the payload's canonical JSON) and `revision` (integer, not null, default 1; existing
 *   records become revision 1).
 * - `external_record_revisions`: every earlier version of a raw record (payload, hash, run, received time), unique
 *   per (record, revision), cascading with its record.
 * - `ingestion_failures`: typed failures of a run beside their raw data, cascading with the run; looked up by
 *   (user_id, ingestion_run_id).
 * - Every foreign key that cascades or sets null is the leading column of an index, so deleting a parent never scans.
 * - `activity_merge_decisions`: the dedup's append-only merge / unmerge log (enum CHECK on `decision`), looked up by
 *   (user_id, activity_instance_id) and (user_id, external_activity_record_id).
 * - `daily_activity_totals`: one whole-day total per (user_id, provider, local_date, metric_type) (enum CHECKs on
 *   `metric_type` and `provider`).
 *
 * `activity_instances` already has the `(user_id, performed_start)` index that overlap lookups use (from `0001`).
 * Value rules (hash format, ranges, cross-field rules) are enforced by core's zod insert schemas, as in `0001`; the
 * database checks enums only. New tables are STRICT on SQLite. Each column is added with its own `alter table ... add
 * column` (SQLite takes one per statement); `down` drops exactly what `up` added, on SQLite, PGlite and PostgreSQL.
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0005IngestionLake.up(db);
 * ```
 */
export const migration0005IngestionLake: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const type = columnTypesV1(db);

    await db.schema.alterTable('external_activity_records').addColumn('resource', 'text').execute();
    await db.schema.alterTable('external_activity_records').addColumn('parent_external_id', 'text').execute();
    await db.schema.alterTable('external_activity_records').addColumn('content_hash', 'text').execute();
    await db.schema
      .alterTable('external_activity_records')
      .addColumn('revision', type.integer, (column) => column.notNull().defaultTo(sql.lit(1)))
      .execute();

    await db.schema
      .createTable('external_record_revisions')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('external_activity_record_id', 'text', (column) => column.notNull())
      .addColumn('revision', type.integer, (column) => column.notNull())
      .addColumn('content_hash', 'text')
      .addColumn('raw_payload_json', type.json, (column) => column.notNull())
      .addColumn('ingestion_run_id', 'text', (column) => column.notNull())
      .addColumn('received_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_external_record_revisions', ['id'])
      .addForeignKeyConstraint('fk_external_record_revisions_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_external_record_revisions_external_activity_record_id',
        ['external_activity_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_external_record_revisions_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('no action'),
      )
      .addUniqueConstraint('uq_external_record_revisions_external_activity_record__303b6756', ['external_activity_record_id', 'revision'])
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_external_record_revisions_user_id_external_activity_4ab14463')
      .on('external_record_revisions')
      .columns(['user_id', 'external_activity_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_external_record_revisions_ingestion_run_id')
      .on('external_record_revisions')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('ingestion_failures')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('ingestion_run_id', 'text', (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('resource', 'text')
      .addColumn('external_id', 'text')
      .addColumn('external_activity_record_id', 'text')
      .addColumn('code', 'text', (column) => column.notNull())
      .addColumn('message', 'text', (column) => column.notNull())
      .addColumn('path_json', type.json, (column) => column.notNull())
      .addColumn('raw_payload_json', type.json)
      .addColumn('raw_text', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_ingestion_failures', ['id'])
      .addForeignKeyConstraint('fk_ingestion_failures_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_ingestion_failures_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_ingestion_failures_external_activity_record_id',
        ['external_activity_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('ck_ingestion_failures_provider', oneOf('provider', PROVIDERS_V1))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_ingestion_failures_user_id_ingestion_run_id')
      .on('ingestion_failures')
      .columns(['user_id', 'ingestion_run_id'])
      .execute();
    await db.schema
      .createIndex('ix_ingestion_failures_ingestion_run_id')
      .on('ingestion_failures')
      .columns(['ingestion_run_id'])
      .execute();
    await db.schema
      .createIndex('ix_ingestion_failures_external_activity_record_id')
      .on('ingestion_failures')
      .columns(['external_activity_record_id'])
      .execute();

    await db.schema
      .createTable('activity_merge_decisions')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('activity_instance_id', 'text', (column) => column.notNull())
      .addColumn('external_activity_record_id', 'text')
      .addColumn('counterpart_instance_id', 'text')
      .addColumn('decision', 'text', (column) => column.notNull())
      .addColumn('confidence', type.real)
      .addColumn('reasons_json', type.json, (column) => column.notNull())
      .addColumn('field_sources_json', type.json)
      .addColumn('ingestion_run_id', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_activity_merge_decisions', ['id'])
      .addForeignKeyConstraint('fk_activity_merge_decisions_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_activity_merge_decisions_activity_instance_id',
        ['activity_instance_id'],
        'activity_instances',
        ['id'],
        (fk) => fk.onDelete('cascade'),
      )
      .addForeignKeyConstraint(
        'fk_activity_merge_decisions_external_activity_record_id',
        ['external_activity_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_activity_merge_decisions_counterpart_instance_id',
        ['counterpart_instance_id'],
        'activity_instances',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_activity_merge_decisions_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addCheckConstraint('ck_activity_merge_decisions_decision', oneOf('decision', ['merge', 'unmerge']))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_user_id_activity_instance_id')
      .on('activity_merge_decisions')
      .columns(['user_id', 'activity_instance_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_user_id_external_activity_record_id')
      .on('activity_merge_decisions')
      .columns(['user_id', 'external_activity_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_activity_instance_id')
      .on('activity_merge_decisions')
      .columns(['activity_instance_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_external_activity_record_id')
      .on('activity_merge_decisions')
      .columns(['external_activity_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_counterpart_instance_id')
      .on('activity_merge_decisions')
      .columns(['counterpart_instance_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_merge_decisions_ingestion_run_id')
      .on('activity_merge_decisions')
      .columns(['ingestion_run_id'])
      .execute();

    await db.schema
      .createTable('daily_activity_totals')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('local_date', type.date, (column) => column.notNull())
      .addColumn('metric_type', 'text', (column) => column.notNull())
      .addColumn('value', type.real, (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('source_name', 'text')
      .addColumn('external_record_id', 'text')
      .addColumn('ingestion_run_id', 'text')
      .addColumn('normalizer_id', 'text')
      .addColumn('normalizer_version', 'text')
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_daily_activity_totals', ['id'])
      .addForeignKeyConstraint('fk_daily_activity_totals_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_daily_activity_totals_external_record_id',
        ['external_record_id'],
        'external_activity_records',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addForeignKeyConstraint(
        'fk_daily_activity_totals_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addUniqueConstraint('uq_daily_activity_totals_user_id_provider_local_date_m_4898cb62', ['user_id', 'provider', 'local_date', 'metric_type'])
      .addCheckConstraint('ck_daily_activity_totals_metric_type', oneOf('metric_type', DAILY_TOTAL_METRICS_V1))
      .addCheckConstraint('ck_daily_activity_totals_provider', oneOf('provider', PROVIDERS_V1))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_daily_activity_totals_user_id_local_date')
      .on('daily_activity_totals')
      .columns(['user_id', 'local_date'])
      .execute();
    await db.schema
      .createIndex('ix_daily_activity_totals_external_record_id')
      .on('daily_activity_totals')
      .columns(['external_record_id'])
      .execute();
    await db.schema
      .createIndex('ix_daily_activity_totals_ingestion_run_id')
      .on('daily_activity_totals')
      .columns(['ingestion_run_id'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('daily_activity_totals').execute();
    await db.schema.dropTable('activity_merge_decisions').execute();
    await db.schema.dropTable('ingestion_failures').execute();
    await db.schema.dropTable('external_record_revisions').execute();
    await db.schema.alterTable('external_activity_records').dropColumn('revision').execute();
    await db.schema.alterTable('external_activity_records').dropColumn('content_hash').execute();
    await db.schema.alterTable('external_activity_records').dropColumn('parent_external_id').execute();
    await db.schema.alterTable('external_activity_records').dropColumn('resource').execute();
  },
};
