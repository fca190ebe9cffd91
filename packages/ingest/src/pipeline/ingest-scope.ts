import {
  localDayOf,
  type ExternalActivityRecordId,
  type ExternalActivityRecordRow,
  type ExternalIngestionRunRow,
  type Instant,
  type IngestionFailureInsert,
  type IngestionFailureRow,
  type JsonValue,
  type Provider,
  type TrainkitRepositories,
  type TrainkitStorage,
  type UserId,
} from '@trainkit/core';
import type { NormalizationResult, PayloadPath, ProviderRecordDraft } from '@trainkit/providers';
import type { MergePolicy } from '../merge/merge-policy.js';
import { resourceForStoredRecord, type ResourceContext, type StoredRawRecord } from '../registry/provider-resources.js';
import type { CatalogResolver } from './catalog-resolver.js';
import type { RunTally } from './run-tally.js';

/**
 * Everything the writing code of one run needs: the storage, the user and the run, time and ids, the merge policy,
 * the catalog, the user's zone, the drafts normalized in this run (by raw record id) and the tally.
 *
 * @internal
 */
export interface IngestScope {
  readonly storage: TrainkitStorage;
  readonly userId: UserId;
  readonly provider: Provider;
  readonly run: ExternalIngestionRunRow;
  /** `replay` never overwrites a known profile value and never opens new merges against planned sessions twice. */
  readonly mode: 'ingest' | 'replay';
  readonly now: () => Instant;
  readonly ids: (prefix: string) => string;
  readonly policy: MergePolicy;
  readonly catalog: CatalogResolver;
  readonly timeZone: string | undefined;
  readonly drafts: Map<string, ProviderRecordDraft>;
  readonly tally: RunTally;
}

/**
 * The context a stored record is normalized again with: the user's zone, the local day its current revision was
 * stored on (what `personal_info` was dated with), and its parent's id (a Strava streams record's activity).
 *
 * @internal
 */
export function storedRecordContext(scope: Pick<IngestScope, 'timeZone'>, record: Pick<ExternalActivityRecordRow, 'updated_at' | 'parent_external_id'>): ResourceContext {
  const context: { activityId?: string; date: ResourceContext['date']; timeZone?: string } = {
    date: localDayOf(record.updated_at, { timeZone: scope.timeZone ?? null }),
  };
  if (scope.timeZone !== undefined) context.timeZone = scope.timeZone;
  if (record.parent_external_id !== null) context.activityId = record.parent_external_id;
  return context;
}

/**
 * A stored raw record normalized again with the current normalizer, from its own payload or, for a record its reader
 * rebuilds from another (`sourceOf`: a FIT file's per-session record), from that record's payload, looked up in
 * `repositories`; `undefined` when no normalizer reads the record again, or its source is not in the lake (then it
 * keeps its rows, like a record no normalizer reads). Results are kept in `memo` by the id of the record normalized,
 * so the sessions of one file normalize it once.
 *
 * @internal
 */
export async function renormalizeStored(
  scope: Pick<IngestScope, 'timeZone' | 'userId'>,
  repositories: Pick<TrainkitRepositories, 'externalActivityRecords'>,
  record: ExternalActivityRecordRow,
  memo?: Map<string, NormalizationResult>,
): Promise<NormalizationResult | undefined> {
  const reader = resourceForStoredRecord(record.provider, record.resource);
  if (reader === undefined) return undefined;
  let source: ExternalActivityRecordRow = record;
  const sourceId = reader.sourceOf?.(record) ?? null;
  if (sourceId !== null && sourceId !== record.external_id) {
    const found = await repositories.externalActivityRecords.findByExternalId(scope.userId, record.provider, sourceId);
    if (found === undefined || resourceForStoredRecord(found.provider, found.resource) !== reader) return undefined;
    source = found;
  }
  const cached = memo?.get(source.id);
  if (cached !== undefined) return cached;
  const stored: StoredRawRecord = source;
  const result = reader.renormalize(stored, storedRecordContext(scope, source));
  memo?.set(source.id, result);
  return result;
}

/**
 * The draft of a stored raw record: the one normalized in this run, else the record normalized again from the lake
 * with the current normalizer ({@link renormalizeStored}); `undefined` when no normalizer can read it again or it
 * fails now.
 *
 * @internal
 */
export async function draftFor(
  scope: IngestScope,
  repositories: Pick<TrainkitRepositories, 'externalActivityRecords'>,
  record: ExternalActivityRecordRow,
): Promise<ProviderRecordDraft | undefined> {
  const cached = scope.drafts.get(record.id);
  if (cached !== undefined) return cached;
  const result = await renormalizeStored(scope, repositories, record);
  return result?.drafts.find((draft) => draft.record.external_id === record.external_id);
}

/**
 * What an `ingestion_failures` row says, before ids and timestamps.
 *
 * @internal
 */
export interface FailureInput {
  readonly resource: string | null;
  readonly external_id: string | null;
  readonly external_activity_record_id?: ExternalActivityRecordId | null;
  readonly code: string;
  readonly message: string;
  readonly path: PayloadPath;
  readonly raw_payload_json?: JsonValue | null;
  readonly raw_text?: string | null;
}

/**
 * Records a failure on the run (an `ingestion_failures` row) and counts it.
 *
 * @internal
 */
export async function recordFailure(scope: IngestScope, repositories: TrainkitRepositories, failure: FailureInput): Promise<IngestionFailureRow> {
  const row: IngestionFailureInsert = {
    id: scope.ids('fail') as IngestionFailureInsert['id'],
    user_id: scope.userId,
    ingestion_run_id: scope.run.id,
    provider: scope.provider,
    resource: failure.resource,
    external_id: failure.external_id,
    external_activity_record_id: failure.external_activity_record_id ?? null,
    code: failure.code,
    message: failure.message.length > 0 ? failure.message : failure.code,
    path_json: [...failure.path],
    raw_payload_json: failure.raw_payload_json ?? null,
    raw_text: failure.raw_text ?? null,
    created_at: scope.now(),
  };
  const stored = await repositories.ingestionFailures.insert(row);
  scope.tally.failure(stored);
  return stored;
}
