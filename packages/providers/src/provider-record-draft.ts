import { ActivitySlugSchema } from '@trainkit/catalog';
import {
  BIOMETRIC_METRIC_RANGES,
  DAILY_TOTAL_RANGES,
  DailyTotalMetricSchema,
  LoadKgSchema,
  RepsSchema,
  SetDurationSecondsSchema,
  SexSchema,
  BiometricMetricTypeSchema,
  DistanceMetersSchema,
  EnergyKcalSchema,
  ExternalRecordKindSchema,
  HeartRateBpmSchema,
  InstantSchema,
  JsonValueSchema,
  LocalDateSchema,
  PowerWattsSchema,
  ProviderSchema,
  RECOVERY_SIGNAL_RANGES,
  RecoverySignalTypeSchema,
  SessionDurationSecondsSchema,
  TimeZoneSchema,
  UtcOffsetMinutesSchema,
  localDayOf,
} from '@trainkit/core';
import { z } from 'zod';
import { NormalizationWarningSchema, PayloadPathSchema } from './normalization-failure.js';
import { NormalizerDescriptorSchema } from './normalizer-descriptor.js';

/**
 * The identity of one raw provider record, as the raw lake (`external_activity_records`) stores it: provider,
 * resource (the endpoint it came from), the provider's id as a string, what kind of record it is, the raw type name,
 * its instants and offset as the provider gave them, and the record's JSON exactly as received.
 *
 * `parent_external_id` ties a dependent record (Strava streams) to the record it belongs to;
 * `legacy_external_id` is an older id of the same record (WHOOP's `v1_id`), so both API versions resolve to one record.
 *
 * @example
 * ```ts
 * RawRecordIdentitySchema.parse({
 *   provider: 'strava', resource: 'activity', external_id: '11843527901', parent_external_id: null, legacy_external_id: null,
 *   record_kind: 'activity', activity_type_raw: 'Run', start_time: '2024-06-12T05:01:12Z', end_time: '2024-06-12T06:02:40Z',
 *   timezone_raw: '(GMT+01:00) Europe/Berlin', utc_offset_minutes: 120, raw_payload: { id: 11843527901 },
 * });
 * ```
 */
export const RawRecordIdentitySchema = z
  .object({
    provider: ProviderSchema,
    resource: z.string().min(1).describe('The endpoint or message the record came from (`activity`, `workout`, `streams`).'),
    external_id: z.string().min(1).describe('The provider\'s id of the record, always a string.'),
    parent_external_id: z.string().min(1).nullable(),
    legacy_external_id: z.string().min(1).nullable(),
    record_kind: ExternalRecordKindSchema,
    activity_type_raw: z.string().min(1).nullable(),
    start_time: InstantSchema.nullable(),
    end_time: InstantSchema.nullable(),
    timezone_raw: z.string().min(1).nullable().describe('Zone or offset label exactly as the provider wrote it.'),
    utc_offset_minutes: UtcOffsetMinutesSchema.nullable(),
    raw_payload: JsonValueSchema.describe('The record exactly as received.'),
  })
  .strict();

/**
 * The identity of one raw provider record, see {@link RawRecordIdentitySchema}.
 *
 * @example
 * ```ts
 * function key(identity: RawRecordIdentity) { return `${identity.provider}:${identity.external_id}`; }
 * ```
 */
export type RawRecordIdentity = z.output<typeof RawRecordIdentitySchema>;

/**
 * A canonical activity drafted from a provider record, in SI units, ready to become an `activity_instances` row once
 * the pipeline adds ids, the user, the run and timestamps. The start is a UTC instant with its local offset in minutes
 * and, when known, its IANA zone; `local_date` is the local day of the start computed the way core's insert schema
 * checks it. The activity type is mapped through the catalog; the raw value is kept beside it, and unknown values map
 * to `other`.
 *
 * `work_kj` is mechanical work (Strava's `kilojoules`), never energy; `energy_kcal` is energy expenditure.
 * Every number lies within `TRAINKIT_BOUNDS`; values outside were dropped with a warning on the draft.
 *
 * @example
 * ```ts
 * ActivityDraftSchema.parse({
 *   activity_definition_slug: 'running', activity_type_raw: 'Run', activity_type_matched: true, title: 'Morning Run',
 *   performed_start: '2024-06-12T05:01:12.000Z', performed_end: '2024-06-12T06:02:40.000Z', timezone: 'Europe/Berlin',
 *   utc_offset_minutes: 120, local_date: '2024-06-12', start_time_hidden: false, manual: false, duration_seconds: 3550,
 *   distance_m: 10234.5, elevation_gain_m: 64.2, energy_kcal: null, work_kj: null, avg_hr_bpm: 151.3, max_hr_bpm: 178,
 *   avg_power_w: null, device_name: 'Garmin Forerunner 265',
 * });
 * ```
 */
export const ActivityDraftSchema = z
  .object({
    activity_definition_slug: ActivitySlugSchema,
    activity_type_raw: z.string().min(1).nullable(),
    activity_type_matched: z.boolean(),
    title: z.string().nullable(),
    performed_start: InstantSchema,
    performed_end: InstantSchema.nullable(),
    timezone: TimeZoneSchema.nullable(),
    utc_offset_minutes: UtcOffsetMinutesSchema,
    local_date: LocalDateSchema,
    start_time_hidden: z.boolean(),
    manual: z.boolean(),
    duration_seconds: SessionDurationSecondsSchema.nullable().describe('Active (moving) time.'),
    distance_m: DistanceMetersSchema.nullable(),
    elevation_gain_m: DistanceMetersSchema.nullable(),
    energy_kcal: EnergyKcalSchema.nullable(),
    work_kj: z.number().min(0).max(1_000_000).nullable().describe('Mechanical work in kJ (not energy).'),
    avg_hr_bpm: HeartRateBpmSchema.nullable(),
    max_hr_bpm: HeartRateBpmSchema.nullable(),
    avg_power_w: PowerWattsSchema.nullable(),
    device_name: z.string().nullable(),
  })
  .strict()
  .superRefine((draft, ctx) => {
    if (draft.performed_end !== null && Date.parse(draft.performed_end) <= Date.parse(draft.performed_start)) {
      ctx.addIssue({ code: 'custom', path: ['performed_end'], message: 'must be after performed_start' });
    }
    const expected = localDayOf(draft.performed_start, { timeZone: draft.timezone, utcOffsetMinutes: draft.utc_offset_minutes });
    if (draft.local_date !== expected) {
      ctx.addIssue({ code: 'custom', path: ['local_date'], message: `must be the local day of performed_start (${expected})` });
    }
    if (draft.avg_hr_bpm !== null && draft.max_hr_bpm !== null && draft.max_hr_bpm < draft.avg_hr_bpm) {
      ctx.addIssue({ code: 'custom', path: ['max_hr_bpm'], message: 'must be >= avg_hr_bpm' });
    }
  });

/**
 * A canonical activity draft, see {@link ActivityDraftSchema}.
 *
 * @example
 * ```ts
 * function startOf(draft: ActivityDraft) { return draft.performed_start; }
 * ```
 */
export type ActivityDraft = z.output<typeof ActivityDraftSchema>;

/**
 * A raw time series of an activity (Strava stream) to store in `external_metric_streams`: its name as the provider
 * calls it, what it measures, the SI unit, the number of samples, the stream exactly as received, and how many of its
 * numeric samples lie outside `TRAINKIT_BOUNDS` for their metric (those are never turned into samples).
 *
 * @example
 * ```ts
 * MetricStreamDraftSchema.parse({ stream_type: 'heartrate', metric_type: 'heart_rate_bpm', unit: 'bpm', sample_count: 3, out_of_bounds_count: 0, raw_stream: { data: [120, 122, 125] } });
 * ```
 */
export const MetricStreamDraftSchema = z
  .object({
    stream_type: z.string().min(1),
    metric_type: z.string().min(1),
    unit: z.string().min(1).nullable(),
    sample_count: z.number().int().min(0),
    out_of_bounds_count: z.number().int().min(0),
    raw_stream: JsonValueSchema,
  })
  .strict();

/**
 * A raw stream draft, see {@link MetricStreamDraftSchema}.
 *
 * @example
 * ```ts
 * function label(stream: MetricStreamDraft) { return `${stream.metric_type} (${stream.sample_count})`; }
 * ```
 */
export type MetricStreamDraft = z.output<typeof MetricStreamDraftSchema>;

/**
 * A recovery signal drafted from a sleep, recovery or cycle record, for `recovery_signals`: the mapped type and the
 * provider's name for it, when and on which local day it was measured, its value and unit. `source_path` points at
 * the value inside the record's raw payload (`RawRecordIdentity.raw_payload`), which the pipeline stores beside it.
 * Values of bounded types lie within `RECOVERY_SIGNAL_RANGES`.
 *
 * @example
 * ```ts
 * RecoverySignalDraftSchema.parse({ signal_type: 'hrv_rmssd_ms', signal_type_raw: 'hrv_rmssd_milli', measured_at: '2024-06-12T05:40:00.000Z', local_date: '2024-06-12', value: 61.2, unit: 'ms', source_path: ['score', 'hrv_rmssd_milli'] });
 * ```
 */
export const RecoverySignalDraftSchema = z
  .object({
    signal_type: RecoverySignalTypeSchema,
    signal_type_raw: z.string().min(1),
    measured_at: InstantSchema,
    local_date: LocalDateSchema,
    value: z.number().finite(),
    unit: z.string().min(1).nullable(),
    source_path: PayloadPathSchema,
  })
  .strict()
  .superRefine((draft, ctx) => {
    const range = RECOVERY_SIGNAL_RANGES[draft.signal_type];
    if (range !== undefined && (draft.value < range.min || draft.value > range.max)) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${draft.signal_type} must be within ${range.min}..${range.max}` });
    }
  });

/**
 * A recovery signal draft, see {@link RecoverySignalDraftSchema}.
 *
 * @example
 * ```ts
 * function describe(signal: RecoverySignalDraft) { return `${signal.signal_type}=${signal.value}`; }
 * ```
 */
export type RecoverySignalDraft = z.output<typeof RecoverySignalDraftSchema>;

/**
 * A body measurement drafted from a provider record, for `user_biometrics_history`, within
 * `BIOMETRIC_METRIC_RANGES`.
 *
 * @example
 * ```ts
 * BiometricDraftSchema.parse({ metric_type: 'height_cm', value: 178, date: '2024-06-12', measured_at: null, source_path: ['height'] });
 * ```
 */
export const BiometricDraftSchema = z
  .object({
    metric_type: BiometricMetricTypeSchema,
    value: z.number().finite(),
    date: LocalDateSchema,
    measured_at: InstantSchema.nullable(),
    source_path: PayloadPathSchema,
  })
  .strict()
  .superRefine((draft, ctx) => {
    const range = BIOMETRIC_METRIC_RANGES[draft.metric_type];
    if (draft.value < range.min || draft.value > range.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${draft.metric_type} must be within ${range.min}..${range.max}` });
    }
  });

/**
 * A biometric draft, see {@link BiometricDraftSchema}.
 *
 * @example
 * ```ts
 * function show(biometric: BiometricDraft) { return `${biometric.metric_type} on ${biometric.date}`; }
 * ```
 */
export type BiometricDraft = z.output<typeof BiometricDraftSchema>;

/**
 * One measured value at an instant (a heart-rate sample, a power reading), for `metric_samples`, in SI units.
 * `stream_index` names the draft's stream it was read from (`null` for samples that come without a stream, such as
 * Apple Health heart-rate records). Values lie within `TRAINKIT_BOUNDS` for their metric.
 *
 * @example
 * ```ts
 * MetricSampleDraftSchema.parse({ metric_type: 'heart_rate_bpm', recorded_at: '2024-06-12T05:01:13.000Z', value: 121, unit: 'bpm', stream_index: 0 });
 * ```
 */
export const MetricSampleDraftSchema = z
  .object({
    metric_type: z.string().min(1),
    recorded_at: InstantSchema,
    value: z.number().finite(),
    unit: z.string().min(1).nullable(),
    stream_index: z.number().int().min(0).nullable(),
  })
  .strict();

/**
 * A metric sample draft, see {@link MetricSampleDraftSchema}.
 *
 * @example
 * ```ts
 * function at(sample: MetricSampleDraft) { return sample.recorded_at; }
 * ```
 */
export type MetricSampleDraft = z.output<typeof MetricSampleDraftSchema>;

/**
 * One performed strength set read from a device file (a FIT `set` message), for `activity_strength_sets`. The movement
 * is mapped to a catalog movement slug when known; `movement_raw` keeps the device's own name (`benchPress`, or the
 * category and subtype numbers), and a set whose movement is unknown stays in the raw record with a warning.
 *
 * @example
 * ```ts
 * StrengthSetDraftSchema.parse({ set_index: 0, movement_slug: 'barbell_back_squat', movement_raw: 'squat/0', reps: 5, load_kg: 100, duration_seconds: 31.5, is_warmup: false, started_at: '2024-06-12T17:03:00.000Z' });
 * ```
 */
export const StrengthSetDraftSchema = z
  .object({
    set_index: z.number().int().min(0),
    movement_slug: z.string().min(1).nullable(),
    movement_raw: z.string().min(1).nullable(),
    reps: RepsSchema.nullable(),
    load_kg: LoadKgSchema.nullable(),
    duration_seconds: SetDurationSecondsSchema.nullable(),
    is_warmup: z.boolean(),
    started_at: InstantSchema.nullable(),
  })
  .strict();

/**
 * A strength set draft, see {@link StrengthSetDraftSchema}.
 *
 * @example
 * ```ts
 * function volume(set: StrengthSetDraft) { return (set.reps ?? 0) * (set.load_kg ?? 0); }
 * ```
 */
export type StrengthSetDraft = z.output<typeof StrengthSetDraftSchema>;

/**
 * A whole-day total (steps, active energy, ...) for `daily_activity_totals`, already free of double counting: when
 * several sources (a phone and a watch) cover the same time, the normalizer counted one of them, named in
 * `source_name`. Values lie within `DAILY_TOTAL_RANGES`.
 *
 * @example
 * ```ts
 * DailyTotalDraftSchema.parse({ metric_type: 'steps', local_date: '2024-06-12', value: 11234, source_name: 'Jane’s Apple Watch', source_path: ['steps'] });
 * ```
 */
export const DailyTotalDraftSchema = z
  .object({
    metric_type: DailyTotalMetricSchema,
    local_date: LocalDateSchema,
    value: z.number().finite(),
    source_name: z.string().min(1).nullable(),
    source_path: PayloadPathSchema,
  })
  .strict()
  .superRefine((draft, ctx) => {
    const range = DAILY_TOTAL_RANGES[draft.metric_type];
    if (draft.value < range.min || draft.value > range.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${draft.metric_type} must be within ${range.min}..${range.max}` });
    }
  });

/**
 * A daily total draft, see {@link DailyTotalDraftSchema}.
 *
 * @example
 * ```ts
 * function label(total: DailyTotalDraft) { return `${total.local_date} ${total.metric_type}`; }
 * ```
 */
export type DailyTotalDraft = z.output<typeof DailyTotalDraftSchema>;

/**
 * Profile facts a provider states about the athlete (Apple Health `Me`, Oura `personal_info`), for `user_profile`.
 * `null` fields are unknown and never overwrite a stored value.
 *
 * @example
 * ```ts
 * ProfileDraftSchema.parse({ date_of_birth: '1990-08-21', sex: 'female', height_cm: null });
 * ```
 */
export const ProfileDraftSchema = z
  .object({
    date_of_birth: LocalDateSchema.nullable(),
    sex: SexSchema.nullable(),
    height_cm: z.number().min(50).max(272).nullable(),
  })
  .strict();

/**
 * A profile draft, see {@link ProfileDraftSchema}.
 *
 * @example
 * ```ts
 * function known(profile: ProfileDraft) { return profile.date_of_birth !== null; }
 * ```
 */
export type ProfileDraft = z.output<typeof ProfileDraftSchema>;

/**
 * What a normalizer makes of one raw record: the normalizer that made it, the raw record's identity and content (to
 * store exactly as received), and the canonical drafts built from it: at most one activity, its raw streams and
 * samples, strength sets, recovery signals, biometrics, daily totals and profile facts, plus the warnings about anything dropped. The pipeline adds ids, user, run and timestamps.
 *
 * @example
 * ```ts
 * const draft: ProviderRecordDraft = ProviderRecordDraftSchema.parse(result.drafts[0]);
 * draft.normalizer.id; // 'strava.activity'
 * ```
 */
export const ProviderRecordDraftSchema = z
  .object({
    normalizer: NormalizerDescriptorSchema,
    record: RawRecordIdentitySchema,
    activity: ActivityDraftSchema.nullable(),
    streams: z.array(MetricStreamDraftSchema),
    recovery_signals: z.array(RecoverySignalDraftSchema),
    biometrics: z.array(BiometricDraftSchema),
    samples: z.array(MetricSampleDraftSchema),
    strength_sets: z.array(StrengthSetDraftSchema),
    daily_totals: z.array(DailyTotalDraftSchema),
    profile: ProfileDraftSchema.nullable(),
    warnings: z.array(NormalizationWarningSchema),
  })
  .strict();

/**
 * One normalized raw record with its canonical drafts, see {@link ProviderRecordDraftSchema}.
 *
 * @example
 * ```ts
 * function hasActivity(draft: ProviderRecordDraft) { return draft.activity !== null; }
 * ```
 */
export type ProviderRecordDraft = z.output<typeof ProviderRecordDraftSchema>;
