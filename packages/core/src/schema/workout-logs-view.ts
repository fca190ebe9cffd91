import type { z } from 'zod';
import { ActivityInstanceRowSchema } from './activity-instance.js';

const WORKOUT_LOG_COLUMNS = [
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
] as const;

/**
 * `workout_logs` is a **view** over `activity_instances`, not a table: every performed activity is a workout log, and
 * its `id` is the activity instance id. It keeps the legacy name readable for reports and for
 * `activity_instance_links.workout_log_id`, while `activity_instances` stays the only place workouts are written.
 * The storage adapter creates it with `CREATE VIEW workout_logs AS <selectSql>` (portable SQL, same on every dialect)
 * after the tables, and drops it before them.
 *
 * @example
 * ```ts
 * await sql.raw(`CREATE VIEW ${WORKOUT_LOGS_VIEW.name} AS ${WORKOUT_LOGS_VIEW.selectSql}`).execute(db);
 * ```
 */
export const WORKOUT_LOGS_VIEW = {
  name: 'workout_logs',
  baseTable: 'activity_instances',
  description:
    'View: every performed activity seen as a legacy workout log (id = activity instance id). Read-only; write activity_instances.',
  columns: WORKOUT_LOG_COLUMNS,
  selectSql: `SELECT ${WORKOUT_LOG_COLUMNS.join(', ')} FROM activity_instances`,
} as const;

/**
 * A row of the `workout_logs` view: the listed columns of an activity instance.
 *
 * @example
 * ```ts
 * const log = WorkoutLogRowSchema.parse(rowFromView);
 * ```
 */
export const WorkoutLogRowSchema = ActivityInstanceRowSchema.pick({
  id: true,
  user_id: true,
  planned_session_id: true,
  source: true,
  activity_definition_id: true,
  discipline_id: true,
  title: true,
  performed_start: true,
  performed_end: true,
  local_date: true,
  duration_seconds: true,
  perceived_difficulty: true,
  notes: true,
  created_at: true,
  updated_at: true,
});

/**
 * A `workout_logs` view row, see {@link WorkoutLogRowSchema}.
 *
 * @example
 * ```ts
 * function minutes(log: WorkoutLogRow) { return (log.duration_seconds ?? 0) / 60; }
 * ```
 */
export type WorkoutLogRow = z.output<typeof WorkoutLogRowSchema>;
