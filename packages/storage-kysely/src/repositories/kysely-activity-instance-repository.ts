import {
  MIN_INSTANT,
  TRAINKIT_BOUNDS,
  toInstant,
  type ActivityInstanceId,
  type ActivityInstanceInsert,
  type ActivityInstanceLinkInsert,
  type ActivityInstanceLinkRow,
  type ActivityInstanceRepository,
  type ActivityInstanceRow,
  type ExternalActivityRecordId,
  type Instant,
  type LocalDate,
  type UserId,
} from '@trainkit/core';
import { sql } from 'kysely';
import { checkInstant, checkKey, checkLocalDateRange, checkOrderedBounds, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { insertReturning } from './insert-rows.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { tableRuntime, type TableRuntime } from './table-runtime.js';
import { validateRow } from './validate-rows.js';

/** The longest an activity may last (`TRAINKIT_BOUNDS.sessionDurationSeconds`), in milliseconds. */
const MAX_SESSION_MS = TRAINKIT_BOUNDS.sessionDurationSeconds.max * 1000;

/**
 * `activity_instances` on kysely: the generic user-scoped operations plus time-window listings and links to raw
 * records.
 *
 * @internal
 */
export class KyselyActivityInstanceRepository
  extends KyselyUserScopedRepository<ActivityInstanceRow, ActivityInstanceId, ActivityInstanceInsert>
  implements ActivityInstanceRepository
{
  readonly #links: TableRuntime;

  constructor(context: StorageContext) {
    super(context, 'activity_instances');
    this.#links = tableRuntime('activity_instance_links', context.family);
  }

  async listBetween(userId: UserId, from: Instant, to: Instant): Promise<ActivityInstanceRow[]> {
    const user = checkUserId(this.table, userId);
    const start = checkInstant(this.table, 'from', from);
    const end = checkInstant(this.table, 'to', to);
    checkOrderedBounds(this.table, start, end);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('performed_start', '>=', start).where('performed_start', '<', end),
      [{ column: 'performed_start' }],
    )) as ActivityInstanceRow[];
  }

  async listOverlapping(userId: UserId, from: Instant, to: Instant): Promise<ActivityInstanceRow[]> {
    const user = checkUserId(this.table, userId);
    const start = checkInstant(this.table, 'from', from);
    const end = checkInstant(this.table, 'to', to);
    checkOrderedBounds(this.table, start, end);
    // A stored activity lasts at most the session bound (validated on every write), so one that ends at or after
    // `from` started no earlier than `from` minus that bound: a range on the (user_id, performed_start) index.
    const earliest = Math.max(Date.parse(start) - MAX_SESSION_MS, Date.parse(MIN_INSTANT));
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) =>
        query
          .where('user_id', '=', user)
          .where('performed_start', '<', end)
          .where('performed_start', '>=', toInstant(earliest))
          .where(sql`coalesce(${sql.ref('performed_end')}, ${sql.ref('performed_start')})`, '>=', start),
      [{ column: 'performed_start' }],
    )) as ActivityInstanceRow[];
  }

  async listByLocalDate(userId: UserId, from: LocalDate, to: LocalDate): Promise<ActivityInstanceRow[]> {
    const user = checkUserId(this.table, userId);
    const [start, end] = checkLocalDateRange(this.table, from, to);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('local_date', '>=', start).where('local_date', '<=', end),
      [{ column: 'performed_start' }],
    )) as ActivityInstanceRow[];
  }

  async link(link: ActivityInstanceLinkInsert): Promise<ActivityInstanceLinkRow> {
    const valid = validateRow(this.#links, link);
    return (await insertReturning(this.context, this.#links, valid)) as ActivityInstanceLinkRow;
  }

  async listLinks(userId: UserId, activityInstanceId: ActivityInstanceId): Promise<ActivityInstanceLinkRow[]> {
    const user = checkUserId(this.#links.name, userId);
    const activity = checkKey(this.#links.name, 'activityInstanceId', activityInstanceId);
    return (await selectWhere(
      this.context,
      this.#links,
      (query) => query.where('user_id', '=', user).where('activity_instance_id', '=', activity),
      [{ column: 'created_at' }],
    )) as ActivityInstanceLinkRow[];
  }

  async findByExternalRecord(
    userId: UserId,
    externalActivityRecordId: ExternalActivityRecordId,
  ): Promise<ActivityInstanceRow | undefined> {
    const user = checkUserId(this.table, userId);
    const record = checkKey(this.table, 'externalActivityRecordId', externalActivityRecordId);
    // Two lookups by key rather than `id in (subquery)`, for which SQLite may walk every activity of the user.
    const link = await this.context.db
      .selectFrom('activity_instance_links')
      .select('activity_instance_id')
      .where('external_activity_record_id', '=', record)
      .where('user_id', '=', user)
      .executeTakeFirst();
    if (link === undefined) return undefined;
    const [row] = await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('id', '=', link.activity_instance_id).where('user_id', '=', user),
      [],
      1,
    );
    return row as ActivityInstanceRow | undefined;
  }
}
