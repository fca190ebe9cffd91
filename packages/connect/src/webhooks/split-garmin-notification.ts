import type { JsonValue } from '@trainkit/core';
import { normalizeGarminPing, type GarminPingCallback } from '@trainkit/providers/garmin';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';

/**
 * One Garmin user's share of a push or ping notification: the pushed summaries by summary type, the ping callbacks
 * to fetch, and whether the user deregistered (withdrew this app's access at Garmin).
 *
 * @example
 * ```ts
 * const share: GarminUserNotification = { garminUserId: '4aacafe82427c251df9c9592d0c06768', summaries: { activities: [summary] }, callbacks: [], deregistered: false };
 * ```
 */
export interface GarminUserNotification {
  readonly garminUserId: string;
  readonly summaries: Readonly<Record<string, readonly JsonValue[]>>;
  readonly callbacks: readonly GarminPingCallback[];
  readonly deregistered: boolean;
}

/** The notification type of a user withdrawing the app's access. */
const DEREGISTRATIONS = 'deregistrations';
/** Notification types that carry nothing to ingest, fetch or apply (a permission change shows in the next data). */
const NO_DATA_KEYS = new Set(['userPermissionsChange']);

/**
 * Splits a Garmin notification body (`{ activities: [...], dailies: [...], ... }`, push or ping; Garmin batches mix
 * users) into one share per Garmin `userId`, in first-seen order. An entry with a `callbackURL` is a ping: it goes
 * through `normalizeGarminPing`, so only an `https` URL on a Garmin host is kept (a forged ping cannot point the
 * fetcher elsewhere); an entry without one is a pushed summary, kept as sent. A `deregistrations` entry marks its
 * user's share `deregistered`. Entries without a `userId` and permission changes carry nothing to process and are
 * left out. Throws `WebhookVerificationError`
 * `malformed_body` when the body is not an object of summary arrays.
 *
 * @example
 * ```ts
 * for (const share of splitGarminNotification(JSON.parse(text))) console.log(share.garminUserId, Object.keys(share.summaries));
 * ```
 */
export function splitGarminNotification(body: unknown): GarminUserNotification[] {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new WebhookVerificationError('garmin', 'malformed_body', 'a Garmin notification must be a JSON object of summary arrays');
  }
  const lists = Object.entries(body as Record<string, unknown>).filter((entry): entry is [string, unknown[]] => Array.isArray(entry[1]));
  if (lists.length === 0) {
    throw new WebhookVerificationError('garmin', 'malformed_body', 'a Garmin notification must hold at least one summary array (`{ activities: [...] }`)');
  }
  const shares = new Map<string, { summaries: Record<string, JsonValue[]>; callbacks: GarminPingCallback[]; deregistered: boolean }>();
  const shareOf = (userId: string) => {
    let share = shares.get(userId);
    if (share === undefined) {
      share = { summaries: {}, callbacks: [], deregistered: false };
      shares.set(userId, share);
    }
    return share;
  };
  for (const [key, entries] of lists) {
    if (NO_DATA_KEYS.has(key)) continue;
    for (const entry of entries) {
      if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) continue;
      const record = entry as Record<string, unknown>;
      const userId = typeof record.userId === 'string' || typeof record.userId === 'number' ? String(record.userId) : '';
      if (userId === '') continue;
      if (key === DEREGISTRATIONS) {
        shareOf(userId).deregistered = true;
        continue;
      }
      if (record.callbackURL !== undefined && record.callbackURL !== null) {
        const ping = normalizeGarminPing({ [key]: [record] });
        if (ping.callbacks.length > 0) shareOf(userId).callbacks.push(...ping.callbacks);
        continue;
      }
      const share = shareOf(userId);
      (share.summaries[key] ??= []).push(record as JsonValue);
    }
  }
  return [...shares.entries()].map(([garminUserId, share]) => ({ garminUserId, ...share }));
}
