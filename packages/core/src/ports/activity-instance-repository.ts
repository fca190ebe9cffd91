import type { ActivityInstanceId, ExternalActivityRecordId, UserId } from '../ids/entity-ids.js';
import type { Instant } from '../time/instant.js';
import type { LocalDate } from '../time/local-date.js';
import type { ActivityInstanceInsert, ActivityInstanceRow } from '../schema/activity-instance.js';
import type { ActivityInstanceLinkInsert, ActivityInstanceLinkRow } from '../schema/activity-instance-link.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `activity_instances`, the canonical performed activities, plus helpers for their links to raw records.
 *
 * @example
 * ```ts
 * const week = await storage.activityInstances.listBetween(userId, monday, nextMonday);
 * ```
 */
export interface ActivityInstanceRepository
  extends UserScopedRepository<ActivityInstanceRow, ActivityInstanceId, ActivityInstanceInsert> {
  /**
   * Activities with `from <= performed_start < to`, ordered by `performed_start`, then id. Throws `ValidationError`
   * when `to` is before `from`.
   */
  listBetween(userId: UserId, from: Instant, to: Instant): Promise<ActivityInstanceRow[]>;
  /**
   * Activities whose time span touches `from`..`to`: `performed_start < to` and `coalesce(performed_end,
   * performed_start) >= from`, ordered by `performed_start`, then id. The candidates of cross-provider dedup for a
   * record spanning `from`..`to`. Throws `ValidationError` when `to` is before `from`.
   */
  listOverlapping(userId: UserId, from: Instant, to: Instant): Promise<ActivityInstanceRow[]>;
  /** Activities whose `local_date` is within `from`..`to` (inclusive), ordered by `performed_start`, then id. */
  listByLocalDate(userId: UserId, from: LocalDate, to: LocalDate): Promise<ActivityInstanceRow[]>;
  /**
   * Links an activity to a raw record (or legacy workout log): validates with the link insert schema and inserts it.
   * `ConflictError` (`unique`) when the raw record is already linked to an activity; (`foreign_key`) when the activity
   * or record is missing or belongs to another user.
   */
  link(link: ActivityInstanceLinkInsert): Promise<ActivityInstanceLinkRow>;
  /** Links of one activity, ordered by `created_at`, then id (empty when the activity has none or is not the user's). */
  listLinks(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityInstanceLinkRow[]>;
  /** The activity a raw record is linked to, or `undefined`: how dedup finds an existing instance. */
  findByExternalRecord(userId: UserId, externalActivityRecordId: ExternalActivityRecordId): Promise<ActivityInstanceRow | undefined>;
}
