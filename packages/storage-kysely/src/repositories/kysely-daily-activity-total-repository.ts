import {
  DailyTotalMetricSchema,
  NotFoundError,
  type DailyActivityTotalId,
  type DailyActivityTotalInsert,
  type DailyActivityTotalRepository,
  type DailyActivityTotalRow,
  type DailyTotalMetric,
  type LocalDate,
  type UserId,
} from '@trainkit/core';
import { checkLocalDateRange, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { selectOne, selectWhere } from './select-rows.js';
import { upsertValidatedRows } from './upsert-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateRow, validateRows, validateWith } from './validate-rows.js';

const NATURAL_KEY = ['user_id', 'provider', 'local_date', 'metric_type'] as const;

/**
 * `daily_activity_totals` on kysely: whole-day totals keyed by (user_id, provider, local_date, metric_type).
 *
 * @internal
 */
export class KyselyDailyActivityTotalRepository
  extends KyselyUserScopedRepository<DailyActivityTotalRow, DailyActivityTotalId, DailyActivityTotalInsert>
  implements DailyActivityTotalRepository
{
  /** Columns an upsert of an existing key replaces: all but the id, the key and the first `created_at`. */
  readonly #replaced: readonly string[];

  constructor(context: StorageContext) {
    super(context, 'daily_activity_totals');
    const kept = new Set<string>(['id', 'created_at', ...NATURAL_KEY]);
    this.#replaced = this.runtime.codec.columns.filter((column) => !kept.has(column));
  }

  async upsert(row: DailyActivityTotalInsert): Promise<DailyActivityTotalRow> {
    const valid = validateRow(this.runtime, row);
    return atomically(this.context, async (context) => {
      await upsertValidatedRows(context, this.runtime, [valid], NATURAL_KEY, this.#replaced);
      const key = Object.fromEntries(NATURAL_KEY.map((column) => [column, valid[column]]));
      const stored = await selectOne(context, this.runtime, key);
      if (!stored) throw new NotFoundError(this.table, String(valid.id));
      return stored as DailyActivityTotalRow;
    });
  }

  async upsertMany(rows: readonly DailyActivityTotalInsert[]): Promise<number> {
    const valid = validateRows(this.runtime, rows);
    return upsertValidatedRows(this.context, this.runtime, valid, NATURAL_KEY, this.#replaced);
  }

  async listBetween(userId: UserId, from: LocalDate, to: LocalDate, metricType?: DailyTotalMetric): Promise<DailyActivityTotalRow[]> {
    const user = checkUserId(this.table, userId);
    const [start, end] = checkLocalDateRange(this.table, from, to);
    const metric = metricType === undefined ? undefined : validateWith(DailyTotalMetricSchema, metricType, `${this.table} metricType`);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => {
        const scoped = query.where('user_id', '=', user).where('local_date', '>=', start).where('local_date', '<=', end);
        return metric === undefined ? scoped : scoped.where('metric_type', '=', metric);
      },
      [{ column: 'local_date' }, { column: 'metric_type' }, { column: 'provider' }],
    )) as DailyActivityTotalRow[];
  }
}
