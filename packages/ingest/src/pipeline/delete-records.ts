import type {
  ActivityInstanceId,
  ExternalActivityRecordId,
  ExternalIngestionRunRow,
  ExternalMetricStreamId,
  IngestionRunId,
  IngestionRunKind,
  Instant,
  JsonValue,
  Provider,
  TrainkitRepositories,
  TrainkitStorage,
  UserId,
} from '@trainkit/core';
import type { DeleteRecordsResult } from '../ingest-pipeline.js';
import { recomputeInstance, storeDecision } from './activity-identity.js';
import type { IngestScope } from './ingest-scope.js';
import { inChunks, IN_LIST_CHUNK } from './record-rows.js';
import { countsToJson, EMPTY_INGEST_COUNTS } from './run-stats.js';

/** How many of the requested external ids a deletion run's `stats_json` lists (it counts them all). */
export const DELETION_STATS_ID_LIMIT = 100;

/**
 * What one deletion removed, table by table (the run's `stats_json.deleted`).
 *
 * @internal
 */
export interface DeletionCounts {
  records: number;
  revisions: number;
  failures: number;
  activities: number;
  activitiesRebuilt: number;
  streams: number;
  samples: number;
  recoverySignals: number;
  biometrics: number;
  dailyTotals: number;
}

/**
 * A validated deletion request.
 *
 * @internal
 */
export interface DeletionRequest {
  readonly userId: UserId;
  readonly provider: Provider;
  /** `undefined`: every record of the provider. */
  readonly externalIds: readonly string[] | undefined;
  readonly reason: string;
  readonly kind: IngestionRunKind;
}

/** Records deleted per round of statements (their streams, with the raw stream JSON, are listed per round). */
const DELETE_CHUNK = 100;

/** A raw record to delete: its id and external id (never its payload, so a large lake is listed in flat memory). */
interface DoomedRecord {
  readonly id: ExternalActivityRecordId;
  readonly external_id: string;
}

/** Every raw record of the provider, page by page in id order. */
async function allRecords(tx: TrainkitRepositories, user: UserId, provider: Provider): Promise<DoomedRecord[]> {
  const found: DoomedRecord[] = [];
  for (let offset = 0; ; ) {
    const page = await tx.externalActivityRecords.list(user, { where: { provider }, orderBy: [{ column: 'id' }], limit: IN_LIST_CHUNK, offset });
    for (const row of page) found.push({ id: row.id, external_id: row.external_id });
    if (page.length < IN_LIST_CHUNK) return found;
    offset += page.length;
  }
}

/**
 * The stored records of the listed external ids and, level by level, every record whose parent is one of them
 * (streams of an activity, details of a summary, legs of a multisport activity and their details). Each record is
 * added once, so the walk ends after at most as many levels as there are records.
 */
async function recordsWithChildren(tx: TrainkitRepositories, user: UserId, provider: Provider, externalIds: readonly string[]): Promise<DoomedRecord[]> {
  const found = new Map<string, DoomedRecord>();
  const add = (rows: readonly { id: ExternalActivityRecordId; external_id: string }[]): string[] => {
    const added: string[] = [];
    for (const row of rows) {
      if (found.has(row.external_id)) continue;
      found.set(row.external_id, { id: row.id, external_id: row.external_id });
      added.push(row.external_id);
    }
    return added;
  };
  let frontier: string[] = [];
  for (const chunk of inChunks([...new Set(externalIds)])) {
    frontier.push(...add(await tx.externalActivityRecords.list(user, { where: { provider, external_id: chunk } })));
  }
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const chunk of inChunks(frontier)) {
      next.push(...add(await tx.externalActivityRecords.list(user, { where: { provider, parent_external_id: chunk } })));
    }
    frontier = next;
  }
  return [...found.values()];
}

/**
 * Deletes the rows of a chunk of raw records, children first: samples of their streams, streams, recovery signals,
 * biometrics, daily totals, failures and revisions tied to them, their activity links, the record reference of merge
 * decisions about them (the decisions stay as history), then the records.
 */
async function deleteRecordRows(tx: TrainkitRepositories, user: UserId, ids: readonly ExternalActivityRecordId[], counts: DeletionCounts): Promise<void> {
  const streams = await tx.externalMetricStreams.list(user, { where: { external_activity_record_id: [...ids] } });
  for (const chunk of inChunks(streams.map((stream) => stream.id as ExternalMetricStreamId))) {
    counts.samples += await tx.metricSamples.deleteWhere(user, { external_metric_stream_id: chunk });
  }
  counts.streams += await tx.externalMetricStreams.deleteWhere(user, { external_activity_record_id: [...ids] });
  counts.recoverySignals += await tx.recoverySignals.deleteWhere(user, { external_record_id: [...ids] });
  counts.biometrics += await tx.biometrics.deleteWhere(user, { external_record_id: [...ids] });
  counts.dailyTotals += await tx.dailyActivityTotals.deleteWhere(user, { external_record_id: [...ids] });
  counts.failures += await tx.ingestionFailures.deleteWhere(user, { external_activity_record_id: [...ids] });
  counts.revisions += await tx.externalRecordRevisions.deleteWhere(user, { external_activity_record_id: [...ids] });
  await tx.activityInstanceLinks.deleteWhere(user, { external_activity_record_id: [...ids] });
  for (const decision of await tx.activityMergeDecisions.list(user, { where: { external_activity_record_id: [...ids] } })) {
    await tx.activityMergeDecisions.update(user, decision.id, { external_activity_record_id: null });
  }
  counts.records += await tx.externalActivityRecords.deleteWhere(user, { id: [...ids] });
}

/** Rows of the provider no longer tied to any record (their record was deleted before): removed with the rest. */
async function deleteUntiedProviderRows(tx: TrainkitRepositories, user: UserId, provider: Provider, counts: DeletionCounts): Promise<void> {
  counts.recoverySignals += await tx.recoverySignals.deleteWhere(user, { provider, source: 'provider' });
  counts.biometrics += await tx.biometrics.deleteWhere(user, { provider, source: 'provider' });
  counts.dailyTotals += await tx.dailyActivityTotals.deleteWhere(user, { provider });
  counts.failures += await tx.ingestionFailures.deleteWhere(user, { provider });
}

function emptyDeletionCounts(): DeletionCounts {
  return { records: 0, revisions: 0, failures: 0, activities: 0, activitiesRebuilt: 0, streams: 0, samples: 0, recoverySignals: 0, biometrics: 0, dailyTotals: 0 };
}

/** The run's `stats_json`: zero ingestion counts (nothing was ingested), what was deleted, the reason and the request. */
function deletionStats(request: DeletionRequest, counts: DeletionCounts): JsonValue {
  return {
    ...(countsToJson(EMPTY_INGEST_COUNTS) as Record<string, JsonValue>),
    operation: 'delete_records',
    reason: request.reason,
    scope: request.externalIds === undefined ? 'all' : 'records',
    requested: request.externalIds === undefined ? null : request.externalIds.length,
    external_ids: request.externalIds === undefined ? null : request.externalIds.slice(0, DELETION_STATS_ID_LIMIT),
    deleted: { ...counts, otherRows: otherRowsOf(counts) },
  };
}

function otherRowsOf(counts: DeletionCounts): number {
  return counts.samples + counts.streams + counts.recoverySignals + counts.biometrics + counts.dailyTotals;
}

/**
 * Deletes a provider's raw records of a user (all, or the listed external ids with their children) and everything
 * that came only from them, in one transaction that also opens and closes the deletion's run:
 *
 * - the records with their revisions, their failures (for all records: every failure of the provider), streams and
 *   samples, recovery signals, biometrics and daily totals;
 * - each activity linked to one of them loses the link and is rebuilt from its other sources with the merge policy
 *   (`recomputeInstance`, as `unmerge` does); an activity of provider data left without any source is deleted with
 *   its strength sets, samples and decisions. A rebuilt activity keeps its merge decisions (their reference to the
 *   deleted record is cleared, as the foreign key would) and gets an `unmerge` decision without a record, whose
 *   reasons say what was removed and whose field sources are the rebuilt ones.
 *
 * Storage failures roll everything back, the run included, and are thrown.
 *
 * @internal
 */
export async function deleteProviderRecords(
  storage: TrainkitStorage,
  request: DeletionRequest,
  context: { readonly ids: (prefix: string) => string; readonly now: () => Instant; readonly scopeFor: (run: ExternalIngestionRunRow) => IngestScope },
): Promise<DeleteRecordsResult> {
  const user = request.userId;
  return storage.transaction(async (tx) => {
    const started = await tx.ingestionRuns.start({ id: context.ids('run') as IngestionRunId, user_id: user, provider: request.provider, kind: request.kind, started_at: context.now() });
    const scope = context.scopeFor(started);
    const counts = emptyDeletionCounts();
    const doomed =
      request.externalIds === undefined
        ? await allRecords(tx, user, request.provider)
        : await recordsWithChildren(tx, user, request.provider, request.externalIds);

    const removedByInstance = new Map<string, number>();
    for (const chunk of inChunks(doomed.map((record) => record.id))) {
      for (const link of await tx.activityInstanceLinks.list(user, { where: { external_activity_record_id: chunk } })) {
        removedByInstance.set(link.activity_instance_id, (removedByInstance.get(link.activity_instance_id) ?? 0) + 1);
      }
    }
    for (const chunk of inChunks(doomed.map((record) => record.id), DELETE_CHUNK)) await deleteRecordRows(tx, user, chunk, counts);
    if (request.externalIds === undefined) {
      await deleteUntiedProviderRows(tx, user, request.provider, counts);
    } else {
      const named = [...new Set([...request.externalIds, ...doomed.map((record) => record.external_id)])];
      for (const chunk of inChunks(named)) counts.failures += await tx.ingestionFailures.deleteWhere(user, { provider: request.provider, external_id: chunk });
    }

    for (const [instanceId, removed] of [...removedByInstance.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      const outcome = await recomputeInstance(scope, tx, instanceId as ActivityInstanceId);
      if (outcome === undefined) {
        counts.activities += 1;
        continue;
      }
      counts.activitiesRebuilt += 1;
      await storeDecision(scope, tx, {
        activity_instance_id: instanceId as ActivityInstanceId,
        external_activity_record_id: null,
        counterpart_instance_id: null,
        decision: 'unmerge',
        confidence: null,
        reasons_json: [`${removed} ${request.provider} record${removed === 1 ? '' : 's'} deleted`, `reason: ${request.reason}`],
        field_sources_json: outcome.fieldSources,
        ingestion_run_id: started.id,
      });
    }

    const run = await tx.ingestionRuns.finish(user, started.id, { status: 'succeeded', finished_at: context.now(), error: null, stats_json: deletionStats(request, counts) });
    return { run, deleted: { records: counts.records, activities: counts.activities, activitiesRebuilt: counts.activitiesRebuilt, otherRows: otherRowsOf(counts) } };
  });
}
