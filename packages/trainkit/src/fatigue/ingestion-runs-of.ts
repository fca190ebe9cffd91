import type { ActivityInstanceId, ExternalActivityRecordId, TrainkitRepositories, UserId } from '@trainkit/core';
import { idChunks } from '../collections/id-chunks.js';

/**
 * Internal: the ingestion runs whose data the given activities hold: each activity's own run (the run that last
 * wrote it) and, for an activity merged from several raw records (cross-provider dedup), the run that stored each
 * of those records, since every one of them may have supplied fields. Distinct, sorted.
 */
export async function ingestionRunsOf(
  repositories: TrainkitRepositories,
  userId: UserId,
  activities: readonly { readonly id: string; readonly ingestionRunId: string | null }[],
): Promise<string[]> {
  const runs = new Set<string>();
  for (const activity of activities) if (activity.ingestionRunId !== null) runs.add(activity.ingestionRunId);
  const recordsByActivity = new Map<string, ExternalActivityRecordId[]>();
  for (const ids of idChunks(activities.map((activity) => activity.id as ActivityInstanceId))) {
    for (const link of await repositories.activityInstanceLinks.list(userId, { where: { activity_instance_id: ids } })) {
      if (link.external_activity_record_id === null) continue;
      const list = recordsByActivity.get(link.activity_instance_id) ?? [];
      list.push(link.external_activity_record_id);
      recordsByActivity.set(link.activity_instance_id, list);
    }
  }
  // A single-record activity was written by the run that stored its record; only merged ones hold other runs' data.
  const merged = [...recordsByActivity.values()].filter((records) => records.length > 1).flat();
  for (const ids of idChunks(merged)) {
    for (const record of await repositories.externalActivityRecords.list(userId, { where: { id: ids } })) runs.add(record.ingestion_run_id);
  }
  return [...runs].sort();
}
