import type { RecoverySignalType } from '../enums/recovery.js';
import type { RecoverySignalId, UserId } from '../ids/entity-ids.js';
import type { Instant } from '../time/instant.js';
import type { RecoverySignalInsert, RecoverySignalRow } from '../schema/recovery-signal.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `recovery_signals`: sleep, HRV, readiness, soreness, ... with the raw payload kept.
 *
 * @example
 * ```ts
 * const hrv = await storage.recoverySignals.listBetween(userId, from, to, 'hrv_rmssd_ms');
 * ```
 */
export interface RecoverySignalRepository
  extends UserScopedRepository<RecoverySignalRow, RecoverySignalId, RecoverySignalInsert> {
  /** Signals with `from <= measured_at < to`, optionally of one type, ordered by `measured_at`, then id. */
  listBetween(userId: UserId, from: Instant, to: Instant, signalType?: RecoverySignalType): Promise<RecoverySignalRow[]>;
}
