import { utcOffsetMinutesAt, type ActivityInstanceRow, type ActivityMergeDecisionRow } from '@trainkit/core';
import type { ActivityWithSources } from '@trainkit/ingest';
import { findCatalogActivity } from 'trainkit';
import { formatDuration, formatNumber } from '../format/format-quantity.js';
import { formatTable } from '../format/format-table.js';
import { fieldSourcesOf, formatFieldSources } from './format-field-sources.js';

/** `07:04`: the local wall-clock time of the start (its IANA zone when known, else its offset). */
function localTime(activity: ActivityInstanceRow): string {
  const offset = activity.timezone === null ? activity.utc_offset_minutes : utcOffsetMinutesAt(activity.performed_start, activity.timezone);
  return new Date(Date.parse(activity.performed_start) + offset * 60_000).toISOString().slice(11, 16);
}

/** The catalog's name of the activity's definition (`Running`), else its title, else `-`. */
export function activityName(activity: Pick<ActivityInstanceRow, 'activity_definition_id' | 'title'>): string {
  const definition = activity.activity_definition_id === null ? undefined : findCatalogActivity(activity.activity_definition_id);
  return definition?.name ?? activity.title ?? '-';
}

/** `0.95`, or `-` when unknown. */
function confidence(value: number | null): string {
  return value === null ? '-' : value.toFixed(2);
}

/**
 * One merge or unmerge decision on one line: `merge 0.95 (run run_02): same category; starts 38 s apart; 98 % overlap`.
 *
 * @example
 * ```ts
 * formatDecision(decisionRow);
 * ```
 */
export function formatDecision(decision: ActivityMergeDecisionRow): string {
  const run = decision.ingestion_run_id === null ? 'by hand' : `run ${decision.ingestion_run_id}`;
  const reasons = decision.reasons_json.length === 0 ? '' : `: ${decision.reasons_json.join('; ')}`;
  return `${decision.decision} ${confidence(decision.confidence)} (${run})${reasons}`;
}

/**
 * `trainkit activities` as text: one table row per canonical activity (local day and time, activity, title,
 * duration, distance, average heart rate, id), and under each its sources (link kind, provider, resource, external
 * id, match confidence, raw record id and revision), its merge / unmerge decisions with their reasons, and which
 * source each field group comes from.
 *
 * @example
 * ```ts
 * io.stdout.write(formatActivities(await trainkit.ingest.listActivities({ userId: 'u1' })));
 * ```
 */
export function formatActivities(activities: readonly ActivityWithSources[]): string {
  if (activities.length === 0) return 'no activities\n';
  const table = formatTable(
    [
      { header: 'Day' }, { header: 'Time' }, { header: 'Activity' }, { header: 'Title' }, { header: 'Duration', align: 'right' },
      { header: 'Distance', align: 'right' }, { header: 'Avg HR', align: 'right' }, { header: 'Id' },
    ],
    activities.map(({ activity }) => [
      activity.local_date,
      localTime(activity),
      activityName(activity),
      activity.title ?? '',
      activity.duration_seconds === null ? '-' : formatDuration(activity.duration_seconds),
      activity.distance_m === null ? '-' : `${formatNumber(activity.distance_m / 1000, 2, 2)} km`,
      activity.avg_hr_bpm === null ? '-' : `${Math.round(activity.avg_hr_bpm)} bpm`,
      activity.id,
    ]),
  ).split('\n');
  const lines = table.slice(0, 2);
  activities.forEach(({ activity, sources, decisions }, index) => {
    lines.push(table[2 + index] ?? '');
    if (sources.length === 0) lines.push(`    ${activity.source === 'provider' ? 'provider' : activity.source} entry, no raw records`);
    for (const source of sources) {
      const { record } = source;
      const match = source.match_confidence === null ? '' : ` (match ${confidence(source.match_confidence)})`;
      lines.push(`    ${source.link_kind.padEnd(9)}  ${record.provider} ${record.resource ?? record.record_kind} ${record.external_id}${match}, raw ${record.id} r${record.revision}`);
    }
    for (const decision of decisions) lines.push(`    ${formatDecision(decision)}`);
    const fields = formatFieldSources(fieldSourcesOf({ sources, decisions }));
    if (fields !== '') lines.push(`    fields: ${fields}`);
  });
  return `${lines.join('\n')}\n`;
}

/**
 * `trainkit activities --json`: each activity row (with its catalog `activity_name`) with its sources (the raw records
 * without their payloads, with link kind and match confidence), its decisions as listed by the pipeline, and
 * `field_sources`: where each field group comes from now (see `fieldSourcesOf`).
 *
 * @example
 * ```ts
 * JSON.stringify(activitiesJson(list));
 * ```
 */
export function activitiesJson(activities: readonly ActivityWithSources[]) {
  return activities.map(({ activity, sources, decisions }) => ({
    activity: { ...activity, activity_name: activityName(activity) },
    sources,
    decisions,
    field_sources: fieldSourcesOf({ sources, decisions }),
  }));
}
