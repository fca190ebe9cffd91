import type { Kysely, Migration } from 'kysely';

/**
 * `0002_workout_logs_view`: the legacy `workout_logs` as a read-only view over `activity_instances`. Every performed
 * activity is a workout log, whatever its source (manual, planned or provider): the brief makes workout logs a
 * specialization of activity instances, and a log imported from a watch is as much a workout as one typed in by hand.
 * The view's id is the activity instance id, so `activity_instance_links.workout_log_id` of migrated legacy rows and
 * new rows point at the same thing. Write through `activity_instances`.
 *
 * FROZEN once released: never edit; add a new migration instead.
 *
 * @example
 * ```ts
 * await migration0002WorkoutLogsView.up(db);
 * ```
 */
export const migration0002WorkoutLogsView: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    const source = db as Kysely<{ activity_instances: Record<string, unknown> }>;
    await db.schema
      .createView('workout_logs')
      .as(
        source
          .selectFrom('activity_instances')
          .select([
            'id',
            'user_id',
            'planned_session_id',
            'source',
            'activity_definition_id',
            'discipline_id',
            'title',
            'performed_start',
            'performed_end',
            'local_date',
            'duration_seconds',
            'perceived_difficulty',
            'notes',
            'created_at',
            'updated_at',
          ]),
      )
      .execute();
  },

  async down(db: Kysely<unknown>): Promise<void> {
    await db.schema.dropView('workout_logs').execute();
  },
};
