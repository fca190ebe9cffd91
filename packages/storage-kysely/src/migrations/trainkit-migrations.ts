import type { Migration } from 'kysely';
import { migration0001InitialSchema } from './0001-initial-schema.js';
import { migration0002WorkoutLogsView } from './0002-workout-logs-view.js';
import { migration0003AnalyticsIndexes } from './0003-analytics-indexes.js';
import { migration0004CatalogDetail } from './0004-catalog-detail.js';
import { migration0005IngestionLake } from './0005-ingestion-lake.js';
import { migration0006WebhookDeliveries } from './0006-webhook-deliveries.js';
import { migration0007IngestionRunProgress } from './0007-ingestion-run-progress.js';

/**
 * Every trainkit migration by sortable name. Released entries are never edited or removed; new ones are appended with
 * the next number.
 *
 * | name | what it does |
 * |---|---|
 * | `0001_initial_schema` | all tables with keys, foreign keys, enum checks and indexes (incl. analytics paths user + time) |
 * | `0002_workout_logs_view` | `workout_logs` as a view over `activity_instances` |
 * | `0003_analytics_indexes` | `(user_id, parent)` indexes for the analytics joins (sets, exercises, planned → performed) |
 * | `0004_catalog_detail` | `activity_muscle_map.role`; `activity_definitions.cns_impact`, `met_compendium_code`, `met_compendium_edition` |
 * | `0005_ingestion_lake` | raw record `resource`, `parent_external_id`, `content_hash`, `revision`; `external_record_revisions`, `ingestion_failures`, `activity_merge_decisions`, `daily_activity_totals` |
 * | `0006_webhook_deliveries` | `provider_webhook_deliveries` (unique per provider + delivery key; pending deliveries by status + received time) |
 * | `0007_ingestion_run_progress` | `external_ingestion_runs.progressed_at`: when a run last wrote records (an old `running` one was interrupted) |
 *
 * @example
 * ```ts
 * Object.keys(TRAINKIT_MIGRATIONS); // ['0001_initial_schema', '0002_workout_logs_view', '0003_analytics_indexes', '0004_catalog_detail', '0005_ingestion_lake', '0006_webhook_deliveries', '0007_ingestion_run_progress']
 * ```
 */
export const TRAINKIT_MIGRATIONS: Readonly<Record<string, Migration>> = Object.freeze({
  '0001_initial_schema': migration0001InitialSchema,
  '0002_workout_logs_view': migration0002WorkoutLogsView,
  '0003_analytics_indexes': migration0003AnalyticsIndexes,
  '0004_catalog_detail': migration0004CatalogDetail,
  '0005_ingestion_lake': migration0005IngestionLake,
  '0006_webhook_deliveries': migration0006WebhookDeliveries,
  '0007_ingestion_run_progress': migration0007IngestionRunProgress,
});

/**
 * The table in which applied migrations are recorded. Fixed forever and prefixed, so it never collides with the
 * host application's own kysely migrations (whose default is `kysely_migration`).
 *
 * @example
 * ```ts
 * await db.selectFrom(TRAINKIT_MIGRATION_TABLE).selectAll().execute();
 * ```
 */
export const TRAINKIT_MIGRATION_TABLE = 'trainkit_migration';

/**
 * The migration lock table (see {@link TRAINKIT_MIGRATION_TABLE}).
 *
 * @example
 * ```ts
 * console.log(TRAINKIT_MIGRATION_LOCK_TABLE); // 'trainkit_migration_lock'
 * ```
 */
export const TRAINKIT_MIGRATION_LOCK_TABLE = 'trainkit_migration_lock';
