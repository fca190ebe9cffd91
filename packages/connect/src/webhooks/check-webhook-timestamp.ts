import { WebhookVerificationError } from '../errors/webhook-verification-error.js';

/**
 * Default tolerance between a signed webhook's timestamp and the clock, in seconds, either way (5 minutes): a signed
 * request captured and sent again later than that is refused as a replay.
 *
 * @example
 * ```ts
 * DEFAULT_WEBHOOK_TOLERANCE_SECONDS; // 300
 * ```
 */
export const DEFAULT_WEBHOOK_TOLERANCE_SECONDS = 300;

/**
 * Reads the timestamp header of a signed webhook and checks it is within `toleranceSeconds` of `now` (the injected
 * clock), either way. Accepts epoch seconds or epoch milliseconds (WHOOP sends milliseconds; a value of 10^11 or more
 * is read as milliseconds) and ISO-8601 instants. Throws `WebhookVerificationError` `missing_signature` when the
 * header is absent or unreadable, `stale_timestamp` when it is outside the tolerance; returns the instant otherwise.
 *
 * @example
 * ```ts
 * const at = checkWebhookTimestamp({ provider: 'whoop', value: request.headers.get('x-whoop-signature-timestamp'), now: runtime.clock(), toleranceSeconds: 300 });
 * ```
 */
export function checkWebhookTimestamp(input: {
  readonly provider: string;
  readonly value: string | null;
  readonly now: Date;
  readonly toleranceSeconds: number;
}): Date {
  const { provider, value, now, toleranceSeconds } = input;
  if (value === null || value.trim() === '') {
    throw new WebhookVerificationError(provider, 'missing_signature', 'the signature timestamp header is missing');
  }
  const at = parseTimestamp(value.trim());
  if (at === null) throw new WebhookVerificationError(provider, 'missing_signature', 'the signature timestamp header is not a timestamp');
  if (Math.abs(now.getTime() - at.getTime()) > toleranceSeconds * 1000) {
    throw new WebhookVerificationError(provider, 'stale_timestamp', `the signature timestamp is more than ${toleranceSeconds} s away from now (a replay?)`);
  }
  return at;
}

function parseTimestamp(value: string): Date | null {
  if (/^\d{1,16}$/.test(value)) {
    const number = Number(value);
    const ms = number >= 1e11 ? number : number * 1000;
    const date = new Date(ms);
    return Number.isNaN(date.getTime()) ? null : date;
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(value)) return null;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? null : new Date(ms);
}
