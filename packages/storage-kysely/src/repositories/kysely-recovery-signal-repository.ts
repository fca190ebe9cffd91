import {
  RecoverySignalTypeSchema,
  type Instant,
  type RecoverySignalId,
  type RecoverySignalInsert,
  type RecoverySignalRepository,
  type RecoverySignalRow,
  type RecoverySignalType,
  type UserId,
} from '@trainkit/core';
import { checkInstant, checkOrderedBounds, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateWith } from './validate-rows.js';

/**
 * `recovery_signals` on kysely, plus the signals of a time window.
 *
 * @internal
 */
export class KyselyRecoverySignalRepository
  extends KyselyUserScopedRepository<RecoverySignalRow, RecoverySignalId, RecoverySignalInsert>
  implements RecoverySignalRepository
{
  constructor(context: StorageContext) {
    super(context, 'recovery_signals');
  }

  async listBetween(userId: UserId, from: Instant, to: Instant, signalType?: RecoverySignalType): Promise<RecoverySignalRow[]> {
    const user = checkUserId(this.table, userId);
    const start = checkInstant(this.table, 'from', from);
    const end = checkInstant(this.table, 'to', to);
    checkOrderedBounds(this.table, start, end);
    const type = signalType === undefined ? undefined : validateWith(RecoverySignalTypeSchema, signalType, `${this.table} signalType`);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => {
        const scoped = query.where('user_id', '=', user).where('measured_at', '>=', start).where('measured_at', '<', end);
        return type === undefined ? scoped : scoped.where('signal_type', '=', type);
      },
      [{ column: 'measured_at' }],
    )) as RecoverySignalRow[];
  }
}
