import type { ExternalActivityRecordRow, TrainkitRepositories } from '@trainkit/core';
import type { NormalizationResult, ProviderRecordDraft } from '@trainkit/providers';
import { attachActivity, detachActivity } from './activity-identity.js';
import { recordFailure, renormalizeStored, type IngestScope } from './ingest-scope.js';
import { emptyPendingRows, writeRecordRows } from './record-rows.js';
import { attempt, draftWeight, ELEMENTS_PER_TRANSACTION, isDataError } from './write-drafts.js';

/** Raw records read per page at most. */
export const REPLAY_PAGE = 200;

/** Raw records read by the first page, before the weight of the lake's records is known. */
const FIRST_REPLAY_PAGE = 25;

/**
 * The element budget of one page (draft weights): a page of heavy records (long FIT files, whose payloads and drafts
 * hold tens of thousands of values each) is followed by a smaller one, a page of light records by a full one.
 */
const REPLAY_PAGE_WEIGHT = 4 * ELEMENTS_PER_TRANSACTION;

/** Rebuilds the canonical rows of one stored record from its draft, writing only what differs. */
async function replayRecord(scope: IngestScope, tx: TrainkitRepositories, record: ExternalActivityRecordRow, draft: ProviderRecordDraft): Promise<void> {
  const before = scope.tally.changes;
  scope.drafts.set(record.id, draft);
  const instanceId = draft.activity === null ? null : await attachActivity(scope, tx, record, draft);
  if (draft.activity === null) await detachActivity(scope, tx, record);
  await writeRecordRows(scope, tx, record, draft, instanceId, 'reconcile', emptyPendingRows());
  if (record.normalization_status !== 'normalized' || record.normalizer_id !== draft.normalizer.id || record.normalizer_version !== draft.normalizer.version) {
    await tx.externalActivityRecords.update(scope.userId, record.id, {
      normalization_status: 'normalized',
      normalization_error: null,
      normalizer_id: draft.normalizer.id,
      normalizer_version: draft.normalizer.version,
      normalized_at: scope.now(),
    });
    scope.tally.changes += 1;
  }
  scope.tally.add('seen');
  scope.tally.add(scope.tally.changes > before ? 'updated' : 'unchanged');
}

/** A stored record and its draft from the current normalizer. */
interface ReplayEntry {
  readonly record: ExternalActivityRecordRow;
  readonly draft: ProviderRecordDraft;
}

/**
 * Normalizes one stored record again (`memo` keeps a FIT file's result for its session records); a record no
 * normalizer reads again is skipped (`undefined`), one that fails now is recorded as a failure (`undefined`).
 */
async function normalizeAgain(scope: IngestScope, record: ExternalActivityRecordRow, memo: Map<string, NormalizationResult>): Promise<ReplayEntry | undefined> {
  const result = await renormalizeStored(scope, scope.storage, record, memo);
  if (result === undefined) {
    scope.tally.add('seen');
    scope.tally.add('skipped');
    return undefined;
  }
  const draft = result.drafts.find((candidate) => candidate.record.external_id === record.external_id);
  if (draft !== undefined) {
    if (draft.activity !== null) await scope.catalog.activity(draft.activity.activity_definition_slug);
    for (const set of draft.strength_sets) if (set.movement_slug !== null) await scope.catalog.movement(set.movement_slug);
    return { record, draft };
  }
  scope.tally.add('seen');
  if (result.failures.length === 0 && result.skipped.length > 0) {
    scope.tally.add('skipped');
    return undefined;
  }
  const failure = (result.failures.find((failed) => failed.external_id === record.external_id) ?? result.failures[0])?.failure ?? {
    code: 'normalizer_error',
    message: 'the normalizer returned no draft for the record',
    path: [],
  };
  await scope.storage.transaction(async (tx) => {
    await recordFailure(scope, tx, {
      resource: record.resource,
      external_id: record.external_id,
      external_activity_record_id: record.id,
      code: failure.code,
      message: failure.message,
      path: failure.path,
    });
    if (record.normalization_status !== 'failed') {
      await tx.externalActivityRecords.update(scope.userId, record.id, { normalization_status: 'failed', normalization_error: `${failure.code}: ${failure.message}` });
    }
  });
  return undefined;
}

/**
 * Rewrites the rows of a batch of records in one transaction, activities first; when the batch breaks a storage
 * rule, record by record, so that only the offending records fail (`canonical_write_failed`).
 */
async function replayBatch(scope: IngestScope, batch: readonly ReplayEntry[]): Promise<void> {
  const ordered = [...batch.filter((entry) => entry.draft.activity !== null), ...batch.filter((entry) => entry.draft.activity === null)];
  try {
    await attempt(scope, (sub) =>
      scope.storage.transaction(async (tx) => {
        for (const { record, draft } of ordered) await replayRecord(sub, tx, record, draft);
      }),
    );
  } catch (error) {
    if (!isDataError(error)) throw error;
    for (const { record, draft } of ordered) {
      try {
        await attempt(scope, (sub) => scope.storage.transaction((tx) => replayRecord(sub, tx, record, draft)));
      } catch (single) {
        if (!isDataError(single)) throw single;
        scope.tally.add('seen');
        await scope.storage.transaction((tx) =>
          recordFailure(scope, tx, {
            resource: record.resource,
            external_id: record.external_id,
            external_activity_record_id: record.id,
            code: 'canonical_write_failed',
            message: single instanceof Error ? single.message : String(single),
            path: [],
          }),
        );
      }
    }
  }
  scope.drafts.clear();
}

/**
 * Replays every raw record of the scope's provider, page by page in id order: normalized again with the current
 * normalizers, then each record's canonical rows compared with what it yields and rewritten only where they differ
 * (same ids otherwise), so a replay of an unchanged lake changes no row. Records from files are read again too: Apple
 * Health records from their own payload, FIT records from the decoded messages of their file's record. Records no
 * normalizer reads again keep their rows and count as skipped; records that fail now keep their rows and count as
 * failed. Memory stays flat whatever the records weigh: a page is written in one transaction, or in several once its
 * drafts hold {@link ELEMENTS_PER_TRANSACTION} elements (long FIT files: tens of thousands of samples each), and the
 * next page reads fewer records after a heavy page ({@link REPLAY_PAGE} at most). Once `signal` is aborted it stops
 * before the next page; it returns whether it replayed every page.
 *
 * @internal
 */
export async function replayRecords(scope: IngestScope, onPage: (records: number) => Promise<void> | void, signal?: AbortSignal): Promise<boolean> {
  let offset = 0;
  let limit = FIRST_REPLAY_PAGE;
  for (;;) {
    if (signal?.aborted === true) return false;
    const page = await scope.storage.externalActivityRecords.list(scope.userId, {
      where: { provider: scope.provider },
      orderBy: [{ column: 'id' }],
      limit,
      offset,
    });
    if (page.length === 0) break;
    offset += page.length;
    const memo = new Map<string, NormalizationResult>();
    let batch: ReplayEntry[] = [];
    let weight = 0;
    let pageWeight = 0;
    for (const record of page) {
      const entry = await normalizeAgain(scope, record, memo);
      if (entry === undefined) continue;
      const entryWeight = draftWeight(entry.draft);
      batch.push(entry);
      weight += entryWeight;
      pageWeight += entryWeight;
      if (weight >= ELEMENTS_PER_TRANSACTION) {
        await replayBatch(scope, batch);
        batch = [];
        weight = 0;
        memo.clear();
      }
    }
    if (batch.length > 0) await replayBatch(scope, batch);
    scope.drafts.clear();
    await onPage(offset);
    limit = Math.max(1, Math.min(REPLAY_PAGE, Math.floor((page.length * REPLAY_PAGE_WEIGHT) / Math.max(pageWeight, 1))));
  }
  return true;
}
