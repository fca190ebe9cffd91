import type { ExternalRecordKind, Instant, JsonValue, LocalDate, Provider } from '@trainkit/core';
import type { MetricSampleDraft, NormalizationResult, ProviderRecordDraft } from '@trainkit/providers';
import {
  normalizeOuraDailyActivity,
  normalizeOuraDailyReadiness,
  normalizeOuraHeartRate,
  normalizeOuraPersonalInfo,
  normalizeOuraSleeps,
  normalizeOuraWorkouts,
} from '@trainkit/providers/oura';
import { normalizeStravaActivities, normalizeStravaActivity, normalizeStravaStreams, stravaStreamSamples } from '@trainkit/providers/strava';
import {
  normalizeWhoopCycle,
  normalizeWhoopCycles,
  normalizeWhoopRecoveries,
  normalizeWhoopRecovery,
  normalizeWhoopSleep,
  normalizeWhoopSleeps,
  normalizeWhoopWorkout,
  normalizeWhoopWorkouts,
} from '@trainkit/providers/whoop';
import { APPLE_HEALTH_RESOURCES, normalizeAppleHealthRawRecord } from '@trainkit/providers/apple-health';
import { GARMIN_FIT_RECORDS, GARMIN_RESOURCES } from './garmin-resources.js';

/**
 * What a normalizer may need beyond the payload, derived by the pipeline:
 * - `activityId`: the Strava activity of a `streams` payload (the option, else the digits of the source name);
 * - `date`: the user's local day the payload was received on (Oura `personal_info` has no date of its own);
 * - `timeZone`: the user's home zone from `user_settings` (dates WHOOP recoveries, which carry no offset).
 *
 * @example
 * ```ts
 * const context: ResourceContext = { activityId: '11843527901', date: '2024-06-12', timeZone: 'Europe/Berlin' };
 * ```
 */
export interface ResourceContext {
  readonly activityId?: string;
  readonly date: LocalDate;
  readonly timeZone?: string;
}

/**
 * One stored raw record as replay sees it: its payload and the columns a normalizer may need.
 *
 * @example
 * ```ts
 * const stored: StoredRawRecord = { external_id: '1', raw_payload_json: { id: 1 }, parent_external_id: null, resource: 'activities' };
 * ```
 */
export interface StoredRawRecord {
  readonly external_id: string;
  readonly raw_payload_json: JsonValue;
  readonly parent_external_id: string | null;
  readonly resource: string | null;
}

/**
 * Reads stored raw records of some resources again with the current normalizer (replay, merge recomputation):
 * - `recordResources`: the `resource` values of the raw records it reads (a Strava page stores `activities`, a
 *   detailed activity `activity`);
 * - `renormalize`: normalizes one stored raw record;
 * - `sourceOf`: for a record that is not read again from its own payload, the external id of the stored record
 *   (same provider) it is read from: a FIT file's per-session record (`<file id>:session:<n>`) keeps only its session
 *   and laps, so it is rebuilt from its file's record. `renormalize` then receives that record, and the record's draft
 *   (or failure) is the one of the result that bears its external id;
 * - `deriveSamples`: samples a record yields once its parent activity's start is known (Strava streams carry
 *   offsets from the start, not instants); called whenever the record's rows are written and the parent is stored.
 *
 * @example
 * ```ts
 * const reader: StoredRecordReader = PROVIDER_RESOURCES.strava.activities!;
 * reader.renormalize({ external_id: '1', raw_payload_json: { id: 1 }, parent_external_id: null, resource: 'activities' }, { date: '2024-06-12' });
 * ```
 */
export interface StoredRecordReader {
  readonly recordResources: readonly string[];
  renormalize(record: StoredRawRecord, context: ResourceContext): NormalizationResult;
  sourceOf?(record: StoredRawRecord): string | null;
  deriveSamples?(draft: ProviderRecordDraft, parent: { readonly start_time: Instant }): MetricSampleDraft[];
}

/**
 * One provider resource `ingestPayload` accepts: what it is, the kind of raw records it holds, how to normalize a
 * payload of it, and (as a {@link StoredRecordReader}) how to read its stored records again.
 *
 * - `keepStored`: `true` when a stored payload must not be replaced by the incoming one for the same record (a
 *   Strava summary never replaces the detailed activity already stored);
 * - `hasChildren`: records of this resource are parents of other records (a Strava activity of its streams), whose
 *   rows are rebuilt when the parent changes.
 *
 * @example
 * ```ts
 * const resource: ProviderResource = PROVIDER_RESOURCES.strava.activities!;
 * resource.normalize(pageJson, { date: '2024-06-12' }).drafts.length;
 * ```
 */
export interface ProviderResource extends StoredRecordReader {
  readonly description: string;
  readonly recordKind: ExternalRecordKind;
  normalize(payload: unknown, context: ResourceContext): NormalizationResult;
  keepStored?(stored: JsonValue, incoming: JsonValue): boolean;
  readonly hasChildren?: boolean;
}

function resourceState(value: JsonValue): number | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null;
  const state = value.resource_state;
  return typeof state === 'number' ? state : null;
}

/** A Strava summary (`resource_state` 2) never replaces the detailed activity (3) stored for the same id. */
function keepStravaDetail(stored: JsonValue, incoming: JsonValue): boolean {
  const storedState = resourceState(stored);
  const incomingState = resourceState(incoming);
  return storedState !== null && incomingState !== null && incomingState < storedState;
}

const STRAVA_ACTIVITY_RECORDS = ['activities', 'activity'];

/** Re-normalizes a stored Strava activity under the resource it was stored with (page item or detail). */
function renormalizeStravaActivity(record: StoredRawRecord): NormalizationResult {
  return record.resource === 'activities' ? normalizeStravaActivities([record.raw_payload_json]) : normalizeStravaActivity(record.raw_payload_json);
}

/**
 * Every provider resource `ingestPayload` (and `trainkit ingest <provider> <resource>`) accepts, by provider, named
 * after the provider's endpoints:
 *
 * | provider | resources |
 * |---|---|
 * | strava | `activities` (athlete activity page), `activity` (detailed activity), `streams` (either shape; needs the activity id; its samples are written once the activity is stored, whichever comes first) |
 * | whoop | `workouts`, `recovery`, `sleep`, `cycles` (v2 collection pages; a single record is accepted too) |
 * | oura | `workout`, `daily_readiness`, `sleep`, `daily_activity`, `heartrate` (collection pages), `personal_info` |
 * | garmin | `activities`, `activity_details`, `dailies`, `body_compositions` (push bodies or bare arrays) |
 *
 * Apple Health exports and FIT files are files, imported with `importFiles`.
 *
 * @example
 * ```ts
 * Object.keys(PROVIDER_RESOURCES.whoop); // ['workouts', 'recovery', 'sleep', 'cycles']
 * PROVIDER_RESOURCES.oura.personal_info?.description;
 * ```
 */
export const PROVIDER_RESOURCES: Readonly<Record<Provider, Readonly<Record<string, ProviderResource>>>> = {
  strava: {
    activities: {
      description: 'A page of GET /athlete/activities: a JSON array of summary activities.',
      recordKind: 'activity',
      recordResources: STRAVA_ACTIVITY_RECORDS,
      normalize: (payload) => normalizeStravaActivities(payload),
      renormalize: renormalizeStravaActivity,
      keepStored: keepStravaDetail,
      hasChildren: true,
    },
    activity: {
      description: 'GET /activities/{id}: one detailed activity.',
      recordKind: 'activity',
      recordResources: STRAVA_ACTIVITY_RECORDS,
      normalize: (payload) => normalizeStravaActivity(payload),
      renormalize: renormalizeStravaActivity,
      keepStored: keepStravaDetail,
      hasChildren: true,
    },
    streams: {
      description: 'GET /activities/{id}/streams, keyed by type or as an array; the activity id comes from the options or the file name.',
      recordKind: 'other',
      recordResources: ['streams'],
      normalize: (payload, context) => normalizeStravaStreams(payload, { activityId: context.activityId ?? '' }),
      renormalize: (record) => normalizeStravaStreams(record.raw_payload_json, { activityId: record.parent_external_id ?? '' }),
      deriveSamples: (draft, parent) => stravaStreamSamples(draft, parent.start_time),
    },
  },
  whoop: {
    workouts: {
      description: 'GET /v2/activity/workout: a page { records, next_token }, or one workout (v2, or the v1 legacy shape).',
      recordKind: 'activity',
      recordResources: ['workout'],
      normalize: (payload) => (isPage(payload, 'records') ? normalizeWhoopWorkouts(payload) : normalizeWhoopWorkout(payload)),
      renormalize: (record) => normalizeWhoopWorkout(record.raw_payload_json),
    },
    recovery: {
      description: 'GET /v2/recovery: a page { records, next_token }, or one recovery.',
      recordKind: 'recovery',
      recordResources: ['recovery'],
      normalize: (payload, context) =>
        isPage(payload, 'records') ? normalizeWhoopRecoveries(payload, zoneOption(context)) : normalizeWhoopRecovery(payload, zoneOption(context)),
      renormalize: (record, context) => normalizeWhoopRecovery(record.raw_payload_json, zoneOption(context)),
    },
    sleep: {
      description: 'GET /v2/activity/sleep: a page { records, next_token }, or one sleep.',
      recordKind: 'sleep',
      recordResources: ['sleep'],
      normalize: (payload) => (isPage(payload, 'records') ? normalizeWhoopSleeps(payload) : normalizeWhoopSleep(payload)),
      renormalize: (record) => normalizeWhoopSleep(record.raw_payload_json),
    },
    cycles: {
      description: 'GET /v2/cycle: a page { records, next_token }, or one cycle.',
      recordKind: 'daily_summary',
      recordResources: ['cycle'],
      normalize: (payload) => (isPage(payload, 'records') ? normalizeWhoopCycles(payload) : normalizeWhoopCycle(payload)),
      renormalize: (record) => normalizeWhoopCycle(record.raw_payload_json),
    },
  },
  oura: {
    workout: {
      description: 'GET /v2/usercollection/workout: a page { data, next_token }.',
      recordKind: 'activity',
      recordResources: ['workout'],
      normalize: (payload) => normalizeOuraWorkouts(payload),
      renormalize: (record) => normalizeOuraWorkouts({ data: [record.raw_payload_json], next_token: null }),
    },
    daily_readiness: {
      description: 'GET /v2/usercollection/daily_readiness: a page { data, next_token }.',
      recordKind: 'recovery',
      recordResources: ['daily_readiness'],
      normalize: (payload) => normalizeOuraDailyReadiness(payload),
      renormalize: (record) => normalizeOuraDailyReadiness({ data: [record.raw_payload_json], next_token: null }),
    },
    sleep: {
      description: 'GET /v2/usercollection/sleep: a page { data, next_token } of sleep periods (rest and deleted periods are skipped).',
      recordKind: 'sleep',
      recordResources: ['sleep'],
      normalize: (payload) => normalizeOuraSleeps(payload),
      renormalize: (record) => normalizeOuraSleeps({ data: [record.raw_payload_json], next_token: null }),
    },
    daily_activity: {
      description: 'GET /v2/usercollection/daily_activity: a page { data, next_token }.',
      recordKind: 'daily_summary',
      recordResources: ['daily_activity'],
      normalize: (payload) => normalizeOuraDailyActivity(payload),
      renormalize: (record) => normalizeOuraDailyActivity({ data: [record.raw_payload_json], next_token: null }),
    },
    heartrate: {
      description: 'GET /v2/usercollection/heartrate: a page { data, next_token } of heart-rate rows, stored as one stream.',
      recordKind: 'other',
      recordResources: ['heartrate'],
      normalize: (payload) => normalizeOuraHeartRate(payload),
      renormalize: (record) => normalizeOuraHeartRate(record.raw_payload_json),
    },
    personal_info: {
      description: 'GET /v2/usercollection/personal_info: the profile (height, weight, sex, age), dated the day it is received.',
      recordKind: 'biometric',
      recordResources: ['personal_info'],
      normalize: (payload, context) => normalizeOuraPersonalInfo(payload, { date: context.date }),
      renormalize: (record, context) => normalizeOuraPersonalInfo(record.raw_payload_json, { date: context.date }),
    },
  },
  garmin: GARMIN_RESOURCES,
  apple_health: {},
};

function zoneOption(context: ResourceContext): { timeZone?: string } {
  return context.timeZone === undefined ? {} : { timeZone: context.timeZone };
}

/** Whether a payload (text or parsed) looks like a collection page with a `key` array; text is parsed to see. */
function isPage(payload: unknown, key: string): boolean {
  let value = payload;
  if (typeof payload === 'string') {
    try {
      value = JSON.parse(payload);
    } catch {
      return true;
    }
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
  return key in value || !('id' in value || 'cycle_id' in value);
}

/**
 * Raw records that arrive in files, consulted after {@link PROVIDER_RESOURCES}: every Apple Health record is
 * self-contained and normalized again with `normalizeAppleHealthRawRecord`; FIT records (`garmin` / `fit`) keep the
 * decoded messages and are normalized again from them with `normalizeGarminFitMessages` ({@link GARMIN_FIT_RECORDS}).
 */
const FILE_RESOURCES: Partial<Record<Provider, readonly StoredRecordReader[]>> = {
  apple_health: [
    {
      recordResources: APPLE_HEALTH_RESOURCES,
      renormalize: (record) =>
        normalizeAppleHealthRawRecord({
          resource: record.resource ?? '',
          external_id: record.external_id,
          parent_external_id: record.parent_external_id,
          raw_payload: record.raw_payload_json,
        }),
    },
  ],
  garmin: [GARMIN_FIT_RECORDS],
};

/**
 * The resource that can re-normalize a stored raw record of `provider` stored with `resource`, or `undefined` when
 * none can (such records keep their rows as they are on replay and count as skipped).
 *
 * @example
 * ```ts
 * resourceForStoredRecord('strava', 'activities')?.recordResources; // ['activities', 'activity']
 * ```
 */
export function resourceForStoredRecord(provider: Provider, resource: string | null): StoredRecordReader | undefined {
  if (resource === null) return undefined;
  const readers: readonly StoredRecordReader[] = [...Object.values(PROVIDER_RESOURCES[provider]), ...(FILE_RESOURCES[provider] ?? [])];
  return readers.find((entry) => entry.recordResources.includes(resource));
}

