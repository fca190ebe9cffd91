import type { PlannedSessionExerciseId, PlannedSessionId, UserId } from '../ids/entity-ids.js';
import type { PlannedSessionExerciseInsert, PlannedSessionExerciseRow } from '../schema/planned-session-exercise.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `planned_session_exercises`: the prescriptions of planned sessions.
 *
 * @example
 * ```ts
 * const exercises = await storage.plannedSessionExercises.listBySession(userId, sessionId);
 * ```
 */
export interface PlannedSessionExerciseRepository
  extends UserScopedRepository<PlannedSessionExerciseRow, PlannedSessionExerciseId, PlannedSessionExerciseInsert> {
  /** Exercises of one session ordered by `order_index` (empty when the session is not the user's). */
  listBySession(userId: UserId, plannedSessionId: PlannedSessionId): Promise<PlannedSessionExerciseRow[]>;
}
