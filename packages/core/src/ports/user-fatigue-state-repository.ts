import type { UserFatigueStateId, UserId } from '../ids/entity-ids.js';
import type { LocalDate } from '../time/local-date.js';
import type { UserFatigueStateInsert, UserFatigueStateRow } from '../schema/user-fatigue-state.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `user_fatigue_state`: cached fatigue per (user, local day, scope). A cache: recomputation overwrites.
 *
 * @example
 * ```ts
 * await storage.fatigueStates.upsertMany(states);
 * ```
 */
export interface UserFatigueStateRepository
  extends UserScopedRepository<UserFatigueStateRow, UserFatigueStateId, UserFatigueStateInsert> {
  /**
   * Validates and stores rows by (user_id, date, scope_key), all or none: new keys are inserted, existing keys get
   * every column replaced except `id` (the first row's id is kept). Returns how many rows were written.
   */
  upsertMany(rows: readonly UserFatigueStateInsert[]): Promise<number>;
  /** Rows with `date` in `from`..`to` (inclusive), ordered by `date`, `scope_key`. */
  listBetween(userId: UserId, from: LocalDate, to: LocalDate): Promise<UserFatigueStateRow[]>;
}
