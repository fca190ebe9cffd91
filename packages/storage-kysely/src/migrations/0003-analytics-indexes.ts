import type { Kysely, Migration } from 'kysely';

/**
 * `0003_analytics_indexes`: indexes for the analytics joins, beyond the registry's user + time indexes of `0001`.
 * The weekly reports join a user's activities in a date range to their strength sets, and planned sessions to their
 * exercises and to the activities that fulfil them. With `(user_id, <parent>)` indexes each of those joins is one
 * index range per parent row, so PostgreSQL picks a good plan even before statistics exist (a freshly imported history
 * has none until autovacuum's first ANALYZE; without these indexes a ten-year volume report took seconds there).
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0003AnalyticsIndexes.up(db);
 * ```
 */
export const migration0003AnalyticsIndexes: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createIndex('ix_activity_strength_sets_user_id_activity_instance_id')
      .on('activity_strength_sets')
      .columns(['user_id', 'activity_instance_id'])
      .execute();
    await db.schema
      .createIndex('ix_planned_session_exercises_user_id_planned_session_id')
      .on('planned_session_exercises')
      .columns(['user_id', 'planned_session_id'])
      .execute();
    await db.schema
      .createIndex('ix_activity_instances_user_id_planned_session_id')
      .on('activity_instances')
      .columns(['user_id', 'planned_session_id'])
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropIndex('ix_activity_instances_user_id_planned_session_id').execute();
    await db.schema.dropIndex('ix_planned_session_exercises_user_id_planned_session_id').execute();
    await db.schema.dropIndex('ix_activity_strength_sets_user_id_activity_instance_id').execute();
  },
};
