import { ValidationError, type TrainkitStorage } from '@trainkit/core';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import type { SyncPlan } from './sync-plan.js';
import type { FetchedPayload, ObjectRef } from './sync-types.js';

const GARMIN_HOST = /(^|\.)garmin\.(com|cn)$/i;

/**
 * The default check of a Garmin ping's `callbackURL` before it is fetched with the account's token: `https` on a
 * Garmin host (`garmin.com`, `garmin.cn`), so a forged ping cannot send the token anywhere else.
 *
 * @example
 * ```ts
 * isGarminCallbackUrl(new URL('https://apis.garmin.com/wellness-api/rest/dailies?uploadStartTimeInSeconds=1')); // true
 * isGarminCallbackUrl(new URL('http://attacker.example/')); // false
 * ```
 */
export function isGarminCallbackUrl(url: URL): boolean {
  return url.protocol === 'https:' && GARMIN_HOST.test(url.hostname);
}

/**
 * What {@link fetchObject} works with: the storage, the account's HTTP client, the provider's plan, and which
 * callback URLs may be fetched (default {@link isGarminCallbackUrl}).
 *
 * @example
 * ```ts
 * const options: FetchObjectOptions = { storage, http, plan: garminSyncPlan(), allowCallbackUrl: isGarminCallbackUrl };
 * ```
 */
export interface FetchObjectOptions {
  readonly storage: TrainkitStorage;
  readonly http: ProviderHttpClient;
  readonly plan: SyncPlan;
  readonly allowCallbackUrl?: (url: URL) => boolean;
}

/**
 * Fetches what a webhook event points at, as payloads for the pipeline (see each plan's `fetchObject`): a Strava
 * `activity` → detail + streams; a WHOOP `workout` / `sleep` / `recovery` / `cycle` by id; an Oura document by
 * `data_type` and id; a Garmin ping's `callbackUrl` (its `objectId` is not used). A body that is not JSON comes back as its raw text (the pipeline
 * records the failure with it); object types trainkit does not ingest give `[]`. An empty id (without a callback
 * URL), a callback URL that does not parse or is not allowed is a `ValidationError` (subject `object ref`); provider failures are
 * `ProviderHttpError`s.
 *
 * @example
 * ```ts
 * const payloads = await fetchObject({ storage, http, plan: stravaSyncPlan() }, 'usr_1', { objectType: 'activity', objectId: '11843527901' });
 * for (const payload of payloads) await pipeline.ingestPayload({ userId: 'usr_1', provider: 'strava', kind: 'webhook', ...payload });
 * ```
 */
export async function fetchObject(options: FetchObjectOptions, userId: string, ref: ObjectRef): Promise<readonly FetchedPayload[]> {
  if (ref.callbackUrl === undefined && (typeof ref.objectId !== 'string' || ref.objectId.trim() === '')) {
    throw new ValidationError('object ref', [{ path: 'objectId', rule: 'required', message: 'objectId must be a non-empty string (or give a callbackUrl)' }]);
  }
  if (ref.callbackUrl !== undefined) {
    let url: URL;
    try {
      url = new URL(ref.callbackUrl);
    } catch {
      throw new ValidationError('object ref', [{ path: 'callbackUrl', rule: 'invalid_format', message: 'callbackUrl is not an absolute URL' }]);
    }
    const allowed = options.allowCallbackUrl ?? isGarminCallbackUrl;
    if (!allowed(url)) {
      throw new ValidationError('object ref', [
        { path: 'callbackUrl', rule: 'not_allowed', message: `callbackUrl host ${url.host} is not allowed (the account's token is only sent to the provider)` },
      ]);
    }
  }
  return options.plan.fetchObject({ http: options.http, storage: options.storage, userId }, ref);
}
