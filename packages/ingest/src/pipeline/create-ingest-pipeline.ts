import {
  ConfigError,
  ConflictError,
  INGESTION_RUN_KINDS,
  ValidationError,
  localDayOf,
  LocalDateSchema,
  PROVIDERS,
  toInstant,
  type ActivityInstanceId,
  type ExternalIngestionRunRow,
  type IngestionRunId,
  type IngestionRunKind,
  type Instant,
  type JsonValue,
  type LocalDate,
  type Provider,
  type UserId,
} from '@trainkit/core';
import type { NormalizationResult } from '@trainkit/providers';
import type {
  CreateIngestPipelineOptions,
  DeleteRecordsInput,
  IngestPipeline,
  IngestProgress,
  IngestResourceOptions,
  IngestRunSummary,
  RunWithFailures,
} from '../ingest-pipeline.js';
import { INTERRUPTED_AFTER_IDLE_MINUTES } from '../ingest-pipeline.js';
import { MergePolicySchema } from '../merge/merge-policy.js';
import { PROVIDER_RESOURCES, type ProviderResource, type ResourceContext } from '../registry/provider-resources.js';
import { createCatalogResolver } from './catalog-resolver.js';
import { deleteProviderRecords, type DeletionRequest } from './delete-records.js';
import { importFileSources } from './import-file-sources.js';
import { recordFailure, type IngestScope } from './ingest-scope.js';
import { listActivitiesWithSources } from './list-activities.js';
import { replayRecords } from './replay-records.js';
import { addIngestCounts, countsFromJson, countsToJson, EMPTY_INGEST_COUNTS, runStatusOf } from './run-stats.js';
import { progressInstant, RunProgress } from './run-progress.js';
import { RunTally, SUMMARY_LIST_LIMIT } from './run-tally.js';
import { unmergeActivity } from './unmerge-activity.js';
import { writeDrafts, writeFailures } from './write-drafts.js';

/** The activity id of a Strava streams payload: the option, else the last run of digits in the source name. */
function activityIdOf(options: IngestResourceOptions | undefined): string | undefined {
  if (options?.activityId !== undefined) return String(options.activityId);
  const name = options?.sourceName?.split(/[\\/]/).pop() ?? '';
  const digits = name.match(/\d+/g);
  return digits === null ? undefined : digits[digits.length - 1];
}

/** A payload as the JSON to keep beside a failure, when it is JSON at all. */
function jsonOf(payload: unknown): JsonValue | null {
  if (typeof payload === 'string') {
    try {
      return JSON.parse(payload) as JsonValue;
    } catch {
      return null;
    }
  }
  try {
    const text = JSON.stringify(payload);
    return text === undefined ? null : (JSON.parse(text) as JsonValue);
  } catch {
    return null;
  }
}

/** `idleMinutes` of `closeInterruptedRuns`: a positive number of minutes, default {@link INTERRUPTED_AFTER_IDLE_MINUTES}. */
function checkIdleMinutes(minutes: number | undefined): number {
  if (minutes === undefined) return INTERRUPTED_AFTER_IDLE_MINUTES;
  if (typeof minutes !== 'number' || !Number.isFinite(minutes) || minutes <= 0) {
    throw new ValidationError('ingestion input', [{ path: 'idleMinutes', rule: 'invalid_value', message: `must be a positive number of minutes, got ${String(minutes)}` }]);
  }
  return minutes;
}

/** What work done in a run ends with: the cursor to keep on the run, and why it stopped early when it did. */
interface WorkOutcome {
  readonly cursor?: JsonValue | undefined;
  readonly cancelled?: string | undefined;
}

/**
 * Why an aborted signal stops a run, for the run's `error`: its reason's message, else "aborted by the caller";
 * `undefined` while the signal is not aborted.
 */
function abortReason(signal: AbortSignal | undefined): string | undefined {
  if (signal?.aborted !== true) return undefined;
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name !== 'AbortError' && reason.message !== '') return reason.message;
  if (typeof reason === 'string' && reason !== '') return reason;
  return 'aborted by the caller';
}

/** The provider resource whose records a draft's resource names (for `keepStored` and `hasChildren`). */
function resourceOfDraft(provider: Provider, resource: string): ProviderResource | undefined {
  return Object.values(PROVIDER_RESOURCES[provider]).find((entry) => entry.recordResources.includes(resource));
}

/**
 * Creates the ingestion pipeline over a storage: provider payloads and files into the raw lake (every record kept
 * exactly, with a content hash and its earlier revisions), typed failures beside their raw data, one deduplicated
 * canonical history (cross-provider merge with a configurable per-field source priority), unmerge and replay.
 * Nothing is read or written until a method is called; the merge policy is validated at once (`ConfigError`).
 *
 * @param options - The storage, a clock, an id factory, and optionally a merge policy and catalog resolvers.
 * @returns The {@link IngestPipeline}.
 * @throws {ConfigError} When `options.mergePolicy` is not a valid merge policy.
 *
 * @example
 * ```ts
 * const pipeline = createIngestPipeline({ storage, clock: () => new Date(), ids: createRandomIdFactory() });
 * const summary = await pipeline.ingestPayload({ userId: 'athlete_1', provider: 'strava', resource: 'activities', payload: pageText });
 * summary.run.status; // 'succeeded', 'partial' or 'failed'
 * const history = await pipeline.listActivities({ userId: 'athlete_1', from: '2024-06-01' });
 * ```
 */
export function createIngestPipeline(options: CreateIngestPipelineOptions): IngestPipeline {
  const { storage, ids } = options;
  const parsedPolicy = MergePolicySchema.safeParse(options.mergePolicy ?? {});
  if (!parsedPolicy.success) {
    throw new ConfigError(`Invalid merge policy: ${parsedPolicy.error.issues.map((issue) => `${issue.path.join('.') || '(policy)'}: ${issue.message}`).join('; ')}`);
  }
  const policy = parsedPolicy.data;
  const catalog = createCatalogResolver(storage, { activity: options.resolveActivityId, movement: options.resolveMovementId });
  const now = () => toInstant(options.clock());

  async function userOf(userId: string): Promise<{ id: UserId; timeZone: string | undefined }> {
    const user = await storage.users.get(userId as UserId);
    const settings = await storage.userSettings.find(user.id);
    return { id: user.id, timeZone: settings?.timezone ?? undefined };
  }

  function checkDate(value: string | undefined, path: string): LocalDate | undefined {
    if (value === undefined) return undefined;
    const parsed = LocalDateSchema.safeParse(value);
    if (!parsed.success) throw new ValidationError('ingestion input', [{ path, rule: 'invalid_date', message: 'must be a YYYY-MM-DD date' }]);
    return parsed.data;
  }

  function checkProvider(provider: string): Provider {
    if (!(PROVIDERS as readonly string[]).includes(provider)) {
      throw new ValidationError('ingestion input', [{ path: 'provider', rule: 'invalid_value', message: `must be one of ${PROVIDERS.join(', ')}` }]);
    }
    return provider as Provider;
  }

  /** The deletion request, checked: a `ValidationError` naming each bad field (the user is checked by `userOf`). */
  function checkDeletion(input: DeleteRecordsInput, userId: UserId): DeletionRequest {
    const issues: { path: string; rule: string; message: string }[] = [];
    const { externalIds, reason } = input as { externalIds?: unknown; reason?: unknown };
    if (externalIds !== undefined) {
      if (!Array.isArray(externalIds)) issues.push({ path: 'externalIds', rule: 'invalid_type', message: 'must be a list of external ids' });
      else {
        const bad = externalIds.findIndex((id) => typeof id !== 'string' || id.length === 0);
        if (bad !== -1) issues.push({ path: `externalIds.${bad}`, rule: 'invalid_value', message: 'must be a non-empty text' });
      }
    }
    if (typeof reason !== 'string' || reason.trim().length === 0) issues.push({ path: 'reason', rule: 'invalid_value', message: 'must be a non-empty text' });
    const kind = input.kind ?? 'webhook';
    if (!(INGESTION_RUN_KINDS as readonly string[]).includes(kind)) {
      issues.push({ path: 'kind', rule: 'invalid_value', message: `must be one of ${INGESTION_RUN_KINDS.join(', ')}` });
    }
    if (issues.length > 0) throw new ValidationError('deleteRecords input', issues);
    return { userId, provider: checkProvider(input.provider), externalIds: externalIds === undefined ? undefined : [...(externalIds as string[])], reason: (reason as string).trim(), kind };
  }

  function scopeOf(user: { id: UserId; timeZone: string | undefined }, run: ExternalIngestionRunRow, mode: IngestScope['mode']): IngestScope {
    return {
      storage,
      userId: user.id,
      provider: run.provider,
      run,
      mode,
      now,
      ids,
      policy,
      catalog,
      timeZone: user.timeZone,
      drafts: new Map(),
      tally: new RunTally(),
    };
  }

  async function openScope(input: { userId: string; provider: Provider; kind: IngestionRunKind; runId?: string | undefined }, mode: IngestScope['mode']) {
    const user = await userOf(input.userId);
    const provider = checkProvider(input.provider);
    if (input.runId !== undefined) {
      const run = await storage.ingestionRuns.get(user.id, input.runId as IngestionRunId);
      if (run.status !== 'running' || run.provider !== provider) {
        throw new ValidationError('ingestion input', [
          { path: 'runId', rule: 'invalid_value', message: `run ${run.id} is ${run.status === 'running' ? `a ${run.provider} run` : `already ${run.status}`}` },
        ]);
      }
      return { scope: scopeOf(user, run, mode), owned: false };
    }
    const run = await storage.ingestionRuns.start({ id: ids('run') as IngestionRunId, user_id: user.id, provider, kind: input.kind, started_at: now() });
    return { scope: scopeOf(user, run, mode), owned: true };
  }

  function summaryOf(scope: IngestScope, run: ExternalIngestionRunRow): IngestRunSummary {
    return {
      run,
      counts: { ...scope.tally.counts },
      failures: scope.tally.failures.slice(0, SUMMARY_LIST_LIMIT),
      merges: scope.tally.merges,
      warnings: scope.tally.warnings.slice(0, SUMMARY_LIST_LIMIT),
      warningCount: scope.tally.warningCount,
    };
  }

  /**
   * Runs `work` in the scope's run and closes the run (or, for a continued run, adds to its stats). Work that stopped
   * early because its caller aborted it closes the run `cancelled`, with the counts of what it wrote.
   */
  async function inRun(opened: { scope: IngestScope; owned: boolean }, work: () => Promise<WorkOutcome>): Promise<IngestRunSummary> {
    const { scope, owned } = opened;
    let cursor: JsonValue | undefined;
    let cancelled: string | undefined;
    try {
      ({ cursor, cancelled } = await work());
    } catch (error) {
      if (owned) {
        await storage.ingestionRuns
          .finish(scope.userId, scope.run.id, {
            status: 'failed',
            finished_at: now(),
            error: error instanceof Error ? error.message : String(error),
            stats_json: countsToJson(scope.tally.counts),
          })
          .catch(() => undefined);
      }
      throw error;
    }
    if (!owned) {
      const previous = countsFromJson(scope.run.stats_json) ?? EMPTY_INGEST_COUNTS;
      const patch: { stats_json: JsonValue; progressed_at: Instant; cursor_json?: JsonValue } = {
        stats_json: countsToJson(addIngestCounts(previous, scope.tally.counts)),
        progressed_at: progressInstant(scope),
      };
      if (cursor !== undefined) patch.cursor_json = cursor;
      return summaryOf(scope, await storage.ingestionRuns.update(scope.userId, scope.run.id, patch));
    }
    const failures = scope.tally.failureText();
    const run = await storage.ingestionRuns.finish(scope.userId, scope.run.id, {
      status: cancelled === undefined ? runStatusOf(scope.tally.counts) : 'cancelled',
      finished_at: now(),
      error: cancelled === undefined ? failures : [`cancelled after ${scope.tally.counts.seen} records: ${cancelled}`, failures].filter((part) => part !== null).join('; '),
      stats_json: countsToJson(scope.tally.counts),
      ...(cursor === undefined ? {} : { cursor_json: cursor }),
    });
    return summaryOf(scope, run);
  }

  async function writeResult(scope: IngestScope, result: NormalizationResult, resource: ProviderResource | undefined, resourceName: string | null, rawText: string | null) {
    await writeFailures(scope, result, resource, resourceName, rawText);
    await writeDrafts(
      scope,
      result.drafts.map((draft) => ({ draft, resource: resource ?? resourceOfDraft(draft.record.provider, draft.record.resource) })),
    );
  }

  const pipeline: IngestPipeline = {
    async ingestPayload(input) {
      const opened = await openScope({ userId: input.userId, provider: input.provider, kind: input.kind ?? 'sync', runId: input.runId }, 'ingest');
      const { scope } = opened;
      return inRun(opened, async () => {
        const resource = PROVIDER_RESOURCES[scope.provider][input.resource];
        const rawText = typeof input.payload === 'string' ? input.payload : null;
        if (resource === undefined) {
          scope.tally.add('seen');
          await storage.transaction((tx) =>
            recordFailure(scope, tx, {
              resource: input.resource,
              external_id: null,
              code: 'unknown_resource',
              message: `${scope.provider} has no resource '${input.resource}' (known: ${Object.keys(PROVIDER_RESOURCES[scope.provider]).join(', ') || 'none; import its files'})`,
              path: [],
              raw_payload_json: rawText === null ? jsonOf(input.payload) : null,
              raw_text: rawText,
            }),
          );
          return {};
        }
        const context: { activityId?: string; date: ResourceContext['date']; timeZone?: string } = {
          date: checkDate(input.options?.date, 'options.date') ?? localDayOf(now(), { timeZone: scope.timeZone ?? null }),
        };
        const activityId = activityIdOf(input.options);
        if (activityId !== undefined) context.activityId = activityId;
        if (scope.timeZone !== undefined) context.timeZone = scope.timeZone;
        const result = resource.normalize(input.payload, context);
        await writeResult(scope, result, resource, input.resource, rawText);
        return result.next_token === null ? {} : { cursor: { next_token: result.next_token } };
      });
    },

    async ingestResults(input) {
      const opened = await openScope({ userId: input.userId, provider: input.provider, kind: input.kind ?? 'file_import', runId: input.runId }, 'ingest');
      const { scope } = opened;
      const progress = (phase: IngestProgress['phase']) => {
        if (input.onProgress === undefined) return;
        const report: { -readonly [K in keyof IngestProgress]: IngestProgress[K] } = { phase, records: scope.tally.counts.seen };
        if (input.bytes !== undefined) {
          report.bytesRead = input.bytes.read();
          report.bytesTotal = input.bytes.total;
          if (input.bytes.path !== undefined) report.path = input.bytes.path;
        }
        input.onProgress(report);
      };
      const running = new RunProgress(scope, opened.owned);
      return inRun(opened, async () => {
        progress('reading');
        // Checked between results: what a result holds is written whole or not at all.
        let cancelled = abortReason(input.signal);
        if (cancelled !== undefined) return { cancelled };
        for await (const result of input.results) {
          await writeResult(scope, result, undefined, null, null);
          await running.record();
          progress('writing');
          cancelled = abortReason(input.signal);
          // Leaving the loop returns the source, which stops its reading (and its worker).
          if (cancelled !== undefined) return { cancelled };
        }
        return {};
      });
    },

    importFiles: (input) => importFileSources(pipeline, input),

    async replay(input) {
      const user = await userOf(input.userId);
      const providers = input.provider === undefined ? [...PROVIDERS] : [checkProvider(input.provider)];
      const summaries: IngestRunSummary[] = [];
      for (const provider of providers) {
        const [any] = await storage.externalActivityRecords.list(user.id, { where: { provider }, limit: 1 });
        if (any === undefined) continue;
        const opened = await openScope({ userId: user.id, provider, kind: 'replay' }, 'replay');
        const running = new RunProgress(opened.scope, opened.owned);
        summaries.push(
          await inRun(opened, async () => {
            const onPage = async (records: number) => {
              await running.record();
              input.onProgress?.({ phase: 'writing', records });
            };
            const finished = await replayRecords(opened.scope, onPage, input.signal);
            return finished ? {} : { cancelled: abortReason(input.signal) };
          }),
        );
        if (summaries.at(-1)?.run.status === 'cancelled') break;
      }
      return summaries;
    },

    async unmerge(input) {
      const user = await userOf(input.userId);
      return unmergeActivity(
        async (tx, runId) => scopeOf(user, await tx.ingestionRuns.get(user.id, runId as IngestionRunId), 'ingest'),
        storage,
        { userId: user.id, activityInstanceId: input.activityInstanceId as ActivityInstanceId, externalRecordId: input.externalRecordId },
      );
    },

    async listActivities(input) {
      const user = await userOf(input.userId);
      return listActivitiesWithSources(storage, user.id, { from: checkDate(input.from, 'from'), to: checkDate(input.to, 'to') });
    },

    async listRuns(input): Promise<RunWithFailures[]> {
      const user = await userOf(input.userId);
      const runs = await storage.ingestionRuns.list(user.id, { orderBy: [{ column: 'started_at', direction: 'desc' }], limit: input.limit ?? 50 });
      const result: RunWithFailures[] = [];
      for (const run of runs) {
        result.push({ run, counts: countsFromJson(run.stats_json), failures: await storage.ingestionFailures.listByRun(user.id, run.id, SUMMARY_LIST_LIMIT) });
      }
      return result;
    },

    async closeInterruptedRuns(input) {
      const user = await userOf(input.userId);
      const idleMinutes = checkIdleMinutes(input.idleMinutes);
      const at = now();
      const cutoff = Date.parse(at) - idleMinutes * 60_000;
      const running = await storage.ingestionRuns.list(user.id, { where: { status: 'running' }, orderBy: [{ column: 'started_at' }, { column: 'id' }] });
      const closed: ExternalIngestionRunRow[] = [];
      for (const run of running) {
        const last = run.progressed_at ?? run.started_at;
        if (Date.parse(last) > cutoff) continue;
        try {
          closed.push(await storage.ingestionRuns.finish(user.id, run.id, { status: 'cancelled', finished_at: at, error: `interrupted: no progress since ${last}` }));
        } catch (error) {
          // Finished meanwhile by its own process: it was not interrupted after all.
          if (error instanceof ConflictError) continue;
          throw error;
        }
      }
      return closed;
    },

    async openRun(input) {
      const user = await userOf(input.userId);
      const provider = checkProvider(input.provider);
      return storage.ingestionRuns.start({ id: ids('run') as IngestionRunId, user_id: user.id, provider, kind: input.kind ?? 'sync', started_at: now() });
    },

    async deleteRecords(input) {
      const user = await userOf(input.userId);
      const request = checkDeletion(input, user.id);
      return deleteProviderRecords(storage, request, { ids, now, scopeFor: (run) => scopeOf(user, run, 'ingest') });
    },

    async finishRun(input) {
      const user = await userOf(input.userId);
      const run = await storage.ingestionRuns.get(user.id, input.runId as IngestionRunId);
      const counts = countsFromJson(run.stats_json) ?? EMPTY_INGEST_COUNTS;
      const failures = await storage.ingestionFailures.listByRun(user.id, run.id, SUMMARY_LIST_LIMIT);
      const tally = new RunTally();
      Object.assign(tally.counts, counts);
      for (const failure of failures) {
        tally.failures.push(failure);
      }
      const codes = new Map<string, number>();
      for (const failure of await storage.ingestionFailures.list(user.id, { where: { ingestion_run_id: run.id } })) {
        codes.set(failure.code, (codes.get(failure.code) ?? 0) + 1);
      }
      for (const [code, count] of codes) tally.failureCodes.set(code, count);
      const finished = await storage.ingestionRuns.finish(user.id, run.id, {
        status: runStatusOf(counts),
        finished_at: now(),
        error: tally.failureText(),
        ...(input.cursor === undefined ? {} : { cursor_json: input.cursor }),
      });
      const merges = await storage.activityMergeDecisions.list(user.id, { where: { ingestion_run_id: run.id, decision: 'merge' } });
      return { run: finished, counts, failures, merges: merges.length, warnings: [], warningCount: 0 };
    },
  };
  return pipeline;
}
