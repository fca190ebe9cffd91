import type { AnalyticsRange } from '../analytics/analytics-range.js';
import type { CategoricalValueRow } from '../analytics/categorical-value-row.js';
import type { WeeklyAdherenceRow } from '../analytics/weekly-adherence-row.js';
import type { WeeklyDurationRow } from '../analytics/weekly-duration-row.js';
import type { WeeklyMuscleLoadRow } from '../analytics/weekly-muscle-load-row.js';
import type { WeeklyVolumeRow } from '../analytics/weekly-volume-row.js';
import type { WeightTrendRow } from '../analytics/weight-trend-row.js';

/**
 * Which open categorical values {@link AnalyticsRepository.categoricalValues} returns: one field (which must be in
 * `OPEN_CATEGORICAL_FIELDS`, otherwise `ValidationError`) or all of them, for one user or across all users.
 *
 * @example
 * ```ts
 * const query: CategoricalValuesQuery = { field: { table: 'external_activity_records', column: 'activity_type_raw' } };
 * ```
 */
export interface CategoricalValuesQuery {
  readonly field?: { readonly table: string; readonly column: string };
  /** A user id as a plain string (validated like `UserIdSchema`). */
  readonly userId?: string;
}

/**
 * Read-only analytics computed in the database, identical on every dialect. Ranges are validated with
 * `AnalyticsRangeSchema` (`ValidationError` when `to` < `from`); weeks are `weekStartOf(local day, range.weekStart)`
 * and a week is reported when any of its days is in the range (only rows whose own day is in the range count).
 * Every method is scoped by `userId` except `categoricalValues` without `userId`; user ids are plain strings
 * (a branded `UserId` fits too), validated like `UserIdSchema` (`ValidationError` for `''` or `'a b'`). Results are ordered by
 * `week_start` (or `date`), then the grouping key (nulls last), and each row satisfies its exported zod schema.
 *
 * @example
 * ```ts
 * const rows = await storage.analytics.weeklyDurationByDiscipline('usr_01', { from: '2025-03-03', to: '2025-03-30' });
 * ```
 */
export interface AnalyticsRepository {
  /** Performed duration per week and discipline; see `WeeklyDurationRowSchema`. */
  weeklyDurationByDiscipline(userId: string, range: AnalyticsRange): Promise<WeeklyDurationRow[]>;
  /** Tonnage (strength sets) and distance per week and discipline; see `WeeklyVolumeRowSchema`. */
  weeklyVolumeByDiscipline(userId: string, range: AnalyticsRange): Promise<WeeklyVolumeRow[]>;
  /** Planned vs performed per week (a performed activity counts via `planned_session_id`); see `WeeklyAdherenceRowSchema`. */
  weeklyAdherence(userId: string, range: AnalyticsRange): Promise<WeeklyAdherenceRow[]>;
  /** Daily mean weight with a 7-day rolling average, per day with data; see `WeightTrendRowSchema`. `weekStart` is ignored. */
  weightTrend(userId: string, range: AnalyticsRange): Promise<WeightTrendRow[]>;
  /** Distinct values and counts of open categorical columns; see `CategoricalValueRowSchema`. */
  categoricalValues(query?: CategoricalValuesQuery): Promise<CategoricalValueRow[]>;
  /** Planned and performed load per week and muscle via the muscle maps; see `WeeklyMuscleLoadRowSchema`. */
  weeklyMuscleLoad(userId: string, range: AnalyticsRange): Promise<WeeklyMuscleLoadRow[]>;
}
