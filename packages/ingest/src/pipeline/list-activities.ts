import type { ActivityInstanceRow, ExternalActivityRecordId, LocalDate, TrainkitRepositories, UserId } from '@trainkit/core';
import type { ActivityWithSources, ExternalRecordSummary } from '../ingest-pipeline.js';
import { inChunks } from './record-rows.js';

const FIRST_DAY = '1900-01-01' as LocalDate;
const LAST_DAY = '2200-12-31' as LocalDate;

/**
 * Canonical activities of a user (local days `from`..`to`, inclusive), ordered by start, each with its raw records
 * (without payloads) and link kinds, and the merge and unmerge decisions about it.
 *
 * @internal
 */
export async function listActivitiesWithSources(
  repositories: TrainkitRepositories,
  userId: UserId,
  range: { readonly from?: LocalDate | undefined; readonly to?: LocalDate | undefined },
): Promise<ActivityWithSources[]> {
  const activities: ActivityInstanceRow[] = await repositories.activityInstances.listByLocalDate(userId, range.from ?? FIRST_DAY, range.to ?? LAST_DAY);
  const result: ActivityWithSources[] = [];
  for (const activity of activities) {
    const links = (await repositories.activityInstances.listLinks(userId, activity.id)).filter((link) => link.external_activity_record_id !== null);
    const records = new Map<string, ExternalRecordSummary>();
    for (const ids of inChunks(links.map((link) => link.external_activity_record_id as ExternalActivityRecordId))) {
      for (const row of await repositories.externalActivityRecords.list(userId, { where: { id: ids } })) {
        const { raw_payload_json: _payload, ...summary } = row;
        records.set(row.id, summary);
      }
    }
    const sources = links.flatMap((link) => {
      const record = records.get(link.external_activity_record_id!);
      return record === undefined ? [] : [{ record, link_kind: link.link_kind, match_confidence: link.match_confidence }];
    });
    sources.sort((a, b) => (a.link_kind === b.link_kind ? 0 : a.link_kind === 'source' ? -1 : b.link_kind === 'source' ? 1 : 0));
    const decisions = await repositories.activityMergeDecisions.listByActivity(userId, activity.id);
    result.push({ activity, sources, decisions });
  }
  return result;
}
