import { Utils } from '@garmin/fitsdk';
import { mapFitSport } from '@trainkit/catalog';
import { TRAINKIT_BOUNDS, localDayOf, type Instant, type JsonValue } from '@trainkit/core';
import { checkedSeriesDraft } from '../internal/checked-series-draft.js';
import { FieldReader } from '../internal/field-reader.js';
import { guard } from '../internal/guard.js';
import { instantFromMs } from '../internal/instant-from-ms.js';
import { isJsonObject, readPayload } from '../internal/read-payload.js';
import { addOutcome, emptyResult, payloadFailure, type RecordOutcome } from '../internal/record-outcome.js';
import { addSeconds, validOffset } from '../internal/time.js';
import type { NormalizationFailure, NormalizationWarning, PayloadPath } from '../normalization-failure.js';
import type { NormalizationResult } from '../normalization-result.js';
import type { ActivityDraft, MetricSampleDraft, MetricStreamDraft, ProviderRecordDraft, StrengthSetDraft } from '../provider-record-draft.js';
import { fitJson } from './fit/fit-json.js';
import { readFitMessageLists, type FitJsonMesg, type FitMessageLists } from './fit/fit-message-lists.js';
import { fitRecordSeries } from './fit/fit-record-series.js';
import { fitStrengthSets, type IndexedSet } from './fit/fit-strength-sets.js';
import { fitTimeMs } from './fit/fit-time.js';
import type { GarminFitOptions } from './garmin-fit-options.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';

const WORK_KJ = { min: 0, max: 1_000_000 };
const J_PER_KJ = 1000;

interface FitContext {
  readonly lists: FitMessageLists;
  readonly externalId: string;
  readonly offset: number;
  readonly offsetFromProvider: number | null;
  readonly deviceName: string | null;
  readonly offsetWarning: NormalizationWarning | null;
}

/**
 * Normalizes the decoded messages of a FIT activity file as JSON: the raw payload `normalizeGarminFit` stores for a
 * FIT file's record (`garmin` / `fit`), read back from the raw lake, so a replay rebuilds the file's drafts with the
 * current normalizer, no file needed. It gives exactly the drafts, failures and skips `normalizeGarminFit` gave for
 * the file's bytes (which decodes and then calls it): same records, ids, activities, series, sets and warnings.
 *
 * Takes the messages as stored (parsed JSON, or its text), dates as ISO-8601 strings; `@garmin/fitsdk`'s own decoded
 * messages (`Date`s, `bigint`s, typed arrays) are accepted too and converted the way `normalizeGarminFit` stores them.
 * Never throws: a payload that is not an object of message lists is a `schema_mismatch` failure; a file without
 * `file_id` or without a session an `invalid_fit` failure, and so is the stored payload of a corrupt or truncated file
 * (the messages read before the break, with the decoder's errors under `decodeErrors`): it fails as its bytes did;
 * a file that is not an activity is skipped. A multisport file's
 * child records (`<file id>:session:<n>`) are rebuilt from their parent's payload, the whole file: a child's own
 * payload (its session and laps) is not enough.
 *
 * @example
 * ```ts
 * const file = normalizeGarminFit(new Uint8Array(await readFile('run.fit')), { fileName: 'run.fit' });
 * const stored = JSON.parse(JSON.stringify(file.drafts[0]!.record.raw_payload)); // what the lake keeps
 * const replayed = normalizeGarminFitMessages(stored);
 * replayed.drafts[0]?.record.external_id; // 'fit:3412345678:2025-05-03T07:12:00Z', as from the bytes
 * ```
 */
export function normalizeGarminFitMessages(rawPayload: unknown, options: GarminFitOptions = {}): NormalizationResult {
  const normalizer = GARMIN_NORMALIZERS.fit;
  const read = readPayload(rawPayload);
  if (!read.ok) return payloadFailure(normalizer, null, read.failure);
  return guard(
    () => {
      const result = emptyResult(normalizer);
      normalizeFitJson(fitJson(read.value), options, result);
      return result;
    },
    (failure) => payloadFailure(normalizer, read.value, failure),
  );
}

/**
 * The key under which the raw payload of a corrupt or truncated FIT file keeps the decoder's errors, beside the
 * messages read before the break.
 *
 * @internal
 */
export const FIT_DECODE_ERRORS_KEY = 'decodeErrors';

/** Records a failure of a FIT file in `result`, its message prefixed with the file name when there is one. */
export type FitFail = (failure: Omit<NormalizationFailure, 'path'>, externalId?: string | null, raw?: JsonValue | null, path?: PayloadPath) => void;

/**
 * The {@link FitFail} of one file.
 *
 * @internal
 */
export function fitFailure(result: NormalizationResult, options: GarminFitOptions | undefined): FitFail {
  const fileName = typeof options?.fileName === 'string' && options.fileName.length > 0 ? options.fileName : null;
  return (failure, externalId = null, raw = null, path = []) => {
    result.failures.push({ external_id: externalId, raw_payload: raw, failure: { ...failure, message: fileName === null ? failure.message : `${fileName}: ${failure.message}`, path } });
  };
}

/**
 * Normalizes decoded FIT messages already converted by `fitJson` into `result`: the shared body of
 * {@link normalizeGarminFitMessages} and `normalizeGarminFit`.
 *
 * @internal
 */
export function normalizeFitJson(messages: JsonValue | null, options: GarminFitOptions | undefined, result: NormalizationResult): void {
  const fail = fitFailure(result, options);
  if (!isJsonObject(messages)) {
    return fail({ code: 'schema_mismatch', message: 'expected the decoded messages of a FIT file (an object of message lists)' }, null, messages);
  }
  const read = readFitMessageLists(messages);
  if (!read.ok) return fail({ code: 'schema_mismatch', message: read.message }, null, messages, read.path);
  const { lists } = read;
  const fileId = lists.fileIdMesgs[0];
  const sessions = sortedSessions(lists.sessionMesgs);
  const externalId = fitExternalId(fileId, sessions);
  const decodeErrors = messages[FIT_DECODE_ERRORS_KEY];
  if (Array.isArray(decodeErrors) && decodeErrors.length > 0) {
    const errors = decodeErrors.map((error) => (typeof error === 'string' ? error : JSON.stringify(error))).join('; ');
    return fail({ code: 'invalid_fit', message: `the FIT file is corrupt or truncated: ${errors}` }, externalId, messages);
  }
  if (fileId === undefined) return fail({ code: 'invalid_fit', message: 'the FIT file has no file_id message' }, null, messages, ['fileIdMesgs']);
  if (fileId.type !== 'activity') {
    result.skipped.push({ external_id: externalId, reason: `a FIT ${scalarText(fileId.type) ?? 'file of unknown type'} file, not an activity`, path: ['fileIdMesgs', 0, 'type'] });
    return;
  }
  if (sessions.length === 0) return fail({ code: 'invalid_fit', message: 'the FIT activity has no session message' }, externalId, messages, ['sessionMesgs']);
  if (externalId === null) {
    return fail({ code: 'missing_id', message: 'the FIT file has neither file_id.time_created nor a session start to key it by' }, null, messages, ['fileIdMesgs', 0, 'timeCreated']);
  }
  const context: FitContext = { lists, externalId, deviceName: deviceNameOf(fileId), ...localOffset(lists) };
  if (sessions.length === 1) {
    addOutcome(result, singleSessionDraft(context, sessions[0]!, messages));
    return;
  }
  addOutcome(result, multisportDraft(context, sessions, messages));
  sessions.forEach((session, position) => addOutcome(result, childSessionDraft(context, session, position, sessions[position + 1]?.mesg)));
}

interface IndexedSession {
  readonly mesg: FitJsonMesg;
  readonly index: number;
}

/** A string or number as text (a FIT enum the SDK names, or its number when the profile names none), else `null`. */
function scalarText(value: JsonValue | undefined): string | null {
  return typeof value === 'string' || typeof value === 'number' ? String(value) : null;
}

function scalar(value: JsonValue | undefined): string | number | null {
  return typeof value === 'string' || typeof value === 'number' ? value : null;
}

function sortedSessions(sessions: readonly FitJsonMesg[]): IndexedSession[] {
  const startOf = (mesg: FitJsonMesg): number => {
    const ms = fitTimeMs(mesg.startTime);
    return Number.isNaN(ms) ? Number.POSITIVE_INFINITY : ms;
  };
  return sessions.map((mesg, index) => ({ mesg, index })).sort((a, b) => startOf(a.mesg) - startOf(b.mesg) || a.index - b.index);
}

function fitExternalId(fileId: FitJsonMesg | undefined, sessions: readonly IndexedSession[]): string | null {
  const created = fitTimeMs(fileId?.timeCreated);
  const instant = instantFromMs(Number.isNaN(created) ? fitTimeMs(sessions[0]?.mesg.startTime) : created);
  if (instant === null) return null;
  const serial = typeof fileId?.serialNumber === 'number' && Number.isSafeInteger(fileId.serialNumber)
    ? String(fileId.serialNumber)
    : `${idPart(fileId?.manufacturer)}-${idPart(fileId?.product)}`;
  return `fit:${serial}:${instant.slice(0, 19)}Z`;
}

function idPart(value: JsonValue | undefined): string {
  const text = scalarText(value);
  return text !== null && text.length <= 32 ? text : 'unknown';
}

function deviceNameOf(fileId: FitJsonMesg): string | null {
  const named = fileId.productName;
  if (typeof named === 'string' && named.trim().length > 0) return named.trim();
  const product = typeof fileId.garminProduct === 'string' ? fileId.garminProduct : fileId.product;
  const parts = [scalarText(fileId.manufacturer), scalarText(product)].filter((part): part is string => part !== null);
  return parts.length > 0 ? parts.join(' ') : null;
}

function localOffset(lists: FitMessageLists): Pick<FitContext, 'offset' | 'offsetFromProvider' | 'offsetWarning'> {
  const activity = lists.activityMesgs[0];
  const local = activity?.localTimestamp;
  const utcMs = fitTimeMs(activity?.timestamp);
  if (typeof local === 'number' && Number.isFinite(local) && Number.isFinite(utcMs)) {
    const minutes = Math.round((local * 1000 + Utils.FIT_EPOCH_MS - utcMs) / 60_000);
    const offset = validOffset(minutes === 0 ? 0 : minutes);
    if (offset !== null) return { offset, offsetFromProvider: offset, offsetWarning: null };
    return {
      offset: 0,
      offsetFromProvider: null,
      offsetWarning: { code: 'out_of_bounds', message: `activity.local_timestamp implies an offset of ${minutes} min, beyond ±14:00; the local day is taken in UTC`, path: ['activityMesgs', 0, 'localTimestamp'] },
    };
  }
  return {
    offset: 0,
    offsetFromProvider: null,
    offsetWarning: { code: 'unknown_time_zone', message: 'no activity.local_timestamp; the local day is taken in UTC', path: ['activityMesgs'] },
  };
}

function sportRaw(session: FitJsonMesg): string | null {
  const sport = scalarText(session.sport);
  if (sport === null) return null;
  const subSport = scalarText(session.subSport);
  return subSport === null ? sport : `${sport}/${subSport}`;
}

type ActivityOutcome = { readonly activity: ActivityDraft } | { readonly failure: NormalizationFailure };

function sessionActivity(context: FitContext, session: FitJsonMesg, base: PayloadPath, warnings: NormalizationWarning[]): ActivityOutcome {
  const start = instantFromMs(fitTimeMs(session.startTime));
  if (start === null) return { failure: { code: 'invalid_date', message: 'the session has no start_time between the years 1900 and 2200', path: [...base, 'startTime'] } };
  const reader = new FieldReader(session, warnings, base);
  const elapsed = reader.number('totalElapsedTime', TRAINKIT_BOUNDS.sessionDurationSeconds);
  const end = elapsed !== null ? addSeconds(start, elapsed) : endFromTimestamp(session, start);
  const avgHr = reader.number('avgHeartRate', TRAINKIT_BOUNDS.heartRateBpm);
  let maxHr = reader.number('maxHeartRate', TRAINKIT_BOUNDS.heartRateBpm);
  if (avgHr !== null && maxHr !== null && maxHr < avgHr) {
    reader.warn('inconsistent_values', 'maxHeartRate', `max_heart_rate ${maxHr} is below avg_heart_rate ${avgHr}; dropped`);
    maxHr = null;
  }
  const work = reader.number('totalWork', { min: WORK_KJ.min * J_PER_KJ, max: WORK_KJ.max * J_PER_KJ });
  const raw = sportRaw(session);
  const mapped = mapFitSport(scalar(session.sport), scalar(session.subSport));
  return {
    activity: {
      activity_definition_slug: mapped.activityDefinitionSlug,
      activity_type_raw: raw,
      activity_type_matched: mapped.matched,
      title: null,
      performed_start: start,
      performed_end: end,
      timezone: null,
      utc_offset_minutes: context.offset,
      local_date: localDayOf(start, { utcOffsetMinutes: context.offset }),
      start_time_hidden: false,
      manual: false,
      duration_seconds: reader.number('totalTimerTime', TRAINKIT_BOUNDS.sessionDurationSeconds),
      distance_m: reader.raw('totalDistance') === 0 ? null : reader.number('totalDistance', TRAINKIT_BOUNDS.distanceM),
      elevation_gain_m: reader.number('totalAscent', TRAINKIT_BOUNDS.distanceM),
      energy_kcal: reader.raw('totalCalories') === 0 ? null : reader.number('totalCalories', TRAINKIT_BOUNDS.energyKcal),
      work_kj: work === null ? null : work / J_PER_KJ,
      avg_hr_bpm: avgHr,
      max_hr_bpm: maxHr,
      avg_power_w: reader.number('avgPower', TRAINKIT_BOUNDS.powerW),
      device_name: context.deviceName,
    },
  };
}

function endFromTimestamp(session: FitJsonMesg, start: Instant): Instant | null {
  const end = instantFromMs(fitTimeMs(session.timestamp));
  return end !== null && end > start ? end : null;
}

function identity(context: FitContext, externalId: string, parentId: string | null, activity: ActivityDraft, raw: JsonValue): ProviderRecordDraft['record'] {
  return {
    provider: 'garmin',
    resource: 'fit',
    external_id: externalId,
    parent_external_id: parentId,
    legacy_external_id: null,
    record_kind: 'activity',
    activity_type_raw: activity.activity_type_raw,
    start_time: activity.performed_start,
    end_time: activity.performed_end,
    timezone_raw: null,
    utc_offset_minutes: context.offsetFromProvider,
    raw_payload: raw,
  };
}

function draftOf(
  context: FitContext,
  record: ProviderRecordDraft['record'],
  activity: ActivityDraft,
  series: { streams: MetricStreamDraft[]; samples: MetricSampleDraft[] },
  sets: StrengthSetDraft[],
  warnings: NormalizationWarning[],
): ProviderRecordDraft {
  return {
    normalizer: GARMIN_NORMALIZERS.fit,
    record,
    activity,
    streams: series.streams,
    recovery_signals: [],
    biometrics: [],
    samples: series.samples,
    strength_sets: sets,
    daily_totals: [],
    profile: null,
    warnings: context.offsetWarning === null ? warnings : [context.offsetWarning, ...warnings],
  };
}

function failed(externalId: string, raw: JsonValue, failure: NormalizationFailure): RecordOutcome {
  return { kind: 'failure', failure: { external_id: externalId, raw_payload: raw, failure } };
}

function singleSessionDraft(context: FitContext, session: IndexedSession, rawPayload: JsonValue): RecordOutcome {
  const warnings: NormalizationWarning[] = [];
  const outcome = sessionActivity(context, session.mesg, ['sessionMesgs', session.index], warnings);
  if ('failure' in outcome) return failed(context.externalId, rawPayload, outcome.failure);
  const { activity } = outcome;
  const series = fitRecordSeries(context.lists.recordMesgs, Date.parse(activity.performed_start), warnings, ['recordMesgs']);
  const sets = fitStrengthSets(indexedSets(context.lists), warnings, ['setMesgs']);
  const record = identity(context, context.externalId, null, activity, rawPayload);
  return checkedSeriesDraft(draftOf(context, record, activity, series, sets, warnings), [], rawPayload, { rawIsJson: true });
}

function multisportDraft(context: FitContext, sessions: readonly IndexedSession[], rawPayload: JsonValue): RecordOutcome {
  const warnings: NormalizationWarning[] = [];
  const activities: ActivityDraft[] = [];
  for (const session of sessions) {
    const outcome = sessionActivity(context, session.mesg, ['sessionMesgs', session.index], []);
    if ('failure' in outcome) return failed(context.externalId, rawPayload, outcome.failure);
    activities.push(outcome.activity);
  }
  const first = activities[0]!;
  const ends = activities.map((activity) => activity.performed_end).filter((end): end is Instant => end !== null).sort();
  const end = ends[ends.length - 1] ?? null;
  const sum = (values: readonly (number | null)[]): number | null => {
    const known = values.filter((value): value is number => value !== null);
    return known.length === 0 ? null : known.reduce((total, value) => total + value, 0);
  };
  const maxHrs = activities.map((activity) => activity.max_hr_bpm).filter((value): value is number => value !== null);
  const mapped = mapFitSport('multisport');
  const bounded = (value: number | null, bounds: { min: number; max: number }): number | null => (value !== null && value >= bounds.min && value <= bounds.max ? value : null);
  const activity: ActivityDraft = {
    ...first,
    activity_definition_slug: mapped.activityDefinitionSlug,
    activity_type_raw: 'multisport',
    activity_type_matched: mapped.matched,
    performed_end: end !== null && end > first.performed_start ? end : null,
    duration_seconds: bounded(sum(activities.map((activity) => activity.duration_seconds)), TRAINKIT_BOUNDS.sessionDurationSeconds),
    distance_m: bounded(sum(activities.map((activity) => activity.distance_m)), TRAINKIT_BOUNDS.distanceM),
    elevation_gain_m: bounded(sum(activities.map((activity) => activity.elevation_gain_m)), TRAINKIT_BOUNDS.distanceM),
    energy_kcal: bounded(sum(activities.map((activity) => activity.energy_kcal)), TRAINKIT_BOUNDS.energyKcal),
    work_kj: null,
    avg_hr_bpm: null,
    max_hr_bpm: maxHrs.length > 0 ? Math.max(...maxHrs) : null,
    avg_power_w: null,
  };
  const record = identity(context, context.externalId, null, activity, rawPayload);
  return checkedSeriesDraft(draftOf(context, record, activity, { streams: [], samples: [] }, [], warnings), [], rawPayload, { rawIsJson: true });
}

function childSessionDraft(context: FitContext, session: IndexedSession, position: number, next: FitJsonMesg | undefined): RecordOutcome {
  const externalId = `${context.externalId}:session:${position}`;
  const laps = sessionLaps(context.lists.lapMesgs, session.mesg);
  const rawPayload: JsonValue = { sessionMesgs: [session.mesg], lapMesgs: laps };
  const warnings: NormalizationWarning[] = [];
  const outcome = sessionActivity(context, session.mesg, ['sessionMesgs', 0], warnings);
  if ('failure' in outcome) return failed(externalId, rawPayload, outcome.failure);
  const { activity } = outcome;
  const from = Date.parse(activity.performed_start);
  const nextStart = fitTimeMs(next?.startTime);
  const until = Number.isFinite(nextStart) ? nextStart : activity.performed_end === null ? Number.POSITIVE_INFINITY : Date.parse(activity.performed_end) + 1;
  const inWindow = (date: JsonValue | undefined): boolean => {
    const ms = fitTimeMs(date);
    return ms >= from && ms < until;
  };
  const records = context.lists.recordMesgs.filter((record) => inWindow(record.timestamp));
  const series = fitRecordSeries(records, from, warnings, ['recordMesgs']);
  const sets = fitStrengthSets(indexedSets(context.lists).filter(({ mesg }) => inWindow(mesg.startTime ?? mesg.timestamp)), warnings, ['setMesgs']);
  const record = identity(context, externalId, context.externalId, activity, rawPayload);
  return checkedSeriesDraft(draftOf(context, record, activity, series, sets, warnings), [], rawPayload, { rawIsJson: true });
}

function sessionLaps(laps: readonly FitJsonMesg[], session: FitJsonMesg): FitJsonMesg[] {
  const first = session.firstLapIndex;
  const count = session.numLaps;
  if (typeof first === 'number' && typeof count === 'number') return laps.slice(first, first + count);
  return [];
}

function indexedSets(lists: FitMessageLists): IndexedSet[] {
  return lists.setMesgs.map((mesg, index) => ({ mesg, index }));
}
