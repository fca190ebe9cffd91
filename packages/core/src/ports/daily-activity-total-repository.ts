import type { DailyTotalMetric } from '../enums/daily-total.js';
import type { DailyActivityTotalId, UserId } from '../ids/entity-ids.js';
import type { LocalDate } from '../time/local-date.js';
import type { DailyActivityTotalInsert, DailyActivityTotalRow } from '../schema/daily-activity-total.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `daily_activity_totals`: whole-day totals per (user, provider, local day, metric).
 *
 * @example
 * ```ts
 * await storage.dailyActivityTotals.upsert({ id, user_id: userId, local_date: '2025-03-04', metric_type: 'steps', value: 11234, provider: 'apple_health', created_at: now, updated_at: now });
 * ```
 */
export interface DailyActivityTotalRepository
  extends UserScopedRepository<DailyActivityTotalRow, DailyActivityTotalId, DailyActivityTotalInsert> {
  /**
   * Validates and stores the total by (user_id, provider, local_date, metric_type): a new key is inserted; an existing
   * key gets every column replaced except `id` and `created_at` (the first row's are kept). Returns the stored row.
   * `ValidationError` on bad input (e.g. a value outside `DAILY_TOTAL_RANGES`); `ConflictError` (`foreign_key`) when
   * the raw record or run is missing or another user's.
   */
  upsert(row: DailyActivityTotalInsert): Promise<DailyActivityTotalRow>;
  /** {@link upsert} for many rows, all or none (a key repeated in `rows`: the last one wins). Returns how many distinct keys were written. */
  upsertMany(rows: readonly DailyActivityTotalInsert[]): Promise<number>;
  /**
   * Totals with `local_date` in `from`..`to` (inclusive), of one metric when `metricType` is given, ordered by
   * `local_date`, `metric_type`, `provider`, then id. `ValidationError` when `to` is before `from`.
   */
  listBetween(userId: UserId, from: LocalDate, to: LocalDate, metricType?: DailyTotalMetric): Promise<DailyActivityTotalRow[]>;
}
