import {
  ConflictError,
  NotFoundError,
  ValidationError,
  type ExternalActivityRecordId,
  type ExternalActivityRecordRow,
  type TrainkitRepositories,
} from '@trainkit/core';
import type { NormalizationResult, ProviderRecordDraft, RecordFailure } from '@trainkit/providers';
import type { ProviderResource } from '../registry/provider-resources.js';
import { attachActivity, detachActivity } from './activity-identity.js';
import { serializedPayloadOf } from '../lake/serialized-payload.js';
import { rawRecordInsert } from './canonical-rows.js';
import { draftFor, recordFailure, type IngestScope } from './ingest-scope.js';
import { emptyPendingRows, flushPendingRows, inChunks, writeRecordRows, type RecordRef } from './record-rows.js';
import { RunTally } from './run-tally.js';

/**
 * Drafts written per transaction at most: large enough for bulk statements, small enough to keep memory flat. A
 * chunk also ends once its drafts hold {@link ELEMENTS_PER_TRANSACTION} elements (samples, raw list items), so large
 * records (an Apple Health group of thousands of heart-rate records) are written a few at a time.
 *
 * @example
 * ```ts
 * DRAFTS_PER_TRANSACTION; // 1000
 * ```
 */
export const DRAFTS_PER_TRANSACTION = 1000;

/**
 * The element budget of one transaction, see {@link DRAFTS_PER_TRANSACTION}.
 *
 * @example
 * ```ts
 * ELEMENTS_PER_TRANSACTION; // 20000
 * ```
 */
export const ELEMENTS_PER_TRANSACTION = 20_000;

/**
 * What a draft weighs in a chunk: itself, its samples and streams, and the items of a list payload.
 *
 * @internal
 */
export function draftWeight(draft: ProviderRecordDraft): number {
  return 1 + draft.samples.length + draft.streams.length + draft.biometrics.length + draft.recovery_signals.length + serializedPayloadOf(draft.record).items;
}

/**
 * Codes of the failures the pipeline itself records (besides the normalizers' codes, see
 * `NORMALIZATION_FAILURE_CODES`):
 * - `unknown_resource`: `ingestPayload` was given a resource the provider does not have;
 * - `canonical_write_failed`: a record was normalized but its canonical rows broke a storage rule; the raw record is
 *   kept (status `failed`) and nothing of its canonical rows is written.
 *
 * @example
 * ```ts
 * PIPELINE_FAILURE_CODES.includes('unknown_resource'); // true
 * ```
 */
export const PIPELINE_FAILURE_CODES = ['unknown_resource', 'canonical_write_failed'] as const;

/**
 * A draft to write and the resource it came through (for `keepStored` and failure rows).
 *
 * @internal
 */
export interface DraftItem {
  readonly draft: ProviderRecordDraft;
  readonly resource: ProviderResource | undefined;
}

/** Errors that mean "this data breaks a rule" (recorded as a failure), unlike storage failures (thrown). */
export function isDataError(error: unknown): boolean {
  return error instanceof ValidationError || error instanceof ConflictError || error instanceof NotFoundError;
}

function keyOf(draft: ProviderRecordDraft): string {
  return `${draft.record.provider}\u0000${draft.record.external_id}`;
}

/**
 * Splits items into chunks of at most `size` drafts and about `budget` elements in which no record key repeats (a
 * repeat starts a new chunk).
 */
function chunksWithoutRepeats(items: readonly DraftItem[], size: number, budget: number): DraftItem[][] {
  const chunks: DraftItem[][] = [];
  let current: DraftItem[] = [];
  let keys = new Set<string>();
  let weight = 0;
  for (const item of items) {
    const key = keyOf(item.draft);
    const itemWeight = draftWeight(item.draft);
    if (current.length > 0 && (current.length >= size || keys.has(key) || weight + itemWeight > budget)) {
      chunks.push(current);
      current = [];
      keys = new Set();
      weight = 0;
    }
    current.push(item);
    keys.add(key);
    weight += itemWeight;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}

/** Resolves the catalog slugs of the drafts before any transaction opens (resolving may seed the catalog). */
async function resolveSlugs(scope: IngestScope, items: readonly DraftItem[]): Promise<void> {
  for (const { draft } of items) {
    if (draft.activity !== null) await scope.catalog.activity(draft.activity.activity_definition_slug);
    for (const set of draft.strength_sets) if (set.movement_slug !== null) await scope.catalog.movement(set.movement_slug);
  }
}

/** Items whose stored payload must stay (a Strava summary after the detailed activity): counted unchanged, dropped. */
async function dropKeptRecords(scope: IngestScope, items: readonly DraftItem[]): Promise<DraftItem[]> {
  const guarded = items.filter((item) => item.resource?.keepStored !== undefined);
  if (guarded.length === 0) return [...items];
  const stored = new Map<string, ExternalActivityRecordRow>();
  for (const ids of inChunks(guarded.map((item) => item.draft.record.external_id))) {
    for (const row of await scope.storage.externalActivityRecords.list(scope.userId, { where: { provider: scope.provider, external_id: ids } })) {
      stored.set(row.external_id, row);
    }
  }
  return items.filter((item) => {
    const previous = item.resource?.keepStored === undefined ? undefined : stored.get(item.draft.record.external_id);
    if (previous === undefined || !item.resource!.keepStored!(previous.raw_payload_json, item.draft.record.raw_payload)) return true;
    scope.tally.add('seen');
    scope.tally.add('unchanged');
    return false;
  });
}

/** Orders activities before other records, so a dependent record (streams) finds its parent's instance. */
function activitiesFirst(items: readonly DraftItem[]): DraftItem[] {
  return [...items.filter((item) => item.draft.activity !== null), ...items.filter((item) => item.draft.activity === null)];
}

function refOf(id: ExternalActivityRecordId, draft: ProviderRecordDraft): RecordRef {
  return { id, provider: draft.record.provider, external_id: draft.record.external_id, resource: draft.record.resource, parent_external_id: draft.record.parent_external_id };
}

/**
 * Rebuilds the rows of records that depend on `parent` (Strava streams of an activity), so their samples get the
 * activity's instance and start once it is known; children written in this chunk are skipped.
 */
export async function rebuildChildren(scope: IngestScope, tx: TrainkitRepositories, parent: RecordRef, inChunk: ReadonlySet<string> = new Set()): Promise<void> {
  const children = await tx.externalActivityRecords.list(scope.userId, { where: { provider: parent.provider, parent_external_id: parent.external_id } });
  for (const child of children) {
    if (inChunk.has(child.external_id)) continue;
    const draft = await draftFor(scope, tx, child);
    if (draft === undefined) continue;
    await writeRecordRows(scope, tx, { ...child, id: child.id }, draft, null, 'reconcile', emptyPendingRows());
  }
}

/**
 * Writes one chunk in one transaction: the raw records first (bulk upsert with content hashes), then for each
 * record whose content is new or revised: its activity (dedup and merge), then its other canonical rows (bulk
 * inserts for new records, compare-and-replace for revised ones). A record received again unchanged changes nothing.
 */
async function applyChunk(scope: IngestScope, tx: TrainkitRepositories, items: readonly DraftItem[]): Promise<void> {
  const now = scope.now();
  const context = { userId: scope.userId, runId: scope.run.id, now, ids: scope.ids };
  const raws = items.map((item) => rawRecordInsert(item.draft, { ...context, id: scope.ids('raw'), status: 'normalized' }));
  const outcomes = await tx.externalActivityRecords.upsertManyByExternalId(raws);
  const pending = emptyPendingRows();
  const inChunk = new Set(items.map((item) => item.draft.record.external_id));
  for (const [index, item] of items.entries()) {
    const { draft } = item;
    const outcome = outcomes[index]!;
    scope.tally.add('seen');
    let mode: 'fresh' | 'reconcile' = 'reconcile';
    if (outcome.outcome === 'inserted') {
      scope.tally.add('new');
      mode = 'fresh';
    } else if (outcome.outcome === 'updated') {
      scope.tally.add('updated');
    } else {
      // The same content again changes nothing; a record whose rows are stale (an older normalizer, a failed write)
      // is rebuilt by a replay.
      scope.tally.add('unchanged');
      continue;
    }
    scope.drafts.set(outcome.id, draft);
    for (const warning of draft.warnings) scope.tally.warn({ external_id: draft.record.external_id, ...warning });
    const ref = refOf(outcome.id, draft);
    let instanceId = null;
    if (draft.activity !== null) instanceId = await attachActivity(scope, tx, ref, draft);
    else if (mode === 'reconcile') await detachActivity(scope, tx, ref);
    await writeRecordRows(scope, tx, ref, draft, instanceId, mode, pending);
    if (item.resource?.hasChildren === true) await rebuildChildren(scope, tx, ref, inChunk);
  }
  await flushPendingRows(tx, pending);
}

/** Merges what a sub-scope counted into its parent's tally. */
function mergeTally(into: RunTally, from: RunTally): void {
  for (const key of Object.keys(from.counts) as (keyof RunTally['counts'])[]) into.counts[key] += from.counts[key];
  for (const failure of from.failures) if (into.failures.length < 100) into.failures.push(failure);
  for (const [code, count] of from.failureCodes) into.failureCodes.set(code, (into.failureCodes.get(code) ?? 0) + count);
  for (const warning of from.warnings) if (into.warnings.length < 100) into.warnings.push(warning);
  into.warningCount += from.warningCount;
  into.merges += from.merges;
  into.changes += from.changes;
}

/** Runs `work` with a fresh tally that joins the scope's only when `work` succeeds. */
export async function attempt(scope: IngestScope, work: (sub: IngestScope) => Promise<void>): Promise<void> {
  const sub: IngestScope = { ...scope, tally: new RunTally() };
  await work(sub);
  mergeTally(scope.tally, sub.tally);
}

function describeError(error: unknown): { message: string; path: (string | number)[] } {
  if (error instanceof ValidationError) {
    const issue = error.issues[0];
    return {
      message: `${error.message}${issue === undefined ? '' : ` (${issue.path}: ${issue.message})`}`,
      path: issue === undefined || issue.path === '' ? [] : issue.path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
    };
  }
  return { message: error instanceof Error ? error.message : String(error), path: [] };
}

/** Keeps a record whose canonical rows cannot be written: the raw record with status `failed`, and a failure row. */
async function storeUnwritable(scope: IngestScope, item: DraftItem, error: unknown): Promise<void> {
  const { message, path } = describeError(error);
  await scope.storage.transaction(async (tx) => {
    const [outcome] = await tx.externalActivityRecords.upsertManyByExternalId([
      rawRecordInsert(item.draft, {
        userId: scope.userId,
        runId: scope.run.id,
        now: scope.now(),
        ids: scope.ids,
        id: scope.ids('raw'),
        status: 'failed',
        error: `canonical_write_failed: ${message}`,
      }),
    ]);
    if (outcome!.outcome === 'unchanged') {
      await tx.externalActivityRecords.update(scope.userId, outcome!.id, { normalization_status: 'failed', normalization_error: `canonical_write_failed: ${message}` });
    }
    scope.tally.add('seen');
    await recordFailure(scope, tx, {
      resource: item.draft.record.resource,
      external_id: item.draft.record.external_id,
      external_activity_record_id: outcome!.id,
      code: 'canonical_write_failed',
      message,
      path,
    });
  });
}

/**
 * Writes drafts in chunks of {@link DRAFTS_PER_TRANSACTION}, each in one transaction. A chunk that breaks a
 * storage rule is written again record by record, so that only the offending records fail (kept raw, with a
 * `canonical_write_failed` failure) and no half-written canonical row remains. Storage failures are thrown.
 *
 * @internal
 */
export async function writeDrafts(scope: IngestScope, items: readonly DraftItem[]): Promise<void> {
  for (const chunk of chunksWithoutRepeats(items, DRAFTS_PER_TRANSACTION, ELEMENTS_PER_TRANSACTION)) {
    await resolveSlugs(scope, chunk);
    const kept = activitiesFirst(await dropKeptRecords(scope, chunk));
    if (kept.length === 0) continue;
    try {
      await attempt(scope, (sub) => scope.storage.transaction((tx) => applyChunk(sub, tx, kept)));
    } catch (error) {
      if (!isDataError(error)) throw error;
      for (const item of kept) {
        try {
          await attempt(scope, (sub) => scope.storage.transaction((tx) => applyChunk(sub, tx, [item])));
        } catch (single) {
          if (!isDataError(single)) throw single;
          await storeUnwritable(scope, item, single);
        }
      }
    }
    scope.drafts.clear();
  }
}

/** The raw record to keep beside a failure that names a record and parsed. */
function failedRawRecord(scope: IngestScope, result: NormalizationResult, failure: RecordFailure, resource: ProviderResource | undefined, resourceName: string | null) {
  return rawRecordInsert(
    {
      normalizer: result.normalizer,
      record: {
        provider: scope.provider,
        resource: resource?.recordResources[0] ?? resourceName ?? result.normalizer.id.split('.')[1]!,
        external_id: failure.external_id!,
        parent_external_id: null,
        legacy_external_id: null,
        record_kind: resource?.recordKind ?? 'other',
        activity_type_raw: null,
        start_time: null,
        end_time: null,
        timezone_raw: null,
        utc_offset_minutes: null,
        raw_payload: failure.raw_payload!,
      },
    },
    {
      userId: scope.userId,
      runId: scope.run.id,
      now: scope.now(),
      ids: scope.ids,
      id: scope.ids('raw'),
      status: 'failed',
      error: `${failure.failure.code}: ${failure.failure.message}`,
    },
  );
}

/**
 * Records the failures of a normalization result on the run: a failure that names a record and parsed keeps that
 * record in the raw lake (status `failed`) with the failure beside it; any other keeps the parsed payload, or the
 * raw text when it was not JSON at all (`rawText`).
 *
 * @internal
 */
export async function writeFailures(
  scope: IngestScope,
  result: NormalizationResult,
  resource: ProviderResource | undefined,
  resourceName: string | null,
  rawText: string | null,
): Promise<void> {
  for (const failure of result.failures) {
    scope.tally.add('seen');
    await scope.storage.transaction(async (tx) => {
      let recordId: ExternalActivityRecordId | null = null;
      if (failure.external_id !== null && failure.raw_payload !== null) {
        const raw = failedRawRecord(scope, result, failure, resource, resourceName);
        const [outcome] = await tx.externalActivityRecords.upsertManyByExternalId([raw]);
        recordId = outcome!.id;
        if (outcome!.outcome === 'unchanged') {
          await tx.externalActivityRecords.update(scope.userId, recordId, { normalization_status: 'failed', normalization_error: raw.normalization_error ?? null });
        }
      }
      await recordFailure(scope, tx, {
        resource: resourceName,
        external_id: failure.external_id,
        external_activity_record_id: recordId,
        code: failure.failure.code,
        message: failure.failure.message,
        path: failure.failure.path,
        raw_payload_json: recordId === null ? failure.raw_payload : null,
        raw_text: recordId === null && failure.raw_payload === null ? rawText : null,
      });
    });
  }
  scope.tally.add('seen', result.skipped.length);
  scope.tally.add('skipped', result.skipped.length);
}
