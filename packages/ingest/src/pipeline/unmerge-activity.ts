import {
  NotFoundError,
  ValidationError,
  type ActivityInstanceId,
  type ActivityInstanceInsert,
  type ActivityMergeDecisionInsert,
  type ExternalActivityRecordId,
  type TrainkitRepositories,
} from '@trainkit/core';
import type { UnmergeResult } from '../ingest-pipeline.js';
import { draftValuesIn, recomputeInstance } from './activity-identity.js';
import { draftFor, type IngestScope } from './ingest-scope.js';
import { emptyPendingRows, writeRecordRows } from './record-rows.js';
import { rebuildChildren } from './write-drafts.js';

/**
 * Splits raw records out of a merged activity: each becomes its own activity (values from its own draft), linked as
 * its `source`, with an `unmerge` decision naming the activity it was split from; that activity is rebuilt from
 * what remains, and the record's samples move with it. Matching never merges the record into that activity again,
 * a replay included. One transaction.
 *
 * @internal
 */
export async function unmergeActivity(
  scopeFor: (tx: TrainkitRepositories, recordRunId: string) => Promise<IngestScope>,
  storage: IngestScope['storage'],
  input: { readonly userId: IngestScope['userId']; readonly activityInstanceId: ActivityInstanceId; readonly externalRecordId?: string },
): Promise<UnmergeResult> {
  return storage.transaction(async (tx) => {
    const user = input.userId;
    const instance = await tx.activityInstances.get(user, input.activityInstanceId);
    const links = (await tx.activityInstances.listLinks(user, instance.id)).filter((link) => link.external_activity_record_id !== null);
    let targets = instance.source === 'provider' ? links.filter((link) => link.link_kind === 'duplicate') : links;
    if (input.externalRecordId !== undefined) {
      targets = links.filter((link) => link.external_activity_record_id === input.externalRecordId);
      if (targets.length === 0) throw new NotFoundError('activity_instance_links', `${instance.id}/${input.externalRecordId}`);
    }
    if (instance.source === 'provider' && targets.length >= links.length) targets = targets.filter((link) => link.link_kind !== 'source');
    if (targets.length === 0) {
      throw new ValidationError('unmerge', [
        { path: 'activityInstanceId', rule: 'not_merged', message: `activity ${instance.id} has no merged record to split out` },
      ]);
    }
    const split: { externalRecordId: string; activity: UnmergeResult['split'][number]['activity'] }[] = [];
    const decisions: UnmergeResult['decisions'][number][] = [];
    let remainingScope: IngestScope | undefined;
    for (const link of targets) {
      const record = await tx.externalActivityRecords.get(user, link.external_activity_record_id as ExternalActivityRecordId);
      const scope = await scopeFor(tx, record.ingestion_run_id);
      remainingScope ??= scope;
      await tx.activityInstanceLinks.delete(user, link.id);
      const draft = await draftFor(scope, tx, record);
      const values = draft === undefined ? null : await draftValuesIn(scope, tx, draft);
      const now = scope.now();
      const activityId = scope.ids('act') as ActivityInstanceId;
      const base = values ?? {
        performed_start: instance.performed_start,
        performed_end: instance.performed_end,
        timezone: instance.timezone,
        utc_offset_minutes: instance.utc_offset_minutes,
        local_date: instance.local_date,
        duration_seconds: instance.duration_seconds,
        activity_definition_id: instance.activity_definition_id,
        discipline_id: instance.discipline_id,
      };
      const row: ActivityInstanceInsert = {
        ...base,
        id: activityId,
        user_id: user,
        source: 'provider',
        provider: record.provider,
        ingestion_run_id: record.ingestion_run_id,
        normalizer_id: draft?.normalizer.id ?? record.normalizer_id,
        normalizer_version: draft?.normalizer.version ?? record.normalizer_version,
        created_at: now,
        updated_at: now,
      };
      await tx.activityInstances.insert(row);
      await tx.activityInstances.link({ id: scope.ids('link') as never, user_id: user, activity_instance_id: activityId, external_activity_record_id: record.id, link_kind: 'source', created_at: now });
      const rebuilt = await recomputeInstance(scope, tx, activityId);
      if (draft !== undefined) await writeRecordRows(scope, tx, record, draft, activityId, 'reconcile', emptyPendingRows());
      await rebuildChildren(scope, tx, record);
      const decision: ActivityMergeDecisionInsert = {
        id: scope.ids('merge') as ActivityMergeDecisionInsert['id'],
        user_id: user,
        activity_instance_id: activityId,
        external_activity_record_id: record.id,
        counterpart_instance_id: instance.id,
        decision: 'unmerge',
        confidence: null,
        reasons_json: ['unmerged by the user', `split from ${instance.id}`],
        field_sources_json: null,
        ingestion_run_id: null,
        created_at: now,
      };
      decisions.push(await tx.activityMergeDecisions.insert(decision));
      split.push({ externalRecordId: record.id, activity: rebuilt?.instance ?? (await tx.activityInstances.get(user, activityId)) });
    }
    const remaining = (await recomputeInstance(remainingScope!, tx, instance.id))?.instance ?? instance;
    return { remaining, split, decisions };
  });
}
