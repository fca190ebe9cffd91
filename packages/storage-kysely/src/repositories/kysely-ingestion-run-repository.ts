import {
  ConflictError,
  IngestionRunFinalStatusSchema,
  IngestionRunStatusSchema,
  InstantSchema,
  JsonValueSchema,
  type ExternalIngestionRunInsert,
  type ExternalIngestionRunRow,
  type IngestionRunId,
  type IngestionRunOutcome,
  type IngestionRunRepository,
  type UserId,
} from '@trainkit/core';
import { z } from 'zod';
import { sql } from 'kysely';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { atomically } from './atomically.js';
import { selectOneOrThrow, selectWhere } from './select-rows.js';
import { updateRow } from './update-row.js';
import type { StorageContext } from './storage-context.js';
import { validateRow, validateWith, validationError } from './validate-rows.js';

const OutcomeSchema = z.strictObject({
  status: IngestionRunFinalStatusSchema,
  finished_at: InstantSchema,
  error: z.string().nullable().optional(),
  cursor_json: JsonValueSchema.nullable().optional(),
  stats_json: JsonValueSchema.nullable().optional(),
});

/**
 * `external_ingestion_runs` on kysely: open, close and find the resume point of ingestion runs.
 *
 * @internal
 */
export class KyselyIngestionRunRepository
  extends KyselyUserScopedRepository<ExternalIngestionRunRow, IngestionRunId, ExternalIngestionRunInsert>
  implements IngestionRunRepository
{
  constructor(context: StorageContext) {
    super(context, 'external_ingestion_runs');
  }

  async start(run: ExternalIngestionRunInsert): Promise<ExternalIngestionRunRow> {
    const input = run as { status?: unknown; finished_at?: unknown };
    if (input.status !== undefined && input.status !== IngestionRunStatusSchema.enum.running) {
      throw validationError(this.table, 'status', 'invalid_value', 'a run starts with status running');
    }
    if (input.finished_at !== undefined && input.finished_at !== null) {
      throw validationError(this.table, 'finished_at', 'invalid_value', 'a starting run has no finished_at');
    }
    return this.insert(run);
  }

  async finish(userId: UserId, runId: IngestionRunId, outcome: IngestionRunOutcome): Promise<ExternalIngestionRunRow> {
    const user = checkUserId(this.table, userId);
    const key = checkKey(this.table, 'runId', runId);
    const result = validateWith(OutcomeSchema, outcome, this.table);
    return atomically(this.context, async (context) => {
      const current = await selectOneOrThrow(context, this.runtime, { user_id: user, id: key }, key);
      if (current.status !== IngestionRunStatusSchema.enum.running) {
        throw new ConflictError(this.table, 'check', `run ${key} is already finished (${String(current.status)})`);
      }
      const merged = validateRow(this.runtime, {
        ...current,
        status: result.status,
        finished_at: result.finished_at,
        error: result.error ?? null,
        cursor_json: result.cursor_json === undefined ? current.cursor_json : result.cursor_json,
        stats_json: result.stats_json === undefined ? current.stats_json : result.stats_json,
      });
      const { status, finished_at, error, cursor_json, stats_json } = merged;
      const updated = await updateRow(context, this.runtime, { user_id: user, id: key, status: 'running' }, {
        status,
        finished_at,
        error,
        cursor_json,
        stats_json,
      });
      if (!updated) throw new ConflictError(this.table, 'check', `run ${key} was finished concurrently`);
      return updated as ExternalIngestionRunRow;
    });
  }

  async findLastCompleted(
    userId: UserId,
    provider: ExternalIngestionRunRow['provider'],
  ): Promise<ExternalIngestionRunRow | undefined> {
    const user = checkUserId(this.table, userId);
    const name = checkKey(this.table, 'provider', provider);
    const [row] = await selectWhere(
      this.context,
      this.runtime,
      (query) =>
        query
          .where('user_id', '=', user)
          .where('provider', '=', name)
          .where('status', 'in', [IngestionRunStatusSchema.enum.succeeded, IngestionRunStatusSchema.enum.partial])
          .where(sql.ref('finished_at'), 'is not', null),
      [{ column: 'started_at', direction: 'desc' }, { column: 'id', direction: 'desc' }],
      1,
    );
    return row as ExternalIngestionRunRow | undefined;
  }
}
