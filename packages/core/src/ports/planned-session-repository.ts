import type { PlannedSessionId, UserId } from '../ids/entity-ids.js';
import type { LocalDate } from '../time/local-date.js';
import type { PlannedSessionInsert, PlannedSessionRow } from '../schema/planned-session.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `planned_sessions`: the plan, day by day.
 *
 * @example
 * ```ts
 * const thisWeek = await storage.plannedSessions.listBetween(userId, monday, sunday);
 * ```
 */
export interface PlannedSessionRepository
  extends UserScopedRepository<PlannedSessionRow, PlannedSessionId, PlannedSessionInsert> {
  /** Sessions with `scheduled_date` in `from`..`to` (inclusive), ordered by `scheduled_date`, `order_index`, id. */
  listBetween(userId: UserId, from: LocalDate, to: LocalDate): Promise<PlannedSessionRow[]>;
}
