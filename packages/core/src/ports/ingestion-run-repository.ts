import type { IngestionRunFinalStatus } from '../enums/integration.js';
import type { JsonValue } from '../columns/json-value.js';
import type { IngestionRunId, UserId } from '../ids/entity-ids.js';
import type { Instant } from '../time/instant.js';
import type { ExternalIngestionRunInsert, ExternalIngestionRunRow } from '../schema/external-ingestion-run.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * How an ingestion run ended, for {@link IngestionRunRepository.finish}.
 *
 * @example
 * ```ts
 * const outcome: IngestionRunOutcome = { status: 'succeeded', finished_at: now, cursor_json: { after: 1717171717 } };
 * ```
 */
export interface IngestionRunOutcome {
  readonly status: IngestionRunFinalStatus;
  readonly finished_at: Instant;
  /** Why it failed, or which records failed for `partial`; `null`/omitted otherwise. */
  readonly error?: string | null;
  /** New resume cursor; omitted keeps the stored one. */
  readonly cursor_json?: JsonValue | null;
  /** Counts of records received / stored / failed; omitted keeps the stored value. */
  readonly stats_json?: JsonValue | null;
}

/**
 * `external_ingestion_runs`: one row per sync, webhook batch, file import or replay.
 *
 * @example
 * ```ts
 * const run = await storage.ingestionRuns.start({ id, user_id: userId, provider: 'strava', kind: 'sync', started_at: now });
 * await storage.ingestionRuns.finish(userId, run.id, { status: 'succeeded', finished_at: later });
 * ```
 */
export interface IngestionRunRepository
  extends UserScopedRepository<ExternalIngestionRunRow, IngestionRunId, ExternalIngestionRunInsert> {
  /**
   * Opens a run: inserts it with status `running` and no `finished_at` (a `status` or `finished_at` in the input
   * other than that is a `ValidationError`).
   */
  start(run: ExternalIngestionRunInsert): Promise<ExternalIngestionRunRow>;
  /**
   * Closes a running run with a final status. Throws `NotFoundError` when `userId` has no such run and
   * `ConflictError` (`check`) when it is already finished; `ValidationError` when `finished_at` < `started_at`.
   */
  finish(userId: UserId, runId: IngestionRunId, outcome: IngestionRunOutcome): Promise<ExternalIngestionRunRow>;
  /**
   * The most recent finished run (by `started_at`) of this provider whose status is `succeeded` or `partial`, or
   * `undefined`: where the next sync resumes from (`cursor_json`).
   */
  findLastCompleted(userId: UserId, provider: ExternalIngestionRunRow['provider']): Promise<ExternalIngestionRunRow | undefined>;
}
