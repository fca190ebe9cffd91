import type {
  ActivityInstanceId,
  DailyActivityTotalInsert,
  ExternalActivityRecordId,
  ExternalMetricStreamId,
  ExternalMetricStreamInsert,
  MetricSampleInsert,
  Provider,
  RecoverySignalInsert,
  TrainkitRepositories,
  UserBiometricInsert,
} from '@trainkit/core';
import type { MetricSampleDraft, ProfileDraft, ProviderRecordDraft } from '@trainkit/providers';
import { canonicalJson } from '../lake/canonical-json.js';
import { resourceForStoredRecord } from '../registry/provider-resources.js';
import { biometricRows, dailyTotalRows, recoverySignalRows, streamRows, type RowContext } from './canonical-rows.js';
import type { IngestScope } from './ingest-scope.js';

/** Rows per `IN (...)` list, well below every dialect's bound-parameter limit. */
export const IN_LIST_CHUNK = 500;

/**
 * The raw record a draft was stored as: what row building needs.
 *
 * @internal
 */
export interface RecordRef {
  readonly id: ExternalActivityRecordId;
  readonly provider: Provider;
  readonly external_id: string;
  readonly resource: string | null;
  readonly parent_external_id: string | null;
}

/**
 * Rows of records stored for the first time, collected across a chunk and written with a few bulk statements.
 *
 * @internal
 */
export interface PendingRows {
  readonly streams: ExternalMetricStreamInsert[];
  readonly samples: MetricSampleInsert[];
  readonly signals: RecoverySignalInsert[];
  readonly biometrics: UserBiometricInsert[];
  readonly totals: DailyActivityTotalInsert[];
}

/** @internal */
export function emptyPendingRows(): PendingRows {
  return { streams: [], samples: [], signals: [], biometrics: [], totals: [] };
}

/**
 * Writes the collected rows: streams before their samples, then signals, biometrics and daily totals.
 *
 * @internal
 */
export async function flushPendingRows(repositories: TrainkitRepositories, pending: PendingRows): Promise<void> {
  if (pending.streams.length > 0) await repositories.externalMetricStreams.insertMany(pending.streams);
  if (pending.samples.length > 0) await repositories.metricSamples.insertMany(pending.samples);
  if (pending.signals.length > 0) await repositories.recoverySignals.insertMany(pending.signals);
  if (pending.biometrics.length > 0) await repositories.biometrics.insertMany(pending.biometrics);
  if (pending.totals.length > 0) await repositories.dailyActivityTotals.upsertMany(pending.totals);
}

/** Splits values into lists of at most {@link IN_LIST_CHUNK}. */
export function inChunks<T>(values: readonly T[], size = IN_LIST_CHUNK): T[][] {
  const chunks: T[][] = [];
  for (let start = 0; start < values.length; start += size) chunks.push(values.slice(start, start + size));
  return chunks;
}

function rowContext(scope: IngestScope): RowContext {
  return { userId: scope.userId, runId: scope.run.id, now: scope.now(), ids: scope.ids };
}

/**
 * The samples of a draft: its own, plus those a resource derives once the parent activity's start is known (Strava
 * streams), and the activity instance they belong to (the record's own, else its parent's).
 */
async function samplesOf(
  scope: IngestScope,
  repositories: TrainkitRepositories,
  record: RecordRef,
  draft: ProviderRecordDraft,
  instanceId: ActivityInstanceId | null,
): Promise<{ samples: readonly MetricSampleDraft[]; instanceId: ActivityInstanceId | null }> {
  if (record.parent_external_id === null) return { samples: draft.samples, instanceId };
  const derive = resourceForStoredRecord(record.provider, record.resource)?.deriveSamples;
  // The parent matters only to samples (derived ones, or the instance they belong to). Without any, it is not read:
  // an Apple Health daily total names its source's record group, thousands of records long, as its parent.
  if (derive === undefined && draft.samples.length === 0) return { samples: draft.samples, instanceId };
  const parent = await repositories.externalActivityRecords.findByExternalId(scope.userId, record.provider, record.parent_external_id);
  if (parent === undefined) return { samples: draft.samples, instanceId };
  const parentInstance = instanceId ?? (await repositories.activityInstances.findByExternalRecord(scope.userId, parent.id))?.id ?? null;
  const derived = derive !== undefined && parent.start_time !== null ? derive(draft, { start_time: parent.start_time }) : [];
  return { samples: [...draft.samples, ...derived], instanceId: parentInstance };
}

/**
 * Applies the profile facts of a draft: a known value is never replaced by null; on ingest a new value replaces
 * the stored one, on replay only unknown values are filled (so a replay never changes a profile).
 */
async function applyProfile(scope: IngestScope, repositories: TrainkitRepositories, profile: ProfileDraft): Promise<boolean> {
  const current = await repositories.userProfiles.find(scope.userId);
  const pick = <T>(stored: T | null | undefined, incoming: T | null): T | null =>
    scope.mode === 'replay' ? (stored ?? incoming) : (incoming ?? stored ?? null);
  const next = {
    date_of_birth: pick(current?.date_of_birth, profile.date_of_birth),
    sex: pick(current?.sex, profile.sex),
    height_cm: pick(current?.height_cm, profile.height_cm),
  };
  if (
    current !== undefined &&
    next.date_of_birth === current.date_of_birth &&
    next.sex === current.sex &&
    next.height_cm === current.height_cm
  ) {
    return false;
  }
  if (current === undefined && next.date_of_birth === null && next.sex === null && next.height_cm === null) return false;
  const now = scope.now();
  await repositories.userProfiles.upsert({ user_id: scope.userId, ...next, created_at: current?.created_at ?? now, updated_at: now });
  return true;
}

const SIGNAL_COLUMNS = [
  'source',
  'provider',
  'signal_type',
  'signal_type_raw',
  'measured_at',
  'local_date',
  'value',
  'unit',
  'raw_payload_json',
  'normalizer_id',
  'normalizer_version',
  'notes',
] as const;
const BIOMETRIC_COLUMNS = ['date', 'measured_at', 'metric_type', 'value', 'source', 'provider', 'normalizer_id', 'normalizer_version', 'notes'] as const;
const TOTAL_COLUMNS = ['local_date', 'metric_type', 'value', 'provider', 'source_name', 'normalizer_id', 'normalizer_version'] as const;
const STREAM_COLUMNS = ['stream_type', 'unit', 'sample_count', 'raw_stream_json'] as const;

/** Whether two row lists hold the same values in `columns`, in any order. */
export function sameRows(existing: readonly object[], desired: readonly object[], columns: readonly string[]): boolean {
  if (existing.length !== desired.length) return false;
  const project = (rows: readonly object[]) =>
    rows
      .map((row) => canonicalJson(columns.map((column) => (row as Record<string, unknown>)[column] ?? null)))
      .sort();
  const a = project(existing);
  const b = project(desired);
  return a.every((value, index) => value === b[index]);
}

/** Samples as comparable values: the stream they belong to by its type, then their own values. */
function sampleKeys(
  samples: readonly Pick<MetricSampleInsert, 'external_metric_stream_id' | 'metric_type' | 'recorded_at' | 'value' | 'unit' | 'activity_instance_id'>[],
  streamTypeById: ReadonlyMap<string, string>,
): string[] {
  return samples
    .map((sample) =>
      canonicalJson([
        streamTypeById.get(sample.external_metric_stream_id ?? '') ?? null,
        sample.metric_type,
        sample.recorded_at,
        sample.value,
        sample.unit ?? null,
        sample.activity_instance_id ?? null,
      ]),
    )
    .sort();
}

/**
 * Writes the canonical rows a draft yields besides its activity: streams and samples, recovery signals,
 * biometrics, daily totals and profile facts.
 *
 * - `fresh` (a record stored for the first time): rows are collected in `pending` for bulk writes;
 * - `reconcile` (a revised record, a replay): each table's rows of the record are compared with the rows the draft
 *   yields and replaced only when they differ, so an unchanged record changes no row.
 *
 * Returns whether any row changed.
 *
 * @internal
 */
export async function writeRecordRows(
  scope: IngestScope,
  repositories: TrainkitRepositories,
  record: RecordRef,
  draft: ProviderRecordDraft,
  instanceId: ActivityInstanceId | null,
  mode: 'fresh' | 'reconcile',
  pending: PendingRows,
): Promise<boolean> {
  const context = rowContext(scope);
  const { samples, instanceId: sampleInstance } = await samplesOf(scope, repositories, record, draft, instanceId);
  const streams = streamRows(draft, record.id, sampleInstance, samples, context);
  const signals = recoverySignalRows(draft, record.id, context);
  const biometrics = biometricRows(draft, record.id, context);
  const totals = dailyTotalRows(draft, record.id, context);
  let changed = draft.profile === null ? false : await applyProfile(scope, repositories, draft.profile);
  if (mode === 'fresh') {
    pending.streams.push(...streams.streams);
    pending.samples.push(...streams.samples);
    pending.signals.push(...signals);
    pending.biometrics.push(...biometrics);
    pending.totals.push(...totals);
    scope.tally.changes += 1;
    return true;
  }
  const user = scope.userId;

  const storedStreams = await repositories.externalMetricStreams.list(user, { where: { external_activity_record_id: record.id } });
  let sameStreams = sameRows(storedStreams, streams.streams, STREAM_COLUMNS);
  if (sameStreams) {
    const storedSamples = [];
    for (const ids of inChunks(storedStreams.map((stream) => stream.id as ExternalMetricStreamId))) {
      storedSamples.push(...(await repositories.metricSamples.list(user, { where: { external_metric_stream_id: ids } })));
    }
    const storedTypes = new Map(storedStreams.map((stream) => [stream.id as string, stream.stream_type]));
    const desiredTypes = new Map(streams.streams.map((stream) => [stream.id as string, stream.stream_type]));
    const a = sampleKeys(storedSamples, storedTypes);
    const b = sampleKeys(streams.samples, desiredTypes);
    sameStreams = a.length === b.length && a.every((value, index) => value === b[index]);
  }
  if (!sameStreams) {
    await repositories.externalMetricStreams.deleteWhere(user, { external_activity_record_id: record.id });
    await repositories.externalMetricStreams.insertMany(streams.streams);
    await repositories.metricSamples.insertMany(streams.samples);
    changed = true;
  }

  const storedSignals = await repositories.recoverySignals.list(user, { where: { external_record_id: record.id } });
  if (!sameRows(storedSignals, signals, SIGNAL_COLUMNS)) {
    await repositories.recoverySignals.deleteWhere(user, { external_record_id: record.id });
    await repositories.recoverySignals.insertMany(signals);
    changed = true;
  }

  const storedBiometrics = await repositories.biometrics.list(user, { where: { external_record_id: record.id } });
  if (!sameRows(storedBiometrics, biometrics, BIOMETRIC_COLUMNS)) {
    await repositories.biometrics.deleteWhere(user, { external_record_id: record.id });
    await repositories.biometrics.insertMany(biometrics);
    changed = true;
  }

  const storedTotals = await repositories.dailyActivityTotals.list(user, { where: { external_record_id: record.id } });
  if (!sameRows(storedTotals, totals, TOTAL_COLUMNS)) {
    await repositories.dailyActivityTotals.deleteWhere(user, { external_record_id: record.id });
    await repositories.dailyActivityTotals.upsertMany(totals);
    changed = true;
  }
  if (changed) scope.tally.changes += 1;
  return changed;
}

