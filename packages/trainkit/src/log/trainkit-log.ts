import type { LogCardioInput, LogOptions, LogSessionInput, LogStrengthInput } from './log-inputs.js';
import type { LoggedSession } from './logged-session.js';

/**
 * Manual logging in one call per session. Each call validates the whole input (a `ValidationError` naming the
 * field, e.g. `durationSeconds` / `too_big`, `sets.2.movement` / `not_found`), resolves the activity and movements
 * by catalog slug or id (seeding the catalog when needed), refuses an activity whose category does not fit the log
 * kind (`log.strength({ activity: 'running' })`), derives `discipline_id` from the activity definition, and writes
 * the activity, its sets and the completion of the planned session it names in one transaction. It returns what it
 * stored. The user must exist (`NotFoundError`) unless `{ createUser: true }`.
 *
 * @example
 * ```ts
 * const lift = await trainkit.log.strength({
 *   userId: 'athlete_1', start: '2024-06-10T07:00:00Z', durationSeconds: 3600, timeZone: 'Europe/Berlin',
 *   sets: [{ movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 }],
 * });
 * const run = await trainkit.log.cardio({ userId: 'athlete_1', activity: 'running', start: '2024-06-11T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 });
 * run.activityInstance.discipline_id; // 'dis_running'
 * ```
 */
export interface TrainkitLog {
  /** A strength session: sets of movements (activity default `strength_training`; must be a strength activity). */
  strength(input: LogStrengthInput, options?: LogOptions): Promise<LoggedSession>;
  /** A cardio session (run, ride, row, swim, ...): duration, distance, heart rate, power; a cardio activity. */
  cardio(input: LogCardioInput, options?: LogOptions): Promise<LoggedSession>;
  /** A sport session (tennis, football, climbing, ...): duration, RPE, enjoyment, notes. */
  sport(input: LogSessionInput, options?: LogOptions): Promise<LoggedSession>;
  /** A hobby session (hiking, dance, gardening, ...): duration, RPE, enjoyment, notes. */
  hobby(input: LogSessionInput, options?: LogOptions): Promise<LoggedSession>;
}
