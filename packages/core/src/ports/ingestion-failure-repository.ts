import type { IngestionFailureId, IngestionRunId, UserId } from '../ids/entity-ids.js';
import type { IngestionFailureInsert, IngestionFailureRow } from '../schema/ingestion-failure.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `ingestion_failures`: what an ingestion run could not read or normalize, with typed codes and the raw data.
 *
 * @example
 * ```ts
 * const failures = await storage.ingestionFailures.listByRun(userId, run.id, 100);
 * ```
 */
export interface IngestionFailureRepository
  extends UserScopedRepository<IngestionFailureRow, IngestionFailureId, IngestionFailureInsert> {
  /**
   * Failures of one run, ordered by `created_at`, then id; at most `limit` (a positive integer) when given. Empty when
   * the run has none or is not the user's.
   */
  listByRun(userId: UserId, ingestionRunId: IngestionRunId, limit?: number): Promise<IngestionFailureRow[]>;
  /** How many failures one run recorded (0 when none, or when the run is not the user's). */
  countByRun(userId: UserId, ingestionRunId: IngestionRunId): Promise<number>;
}
