import type { ActivityWithSources } from '@trainkit/ingest';
import { formatNumber } from '../format/format-quantity.js';
import { activityName } from '../ingest/format-activities.js';
import { fieldSourcesOf, formatFieldSources } from '../ingest/format-field-sources.js';
import type { DemoIngestedPayload } from './ingest-demo-providers.js';

/** What a payload was, in a few words: `FIT file`, `export.xml`, or the API resource. */
function inputOf(ingested: DemoIngestedPayload): string {
  const { payload } = ingested;
  if (payload.kind === 'api') return payload.resource;
  return payload.kind === 'fit' ? 'FIT file' : payload.name;
}

/** What the athlete's own entry is called in the demo's list of an activity's entries. */
const OWN_ENTRY: Readonly<Record<string, string>> = {
  manual: 'the athlete\'s log',
  planned: 'the athlete\'s log of the planned session',
};

function plural(count: number, word: string): string {
  return `${formatNumber(count)} ${word}${count === 1 ? '' : 's'}`;
}

/**
 * What the demo shows of its ingestion: per run the provider, what it read, the run id, status, counts and merges;
 * the raw records stored; and every activity that merged records of one session (from several providers and the
 * athlete's own log), with its sources, the merge decisions (confidence and reasons) and where each field came from.
 * `json` goes under `ingestion` in `trainkit demo --json`, `text` into the report.
 *
 * @example
 * ```ts
 * const { json, text } = describeDemoIngestion(userId, ingested, await trainkit.ingest.listActivities({ userId }));
 * ```
 */
export function describeDemoIngestion(
  userId: string,
  ingested: readonly DemoIngestedPayload[],
  activities: readonly ActivityWithSources[],
): { readonly json: unknown; readonly text: string } {
  const runs = ingested.map((entry) => ({
    provider: entry.summary.run.provider,
    input: inputOf(entry),
    run_id: entry.summary.run.id,
    kind: entry.summary.run.kind,
    status: entry.summary.run.status,
    counts: entry.summary.counts,
    merges: entry.summary.merges,
  }));
  const rawRecords = runs.reduce((sum, run) => sum + run.counts.new + run.counts.updated, 0);
  const providers = [...new Set(runs.map((run) => run.provider))];
  const merged = activities
    .filter(({ decisions }) => decisions.some((decision) => decision.decision === 'merge'))
    .map((entry) => {
      const { activity, sources, decisions } = entry;
      const decisionOf = (recordId: string) => decisions.filter((decision) => decision.external_activity_record_id === recordId).at(-1);
      return {
        activity_id: activity.id,
        activity_name: activityName(activity),
        title: activity.title,
        local_date: activity.local_date,
        own_entry: activity.source === 'provider' ? null : activity.source,
        sources: sources.map(({ record, link_kind, match_confidence }) => {
          const decision = decisionOf(record.id);
          return {
            provider: record.provider,
            resource: record.resource,
            external_id: record.external_id,
            raw_record_id: record.id,
            ingestion_run_id: record.ingestion_run_id,
            link_kind,
            match_confidence,
            merge_confidence: decision?.confidence ?? null,
            reasons: decision?.reasons_json ?? [],
          };
        }),
        field_sources: fieldSourcesOf(entry),
      };
    });

  const lines = [
    `Imported ${runs.length} ingestion runs from ${providers.length} providers (${providers.join(', ')}), ${formatNumber(rawRecords)} raw records kept as received:`,
    ...runs.map(
      (run) =>
        `  ${run.provider.padEnd(12)} ${run.input.padEnd(16)} ${run.status.padEnd(9)} ${plural(run.counts.seen, 'record').padEnd(10)}` +
        `  run ${run.run_id}${run.merges > 0 ? `, ${plural(run.merges, 'merge')}` : ''}`,
    ),
  ];
  if (merged.length > 0) lines.push('', 'One session, one activity: records of the same session merged, with their provenance');
  for (const activity of merged) {
    const title = activity.title !== null && activity.title !== activity.activity_name ? ` "${activity.title}"` : '';
    const own = activity.own_entry === null ? '' : `${OWN_ENTRY[activity.own_entry] ?? activity.own_entry} and `;
    lines.push(`  ${activity.activity_name}${title} on ${activity.local_date}: 1 activity (${activity.activity_id}) from ${own}${plural(activity.sources.length, 'provider record')}`);
    for (const source of activity.sources) {
      const confidence = source.match_confidence ?? source.merge_confidence;
      const match = confidence === null ? '' : `, match ${confidence.toFixed(2)}`;
      const why = source.reasons.length === 0 ? '' : `: ${source.reasons.join(', ')}`;
      lines.push(`    ${source.provider} ${source.resource ?? ''} ${source.external_id} (${source.link_kind}${match}${why})`);
    }
    const fields = formatFieldSources(activity.field_sources);
    if (fields !== '') lines.push(`    fields: ${fields}`);
  }
  if (merged.length > 0) lines.push(`  Every activity with its sources and decisions: trainkit activities --user ${userId}`);
  return { json: { runs, raw_records: rawRecords, providers, merged_activities: merged }, text: `${lines.join('\n')}\n` };
}
