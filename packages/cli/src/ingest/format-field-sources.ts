import type { ActivityMergeDecisionRow } from '@trainkit/core';
import { MERGE_FIELDS, type ActivityWithSources } from '@trainkit/ingest';

/**
 * What the athlete's own entry is called where a field came from it: a manual log, or the log of a planned session
 * performed (an activity of source `planned`).
 */
const OWN_ENTRY: Readonly<Record<string, string>> = { manual: 'the manual log', planned: "the planned session's log" };

/**
 * Which source each field group of a merged activity came from, by the latest merge decision that recorded it:
 * the provider of the raw record (`garmin`), or `the manual log` / `the planned session's log` for the athlete's own entry. Keys are the
 * merge policy's field groups (`timing`, `heart_rate`, ...), so the decision's snapshot of the entry's own values
 * (`origin.*`) is left out.
 *
 * @example
 * ```ts
 * fieldSourcesOf(activityWithSources); // { timing: 'garmin', heart_rate: 'garmin', title: 'strava', subjective: 'the manual log' }
 * ```
 */
export function fieldSourcesOf(activity: Pick<ActivityWithSources, 'sources' | 'decisions'>): Record<string, string> {
  const latest = [...activity.decisions].reverse().find((decision: ActivityMergeDecisionRow) => decision.decision === 'merge' && decision.field_sources_json !== null);
  const providers = new Map(activity.sources.map((source) => [source.record.id as string, source.record.provider as string]));
  const result: Record<string, string> = {};
  for (const field of MERGE_FIELDS) {
    const key = latest?.field_sources_json?.[field];
    if (key === undefined) continue;
    result[field] = OWN_ENTRY[key] ?? providers.get(key) ?? key;
  }
  return result;
}

/**
 * The field sources on one line, grouped by source in the order they first appear:
 * `timing, heart_rate, distance from garmin; title from strava; subjective from the manual log`. Empty when the activity was
 * never merged.
 *
 * @example
 * ```ts
 * formatFieldSources({ timing: 'garmin', heart_rate: 'garmin', subjective: 'the manual log' }); // 'timing, heart_rate from garmin; subjective from the manual log'
 * ```
 */
export function formatFieldSources(fieldSources: Readonly<Record<string, string>>): string {
  const bySource = new Map<string, string[]>();
  for (const [field, source] of Object.entries(fieldSources)) bySource.set(source, [...(bySource.get(source) ?? []), field]);
  return [...bySource].map(([source, fields]) => `${fields.join(', ')} from ${source}`).join('; ');
}
