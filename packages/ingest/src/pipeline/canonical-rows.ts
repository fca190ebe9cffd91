import type {
  ActivityInstanceId,
  DailyActivityTotalInsert,
  ExternalActivityRecordId,
  ExternalActivityRecordInsert,
  ExternalMetricStreamInsert,
  Instant,
  IngestionRunId,
  JsonValue,
  MetricSampleInsert,
  NormalizationStatus,
  Provider,
  RecoverySignalInsert,
  UserBiometricInsert,
  UserId,
} from '@trainkit/core';
import type { MetricSampleDraft, PayloadPath, ProviderRecordDraft } from '@trainkit/providers';
import { serializedPayloadOf } from '../lake/serialized-payload.js';
import type { ResolvedActivityDefinition } from '../ingest-pipeline.js';
import type { MergedValues } from '../merge/merge-activity-fields.js';

/**
 * Who and when for the rows built from one raw record.
 *
 * @internal
 */
export interface RowContext {
  readonly userId: UserId;
  readonly runId: IngestionRunId;
  readonly now: Instant;
  readonly ids: (prefix: string) => string;
}

/**
 * The stream type of the stream the pipeline stores for samples a normalizer drafted without one (Apple Health
 * heart-rate records), so that every sample traces to its raw record through `external_metric_streams`.
 *
 * @example
 * ```ts
 * SAMPLES_STREAM_TYPE; // 'samples'
 * ```
 */
export const SAMPLES_STREAM_TYPE = 'samples';

/**
 * The raw lake row of a draft's record, with its content hash and the normalization state to store with it. The
 * payload goes to storage as its canonical JSON text, the text its hash is made of.
 *
 * @internal
 */
export function rawRecordInsert(
  draft: Pick<ProviderRecordDraft, 'record' | 'normalizer'>,
  context: RowContext & { readonly id: string; readonly status: NormalizationStatus; readonly error?: string | null },
): ExternalActivityRecordInsert {
  const record = draft.record;
  const payload = serializedPayloadOf(record);
  return {
    id: context.id as ExternalActivityRecordId,
    user_id: context.userId,
    provider: record.provider,
    external_id: record.external_id,
    record_kind: record.record_kind,
    resource: record.resource,
    parent_external_id: record.parent_external_id,
    activity_type_raw: record.activity_type_raw,
    start_time: record.start_time,
    end_time: record.end_time,
    timezone: record.timezone_raw,
    utc_offset_minutes: record.utc_offset_minutes,
    raw_payload_json: payload.json,
    content_hash: payload.hash,
    ingestion_run_id: context.runId,
    normalization_status: context.status,
    normalization_error: context.error ?? null,
    normalizer_id: draft.normalizer.id,
    normalizer_version: draft.normalizer.version,
    normalized_at: context.status === 'normalized' ? context.now : null,
    created_at: context.now,
    updated_at: context.now,
  };
}

/**
 * The activity values a draft offers to a merge (see `mergeActivityFields`).
 *
 * @internal
 */
export function draftActivityValues(draft: ProviderRecordDraft, definition: ResolvedActivityDefinition | undefined): MergedValues | null {
  const activity = draft.activity;
  if (activity === null) return null;
  return {
    performed_start: activity.performed_start,
    performed_end: activity.performed_end,
    timezone: activity.timezone,
    utc_offset_minutes: activity.utc_offset_minutes,
    local_date: activity.local_date,
    duration_seconds: activity.duration_seconds,
    activity_definition_id: definition?.id ?? null,
    discipline_id: definition?.discipline_id ?? null,
    title: activity.title,
    avg_hr_bpm: activity.avg_hr_bpm,
    max_hr_bpm: activity.max_hr_bpm,
    distance_m: activity.distance_m,
    elevation_gain_m: activity.elevation_gain_m,
    energy_kcal: activity.energy_kcal,
    avg_power_w: activity.avg_power_w,
    perceived_difficulty: null,
    enjoyment_rating: null,
    notes: null,
  } as MergedValues;
}

/**
 * The value at `path` inside a JSON payload, or `undefined`.
 *
 * @internal
 */
export function valueAtPath(payload: JsonValue, path: PayloadPath): JsonValue | undefined {
  let current: unknown = payload;
  for (const key of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current === undefined ? undefined : (current as JsonValue);
}

/**
 * Streams of a draft and their samples: one `external_metric_streams` row per drafted stream, plus one
 * {@link SAMPLES_STREAM_TYPE} stream holding the samples drafted without a stream; every sample points at its stream
 * and, when known, at the activity instance.
 *
 * @internal
 */
export function streamRows(
  draft: ProviderRecordDraft,
  recordId: ExternalActivityRecordId,
  instanceId: ActivityInstanceId | null,
  samples: readonly MetricSampleDraft[],
  context: RowContext,
): { streams: ExternalMetricStreamInsert[]; samples: MetricSampleInsert[] } {
  const streams: ExternalMetricStreamInsert[] = draft.streams.map((stream) => ({
    id: context.ids('stream') as ExternalMetricStreamInsert['id'],
    user_id: context.userId,
    external_activity_record_id: recordId,
    stream_type: stream.stream_type,
    unit: stream.unit,
    sample_count: stream.sample_count,
    raw_stream_json: stream.raw_stream,
    created_at: context.now,
  }));
  const loose = samples.filter((sample) => sample.stream_index === null || streams[sample.stream_index] === undefined);
  let looseStreamId: string | null = null;
  if (loose.length > 0) {
    const units = [...new Set(loose.map((sample) => sample.unit))];
    const metrics = [...new Set(loose.map((sample) => sample.metric_type))].sort();
    looseStreamId = context.ids('stream');
    streams.push({
      id: looseStreamId as ExternalMetricStreamInsert['id'],
      user_id: context.userId,
      external_activity_record_id: recordId,
      stream_type: SAMPLES_STREAM_TYPE,
      unit: units.length === 1 ? (units[0] ?? null) : null,
      sample_count: loose.length,
      raw_stream_json: { source: 'record', metric_types: metrics, sample_count: loose.length },
      created_at: context.now,
    });
  }
  const sampleRows: MetricSampleInsert[] = samples.map((sample) => {
    const stream = sample.stream_index === null ? undefined : streams[sample.stream_index];
    const streamId = stream !== undefined && sample.stream_index! < draft.streams.length ? stream.id : looseStreamId;
    return {
      id: context.ids('sample') as MetricSampleInsert['id'],
      user_id: context.userId,
      external_metric_stream_id: streamId as MetricSampleInsert['external_metric_stream_id'],
      activity_instance_id: instanceId,
      metric_type: sample.metric_type,
      recorded_at: sample.recorded_at,
      value: sample.value,
      unit: sample.unit,
    };
  });
  return { streams, samples: sampleRows };
}

function provenance(draft: ProviderRecordDraft, context: RowContext) {
  return { ingestion_run_id: context.runId, normalizer_id: draft.normalizer.id, normalizer_version: draft.normalizer.version };
}

/**
 * `recovery_signals` rows of a draft. `raw_payload_json` holds the value exactly as received at the signal's
 * `source_path` inside the record (the whole record is the linked raw record).
 *
 * @internal
 */
export function recoverySignalRows(draft: ProviderRecordDraft, recordId: ExternalActivityRecordId, context: RowContext): RecoverySignalInsert[] {
  return draft.recovery_signals.map((signal) => {
    const raw = valueAtPath(draft.record.raw_payload, signal.source_path);
    return {
      id: context.ids('signal') as RecoverySignalInsert['id'],
      user_id: context.userId,
      source: 'provider',
      provider: draft.record.provider,
      signal_type: signal.signal_type,
      signal_type_raw: signal.signal_type_raw,
      measured_at: signal.measured_at,
      local_date: signal.local_date,
      value: signal.value,
      unit: signal.unit,
      raw_payload_json: raw === undefined ? { [signal.signal_type_raw]: signal.value } : raw,
      external_record_id: recordId,
      ...provenance(draft, context),
      notes: null,
      created_at: context.now,
    };
  });
}

/**
 * `user_biometrics_history` rows of a draft.
 *
 * @internal
 */
export function biometricRows(draft: ProviderRecordDraft, recordId: ExternalActivityRecordId, context: RowContext): UserBiometricInsert[] {
  return draft.biometrics.map((biometric) => ({
    id: context.ids('bio') as UserBiometricInsert['id'],
    user_id: context.userId,
    date: biometric.date,
    measured_at: biometric.measured_at,
    metric_type: biometric.metric_type,
    value: biometric.value,
    source: 'provider',
    provider: draft.record.provider,
    external_record_id: recordId,
    ...provenance(draft, context),
    notes: null,
    created_at: context.now,
  }));
}

/**
 * `daily_activity_totals` rows of a draft (one per local day and metric; a later draft of the same key wins).
 *
 * @internal
 */
export function dailyTotalRows(draft: ProviderRecordDraft, recordId: ExternalActivityRecordId, context: RowContext): DailyActivityTotalInsert[] {
  const byKey = new Map<string, DailyActivityTotalInsert>();
  for (const total of draft.daily_totals) {
    byKey.set(`${total.local_date}|${total.metric_type}`, {
      id: context.ids('total') as DailyActivityTotalInsert['id'],
      user_id: context.userId,
      local_date: total.local_date,
      metric_type: total.metric_type,
      value: total.value,
      provider: draft.record.provider as Provider,
      source_name: total.source_name,
      external_record_id: recordId,
      ...provenance(draft, context),
      created_at: context.now,
      updated_at: context.now,
    });
  }
  return [...byKey.values()];
}
