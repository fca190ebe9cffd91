import type { ActivityInstanceId, MetricSampleId, UserId } from '../ids/entity-ids.js';
import type { MetricSampleInsert, MetricSampleRow } from '../schema/metric-sample.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `metric_samples`: normalized time-series samples.
 *
 * @example
 * ```ts
 * const hr = await storage.metricSamples.listByActivity(userId, activityId, 'heart_rate_bpm');
 * ```
 */
export interface MetricSampleRepository extends UserScopedRepository<MetricSampleRow, MetricSampleId, MetricSampleInsert> {
  /** Samples of one activity, optionally of one `metric_type`, ordered by `recorded_at`, then id. */
  listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId, metricType?: string): Promise<MetricSampleRow[]>;
}
