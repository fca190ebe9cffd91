/**
 * Test-only: dumps of everything the pipeline writes for one user, to compare databases.
 */
import type { TrainkitStorage, UserId } from '@trainkit/core';
import { canonicalJson } from '../lake/canonical-json.js';

/** Rows of every table the pipeline writes (runs and failures aside), exactly as stored, ordered by id. */
export async function exactDump(storage: TrainkitStorage, userId: UserId): Promise<Record<string, unknown>> {
  return {
    external_activity_records: await storage.externalActivityRecords.list(userId),
    external_record_revisions: await storage.externalRecordRevisions.list(userId),
    activity_instances: await storage.activityInstances.list(userId),
    activity_instance_links: await storage.activityInstanceLinks.list(userId),
    activity_merge_decisions: await storage.activityMergeDecisions.list(userId),
    activity_strength_sets: await storage.activityStrengthSets.list(userId),
    external_metric_streams: await storage.externalMetricStreams.list(userId),
    metric_samples: await storage.metricSamples.list(userId),
    recovery_signals: await storage.recoverySignals.list(userId),
    user_biometrics_history: await storage.biometrics.list(userId),
    daily_activity_totals: await storage.dailyActivityTotals.list(userId),
    user_profile: (await storage.userProfiles.find(userId)) ?? null,
  };
}

/** Drops bookkeeping columns and replaces ids by stable keys. */
function project(row: object, drop: readonly string[], keys: Readonly<Record<string, (value: string) => string>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (drop.includes(column)) continue;
    const key = keys[column];
    result[column] = key !== undefined && typeof value === 'string' ? key(value) : value;
  }
  return result;
}

function sorted(rows: readonly unknown[]): unknown[] {
  return [...rows].sort((a, b) => (canonicalJson(a) < canonicalJson(b) ? -1 : 1));
}

const BOOKKEEPING = ['id', 'created_at', 'updated_at', 'ingestion_run_id', 'normalized_at'];

/**
 * The content of the database independent of ingestion order and repetition: ids replaced by stable keys (a raw
 * record by provider and external id, an activity by its records), timestamps, run ids and revision history
 * dropped, merge decisions counted per activity, failures as a set of (code, record).
 */
export async function normalizedDump(storage: TrainkitStorage, userId: UserId): Promise<Record<string, unknown>> {
  const exact = await exactDump(storage, userId);
  const records = exact.external_activity_records as { id: string; provider: string; external_id: string }[];
  const recordKey = new Map(records.map((record) => [record.id, `${record.provider}:${record.external_id}`]));
  const links = exact.activity_instance_links as { activity_instance_id: string; external_activity_record_id: string | null }[];
  const instanceKey = new Map<string, string>();
  for (const instance of exact.activity_instances as { id: string; source: string }[]) {
    const own = links.filter((link) => link.activity_instance_id === instance.id).map((link) => recordKey.get(link.external_activity_record_id ?? '') ?? '?');
    instanceKey.set(instance.id, own.length === 0 ? instance.id : `[${own.sort().join(',')}]`);
  }
  const streams = exact.external_metric_streams as { id: string; external_activity_record_id: string; stream_type: string }[];
  const streamKey = new Map(streams.map((stream) => [stream.id, `${recordKey.get(stream.external_activity_record_id)}/${stream.stream_type}`]));
  const keys = {
    external_activity_record_id: (id: string) => recordKey.get(id) ?? id,
    external_record_id: (id: string) => recordKey.get(id) ?? id,
    activity_instance_id: (id: string) => instanceKey.get(id) ?? id,
    counterpart_instance_id: (id: string) => instanceKey.get(id) ?? id,
    external_metric_stream_id: (id: string) => streamKey.get(id) ?? id,
  };
  const decisions = new Map<string, number>();
  for (const decision of exact.activity_merge_decisions as { activity_instance_id: string; decision: string }[]) {
    const key = `${instanceKey.get(decision.activity_instance_id)}:${decision.decision}`;
    decisions.set(key, (decisions.get(key) ?? 0) + 1);
  }
  const failures = new Set(
    (await storage.ingestionFailures.list(userId)).map((failure) => canonicalJson([failure.code, failure.provider, failure.resource, failure.external_id, failure.path_json])),
  );
  return {
    external_activity_records: sorted(records.map((row) => project(row, [...BOOKKEEPING, 'revision'], {}))),
    activity_instances: sorted((exact.activity_instances as object[]).map((row) => ({ key: instanceKey.get((row as { id: string }).id), ...project(row, BOOKKEEPING, {}) }))),
    activity_instance_links: sorted(links.map((row) => project(row, BOOKKEEPING, keys))),
    activity_merge_decisions: Object.fromEntries([...decisions.entries()].sort()),
    activity_strength_sets: sorted((exact.activity_strength_sets as object[]).map((row) => project(row, BOOKKEEPING, keys))),
    external_metric_streams: sorted(streams.map((row) => project(row, BOOKKEEPING, keys))),
    metric_samples: sorted((exact.metric_samples as object[]).map((row) => project(row, BOOKKEEPING, keys))),
    recovery_signals: sorted((exact.recovery_signals as object[]).map((row) => project(row, BOOKKEEPING, keys))),
    user_biometrics_history: sorted((exact.user_biometrics_history as object[]).map((row) => project(row, BOOKKEEPING, keys))),
    daily_activity_totals: sorted((exact.daily_activity_totals as object[]).map((row) => project(row, BOOKKEEPING, keys))),
    user_profile: exact.user_profile === null ? null : project(exact.user_profile as object, BOOKKEEPING, {}),
    failures: [...failures].sort(),
  };
}
