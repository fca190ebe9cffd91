import type {
  ActivityInstanceId,
  MetricSampleId,
  MetricSampleInsert,
  MetricSampleRepository,
  MetricSampleRow,
  UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';

/**
 * `metric_samples` on kysely: bulk inserts go through the generic multi-row path; samples of one activity are listed
 * in time order.
 *
 * @internal
 */
export class KyselyMetricSampleRepository
  extends KyselyUserScopedRepository<MetricSampleRow, MetricSampleId, MetricSampleInsert>
  implements MetricSampleRepository
{
  constructor(context: StorageContext) {
    super(context, 'metric_samples');
  }

  async listByActivity(userId: UserId, activityInstanceId: ActivityInstanceId, metricType?: string): Promise<MetricSampleRow[]> {
    const user = checkUserId(this.table, userId);
    const activity = checkKey(this.table, 'activityInstanceId', activityInstanceId);
    const type = metricType === undefined ? undefined : checkKey(this.table, 'metricType', metricType);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => {
        const scoped = query.where('user_id', '=', user).where('activity_instance_id', '=', activity);
        return type === undefined ? scoped : scoped.where('metric_type', '=', type);
      },
      [{ column: 'recorded_at' }],
    )) as MetricSampleRow[];
  }
}
