import {
  BiometricMetricTypeSchema,
  type BiometricMetricType,
  type LocalDate,
  type UserBiometricId,
  type UserBiometricInsert,
  type UserBiometricRepository,
  type UserBiometricRow,
  type UserId,
} from '@trainkit/core';
import { checkLocalDate, checkOrderedBounds, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateWith } from './validate-rows.js';

/**
 * `user_biometrics_history` on kysely, plus one metric's measurements over a date range.
 *
 * @internal
 */
export class KyselyUserBiometricRepository
  extends KyselyUserScopedRepository<UserBiometricRow, UserBiometricId, UserBiometricInsert>
  implements UserBiometricRepository
{
  constructor(context: StorageContext) {
    super(context, 'user_biometrics_history');
  }

  async listByMetric(userId: UserId, metricType: BiometricMetricType, from?: LocalDate, to?: LocalDate): Promise<UserBiometricRow[]> {
    const user = checkUserId(this.table, userId);
    const metric = validateWith(BiometricMetricTypeSchema, metricType, `${this.table} metricType`);
    const start = from === undefined ? undefined : checkLocalDate(this.table, 'from', from);
    const end = to === undefined ? undefined : checkLocalDate(this.table, 'to', to);
    if (start !== undefined && end !== undefined) checkOrderedBounds(this.table, start, end);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => {
        let scoped = query.where('user_id', '=', user).where('metric_type', '=', metric);
        if (start !== undefined) scoped = scoped.where('date', '>=', start);
        if (end !== undefined) scoped = scoped.where('date', '<=', end);
        return scoped;
      },
      [{ column: 'date' }, { column: 'measured_at' }],
    )) as UserBiometricRow[];
  }
}
