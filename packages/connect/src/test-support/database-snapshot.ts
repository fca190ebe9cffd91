/**
 * Test-only (not published): the content of a user's canonical tables and raw lake, independent of run ids,
 * timestamps, row ids, revision history and the order things were ingested in, to compare a resumed sync with an
 * uninterrupted one.
 */
import type { TrainkitStorage, UserId } from '@trainkit/core';

const BOOKKEEPING = ['id', 'created_at', 'updated_at', 'ingestion_run_id', 'normalized_at', 'revision'];

/** JSON with object keys sorted, so equal content serializes equally. */
function stable(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner !== null && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : inner,
  );
}

function project(row: object, keys: Readonly<Record<string, (id: string) => string>>): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const [column, value] of Object.entries(row)) {
    if (BOOKKEEPING.includes(column)) continue;
    const key = keys[column];
    result[column] = key !== undefined && typeof value === 'string' ? key(value) : value;
  }
  return result;
}

function sorted(rows: readonly Record<string, unknown>[]): Record<string, unknown>[] {
  return [...rows].sort((a, b) => (stable(a) < stable(b) ? -1 : stable(a) > stable(b) ? 1 : 0));
}

/**
 * Every canonical table and the raw lake of `userId` with ids replaced by stable keys (a raw record by
 * `provider:external_id`, an activity by its linked records, a stream by record and type), bookkeeping columns
 * dropped, rows sorted; merge decisions counted per activity; failures as a sorted set of (provider, resource,
 * code, external id, raw text).
 *
 * @example
 * ```ts
 * expect(await databaseSnapshot(resumed.storage, userId)).toEqual(await databaseSnapshot(uninterrupted.storage, userId));
 * ```
 */
export async function databaseSnapshot(storage: TrainkitStorage, userId: UserId): Promise<Record<string, unknown>> {
  const records = await storage.externalActivityRecords.list(userId);
  const recordKey = new Map(records.map((record) => [record.id as string, `${record.provider}:${record.external_id}`]));
  const links = await storage.activityInstanceLinks.list(userId);
  const instances = await storage.activityInstances.list(userId);
  const instanceKey = new Map<string, string>();
  for (const instance of instances) {
    const own = links
      .filter((link) => link.activity_instance_id === instance.id)
      .map((link) => recordKey.get(link.external_activity_record_id ?? '') ?? '?')
      .sort();
    instanceKey.set(instance.id, own.length === 0 ? `manual:${instance.id}` : `[${own.join(',')}]`);
  }
  const streams = await storage.externalMetricStreams.list(userId);
  const streamKey = new Map(streams.map((stream) => [stream.id as string, `${recordKey.get(stream.external_activity_record_id)}/${stream.stream_type}`]));
  const keys = {
    external_activity_record_id: (id: string) => recordKey.get(id) ?? id,
    external_record_id: (id: string) => recordKey.get(id) ?? id,
    activity_instance_id: (id: string) => instanceKey.get(id) ?? id,
    counterpart_instance_id: (id: string) => instanceKey.get(id) ?? id,
    external_metric_stream_id: (id: string) => streamKey.get(id) ?? id,
  };
  const decisions: Record<string, number> = {};
  for (const decision of await storage.activityMergeDecisions.list(userId)) {
    const key = `${instanceKey.get(decision.activity_instance_id)}:${decision.decision}`;
    decisions[key] = (decisions[key] ?? 0) + 1;
  }
  const failures = [
    ...new Set(
      (await storage.ingestionFailures.list(userId)).map((failure) => stable([failure.provider, failure.resource, failure.code, failure.external_id, failure.raw_text])),
    ),
  ].sort();
  const profile = await storage.userProfiles.find(userId);
  return {
    external_activity_records: sorted(records.map((row) => project(row, {}))),
    activity_instances: sorted(instances.map((row) => ({ key: instanceKey.get(row.id), ...project(row, {}) }))),
    activity_instance_links: sorted(links.map((row) => project(row, keys))),
    activity_merge_decisions: Object.fromEntries(Object.entries(decisions).sort()),
    activity_strength_sets: sorted((await storage.activityStrengthSets.list(userId)).map((row) => project(row, keys))),
    external_metric_streams: sorted(streams.map((row) => project(row, keys))),
    metric_samples: sorted((await storage.metricSamples.list(userId)).map((row) => project(row, keys))),
    recovery_signals: sorted((await storage.recoverySignals.list(userId)).map((row) => project(row, keys))),
    user_biometrics_history: sorted((await storage.biometrics.list(userId)).map((row) => project(row, keys))),
    daily_activity_totals: sorted((await storage.dailyActivityTotals.list(userId)).map((row) => project(row, keys))),
    user_profile: profile === undefined ? null : project(profile, {}),
    failures,
  };
}

/**
 * How many rows each canonical table and the raw lake hold for `userId`.
 *
 * @example
 * ```ts
 * expect((await tableCounts(storage, userId)).activity_instances).toBe(10);
 * ```
 */
export async function tableCounts(storage: TrainkitStorage, userId: UserId): Promise<Record<string, number>> {
  return {
    external_activity_records: (await storage.externalActivityRecords.list(userId)).length,
    activity_instances: (await storage.activityInstances.list(userId)).length,
    external_metric_streams: (await storage.externalMetricStreams.list(userId)).length,
    metric_samples: (await storage.metricSamples.list(userId)).length,
    recovery_signals: (await storage.recoverySignals.list(userId)).length,
    user_biometrics_history: (await storage.biometrics.list(userId)).length,
    daily_activity_totals: (await storage.dailyActivityTotals.list(userId)).length,
    ingestion_failures: (await storage.ingestionFailures.list(userId)).length,
  };
}
