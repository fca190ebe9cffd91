import { JsonValueSchema } from '@trainkit/core';
import { z } from 'zod';
import { guard } from '../internal/guard.js';
import { asJsonValue, isJsonObject, readPayload } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { RecordFailureSchema, SkippedRecordSchema } from '../normalization-result.js';
import type { NormalizationFailure, PayloadPath } from '../normalization-failure.js';
import { NormalizerDescriptorSchema } from '../normalizer-descriptor.js';
import { GARMIN_NORMALIZERS } from './garmin-normalizers.js';
import type { GarminNormalizeOptions } from './garmin-options.js';
import { GARMIN_SUMMARY_KEYS } from './garmin-record-support.js';

/**
 * The trainkit resource that normalizes what a ping's callback URL returns, per Garmin summary type: `activities` and
 * `manuallyUpdatedActivities` → `activities`, `activityDetails` → `activity_details`, `dailies` → `dailies`,
 * `bodyComps` → `body_compositions`, `activityFiles` → `fit` (the file, for `normalizeGarminFit`). Summary types
 * trainkit does not normalize yet (epochs, sleeps, stress details, ...) are absent.
 *
 * @example
 * ```ts
 * GARMIN_PING_RESOURCES.activityDetails; // 'activity_details'
 * ```
 */
export const GARMIN_PING_RESOURCES: Readonly<Record<string, string>> = {
  activities: 'activities',
  manuallyUpdatedActivities: 'activities',
  activityDetails: 'activity_details',
  dailies: 'dailies',
  bodyComps: 'body_compositions',
  activityFiles: 'fit',
};

/**
 * One callback a Garmin ping asks for: the summary type (the body's key), the trainkit resource that normalizes the
 * callback's response (`null` when trainkit has none for that type yet), the Garmin user, the pre-formed callback URL
 * (always `https` on a Garmin host), and, for activity files, the file's summary id and type (`FIT`, `TCX`, `GPX`).
 *
 * @example
 * ```ts
 * GarminPingCallbackSchema.parse({
 *   summary_type: 'activities', resource: 'activities', user_id: '4aacafe82427c251df9c9592d0c06768',
 *   callback_url: 'https://apis.garmin.com/wellness-api/rest/activities?uploadStartTimeInSeconds=1444937651&uploadEndTimeInSeconds=1444937902&token=XXX',
 *   summary_id: null, file_type: null, raw_payload: {},
 * });
 * ```
 */
export const GarminPingCallbackSchema = z
  .object({
    summary_type: z.string().min(1),
    resource: z.string().min(1).nullable(),
    user_id: z.string().min(1).nullable(),
    callback_url: z.url({ protocol: /^https$/ }),
    summary_id: z.string().min(1).nullable(),
    file_type: z.string().min(1).nullable(),
    raw_payload: JsonValueSchema,
  })
  .strict();

/**
 * One callback of a Garmin ping, see {@link GarminPingCallbackSchema}.
 *
 * @example
 * ```ts
 * async function fetchOne(callback: GarminPingCallback) { return (await fetch(callback.callback_url)).text(); }
 * ```
 */
export type GarminPingCallback = z.output<typeof GarminPingCallbackSchema>;

/**
 * What {@link normalizeGarminPing} returns (it never throws): the callbacks to fetch, a typed failure per entry (or
 * for the whole body) that is not a usable ping, and the entries skipped on purpose (deregistrations, permission
 * changes, other users' pings).
 *
 * @example
 * ```ts
 * const result: GarminPingResult = normalizeGarminPing(body);
 * for (const callback of result.callbacks) queue.push(callback.callback_url);
 * ```
 */
export const GarminPingResultSchema = z
  .object({
    normalizer: NormalizerDescriptorSchema,
    callbacks: z.array(GarminPingCallbackSchema),
    failures: z.array(RecordFailureSchema),
    skipped: z.array(SkippedRecordSchema),
  })
  .strict();

/**
 * The result of {@link normalizeGarminPing}, see {@link GarminPingResultSchema}.
 *
 * @example
 * ```ts
 * function urls(result: GarminPingResult) { return result.callbacks.map((callback) => callback.callback_url); }
 * ```
 */
export type GarminPingResult = z.output<typeof GarminPingResultSchema>;

const GARMIN_HOST = /(^|\.)garmin\.(com|cn)$/i;
const NO_DATA_KEYS: Readonly<Record<string, string>> = {
  deregistrations: 'deregistration',
  userPermissionsChange: 'permission change',
};

/**
 * Normalizes a Garmin ping notification (`{ activities: [{ userId, callbackURL }], dailies: [...], ... }`), given as
 * text or parsed JSON, into the list of callback URLs to fetch; a ping carries no data, so it makes no drafts. Each
 * callback names the trainkit resource that normalizes its response ({@link GARMIN_PING_RESOURCES}). A callback URL
 * must be `https` on a Garmin host (`garmin.com`, `garmin.cn`), else that entry fails with `schema_mismatch`, so a
 * forged ping cannot point the fetcher anywhere else. An entry with summaries but no `callbackURL` is a push body sent
 * to the ping endpoint (`unsupported_shape`). Deregistrations and permission changes are skipped with the reason.
 * With `options.garminUserId`, other users' pings are skipped.
 *
 * @example
 * ```ts
 * const result = normalizeGarminPing({ activities: [{ userId: '4aacafe82427c251df9c9592d0c06768', callbackURL: 'https://apis.garmin.com/wellness-api/rest/activities?uploadStartTimeInSeconds=1444937651&uploadEndTimeInSeconds=1444937902&token=XXX' }] });
 * result.callbacks[0]?.resource; // 'activities'
 * ```
 */
export function normalizeGarminPing(payload: unknown, options: GarminNormalizeOptions = {}): GarminPingResult {
  const normalizer = GARMIN_NORMALIZERS.ping;
  const empty = (): GarminPingResult => ({ normalizer, callbacks: [], failures: [], skipped: [] });
  const read = readPayload(payload);
  if (!read.ok) return { ...empty(), failures: [{ external_id: null, raw_payload: null, failure: read.failure }] };
  return guard(
    () => {
      const result = empty();
      normalizePingBody(read.value, result, options);
      return result;
    },
    (failure) => ({ ...empty(), failures: [{ external_id: null, raw_payload: asJsonValue(read.value), failure }] }),
  );
}

function normalizePingBody(value: unknown, result: GarminPingResult, options: GarminNormalizeOptions | undefined): void {
  const keys = isJsonObject(value) ? GARMIN_SUMMARY_KEYS.filter((key) => Object.prototype.hasOwnProperty.call(value, key)) : [];
  if (!isJsonObject(value) || keys.length === 0) {
    const message = isJsonObject(value) && typeof value.errorMessage === 'string'
      ? `expected a Garmin ping body, got a Garmin error: ${value.errorMessage}`
      : 'expected a Garmin ping body `{ <summary type>: [{ userId, callbackURL }] }`';
    result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'schema_mismatch', message, path: [] } });
    return;
  }
  for (const key of keys) {
    const list = value[key];
    if (!Array.isArray(list)) {
      result.failures.push({ external_id: null, raw_payload: asJsonValue(value), failure: { code: 'schema_mismatch', message: `\`${key}\` must be an array`, path: [key] } });
      continue;
    }
    list.forEach((entry: unknown, index) => normalizePingEntry(key, entry, [key, index], result, options));
  }
}

function normalizePingEntry(key: string, entry: unknown, path: PayloadPath, result: GarminPingResult, options: GarminNormalizeOptions | undefined): void {
  const fail = (failure: NormalizationFailure): void => {
    result.failures.push({ external_id: isJsonObject(entry) ? readId(entry.summaryId) : null, raw_payload: asJsonValue(entry), failure });
  };
  if (!isJsonObject(entry)) return fail({ code: 'schema_mismatch', message: 'a ping entry must be a JSON object', path });
  const userId = readId(entry.userId);
  const summaryId = readId(entry.summaryId);
  const wanted = options?.garminUserId;
  if (typeof wanted === 'string' && wanted.length > 0 && userId !== null && userId !== wanted) {
    result.skipped.push({ external_id: summaryId, reason: `ping for another Garmin user (${userId}), not ${wanted}`, path });
    return;
  }
  const noData = NO_DATA_KEYS[key];
  if (noData !== undefined) {
    result.skipped.push({ external_id: summaryId, reason: `${noData} of Garmin user ${userId ?? '(unknown)'}: nothing to fetch`, path });
    return;
  }
  const rawUrl = entry.callbackURL;
  if (rawUrl === undefined || rawUrl === null) {
    return fail({
      code: 'unsupported_shape',
      message: summaryId !== null
        ? 'the entry carries a summary but no callbackURL: this is a push body, normalize it with the summary normalizer'
        : 'the ping entry has no callbackURL',
      path: [...path, 'callbackURL'],
    });
  }
  const url = garminCallbackUrl(rawUrl);
  if (url === null) return fail({ code: 'schema_mismatch', message: 'callbackURL is not an https URL on a Garmin host', path: [...path, 'callbackURL'] });
  const fileType = typeof entry.fileType === 'string' && entry.fileType.length > 0 ? entry.fileType : null;
  result.callbacks.push({
    summary_type: key,
    resource: GARMIN_PING_RESOURCES[key] ?? null,
    user_id: userId,
    callback_url: url,
    summary_id: summaryId,
    file_type: fileType,
    raw_payload: asJsonValue(entry) ?? {},
  });
}

function garminCallbackUrl(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > 4096) return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' || !GARMIN_HOST.test(url.hostname) || url.username !== '' || url.password !== '') return null;
  return z.url({ protocol: /^https$/ }).safeParse(value).success ? value : null;
}
