import type { Kysely, Migration } from 'kysely';
import { columnTypesV1, oneOf, strictOnSqlite } from './migration-ddl-v1.js';

/** Providers as of this migration (core's `PROVIDERS`, written out: a released migration never changes). */
const PROVIDERS_V1 = ['apple_health', 'garmin', 'whoop', 'oura', 'strava'] as const;

/** Delivery statuses as of this migration (core's `WEBHOOK_DELIVERY_STATUSES`, written out). */
const WEBHOOK_DELIVERY_STATUSES_V1 = ['received', 'processed', 'failed', 'ignored'] as const;

/**
 * `0006_webhook_deliveries`: `provider_webhook_deliveries`, one row per webhook delivery a provider pushed.
 *
 * - Columns: `id`, `user_id` (cascades with the user), `provider`, `delivery_key`, `event_json`, `status`,
 *   `attempts`, `error`, `ingestion_run_id` (set to null when the run is deleted), `received_at`, `processed_at`,
 *   `created_at`, `updated_at`.
 * - UNIQUE (provider, delivery_key) across all users: inserting a delivery twice is a unique conflict, which is how a
 *   duplicate delivery is detected.
 * - Enum CHECKs on `provider` and `status`. Value rules (key length, attempts >= 0, processed_at >= received_at) are
 *   enforced by core's zod insert schema, as in `0001`.
 * - Indexes: (status, received_at) for draining pending deliveries oldest first, (user_id, received_at) for a user's
 *   deliveries (and the user cascade), (ingestion_run_id) for the run's set-null.
 *
 * STRICT on SQLite; `down` drops exactly what `up` created, on SQLite, PGlite and PostgreSQL.
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0006WebhookDeliveries.up(db);
 * ```
 */
export const migration0006WebhookDeliveries: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const type = columnTypesV1(db);

    await db.schema
      .createTable('provider_webhook_deliveries')
      .addColumn('id', 'text', (column) => column.notNull())
      .addColumn('user_id', 'text', (column) => column.notNull())
      .addColumn('provider', 'text', (column) => column.notNull())
      .addColumn('delivery_key', 'text', (column) => column.notNull())
      .addColumn('event_json', type.json, (column) => column.notNull())
      .addColumn('status', 'text', (column) => column.notNull())
      .addColumn('attempts', type.integer, (column) => column.notNull())
      .addColumn('error', 'text')
      .addColumn('ingestion_run_id', 'text')
      .addColumn('received_at', type.instant, (column) => column.notNull())
      .addColumn('processed_at', type.instant)
      .addColumn('created_at', type.instant, (column) => column.notNull())
      .addColumn('updated_at', type.instant, (column) => column.notNull())
      .addPrimaryKeyConstraint('pk_provider_webhook_deliveries', ['id'])
      .addForeignKeyConstraint('fk_provider_webhook_deliveries_user_id', ['user_id'], 'users', ['id'], (fk) => fk.onDelete('cascade'))
      .addForeignKeyConstraint(
        'fk_provider_webhook_deliveries_ingestion_run_id',
        ['ingestion_run_id'],
        'external_ingestion_runs',
        ['id'],
        (fk) => fk.onDelete('set null'),
      )
      .addUniqueConstraint('uq_provider_webhook_deliveries_provider_delivery_key', ['provider', 'delivery_key'])
      .addCheckConstraint('ck_provider_webhook_deliveries_provider', oneOf('provider', PROVIDERS_V1))
      .addCheckConstraint('ck_provider_webhook_deliveries_status', oneOf('status', WEBHOOK_DELIVERY_STATUSES_V1))
      .$call(strictOnSqlite(db))
      .execute();
    await db.schema
      .createIndex('ix_provider_webhook_deliveries_status_received_at')
      .on('provider_webhook_deliveries')
      .columns(['status', 'received_at'])
      .execute();
    await db.schema
      .createIndex('ix_provider_webhook_deliveries_user_id_received_at')
      .on('provider_webhook_deliveries')
      .columns(['user_id', 'received_at'])
      .execute();
    await db.schema
      .createIndex('ix_provider_webhook_deliveries_ingestion_run_id')
      .on('provider_webhook_deliveries')
      .columns(['ingestion_run_id'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropTable('provider_webhook_deliveries').execute();
  },
};
