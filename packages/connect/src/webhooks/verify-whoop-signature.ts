import { createHmac } from 'node:crypto';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { checkWebhookTimestamp, DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './check-webhook-timestamp.js';
import { timingSafeEqual } from './timing-safe-equal.js';

/**
 * What a signature check needs: the raw request body exactly as received (bytes, or text when the host only has
 * text), the request headers, the app's client secret, the injected clock's `now` and the replay tolerance.
 *
 * @example
 * ```ts
 * const input: WebhookSignatureInput = { rawBody: new Uint8Array(await request.arrayBuffer()), headers: request.headers, clientSecret, now: runtime.clock() };
 * ```
 */
export interface WebhookSignatureInput {
  readonly rawBody: Uint8Array | string;
  readonly headers: Headers;
  readonly clientSecret: string;
  readonly now: Date;
  /** Seconds the timestamp may be away from `now`, either way; default {@link DEFAULT_WEBHOOK_TOLERANCE_SECONDS}. */
  readonly toleranceSeconds?: number;
}

/**
 * Verifies a WHOOP webhook: `X-WHOOP-Signature` must be the base64 HMAC-SHA256, keyed with the app's client secret,
 * of the `X-WHOOP-Signature-Timestamp` header followed by the raw body, compared in constant time; the timestamp must
 * be within the tolerance (a replay otherwise). Throws `WebhookVerificationError` (`missing_signature`,
 * `bad_signature`, `stale_timestamp`); returns the signed instant.
 *
 * @example
 * ```ts
 * verifyWhoopSignature({ rawBody, headers: request.headers, clientSecret: config.clientSecret, now: runtime.clock() });
 * ```
 */
export function verifyWhoopSignature(input: WebhookSignatureInput): Date {
  const signature = input.headers.get('x-whoop-signature');
  const timestamp = input.headers.get('x-whoop-signature-timestamp');
  if (signature === null || signature === '') throw new WebhookVerificationError('whoop', 'missing_signature', 'X-WHOOP-Signature is missing');
  const at = checkWebhookTimestamp({
    provider: 'whoop',
    value: timestamp,
    now: input.now,
    toleranceSeconds: input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  });
  const expected = createHmac('sha256', input.clientSecret).update(timestamp ?? '').update(input.rawBody).digest('base64');
  if (!timingSafeEqual(signature, expected)) throw new WebhookVerificationError('whoop', 'bad_signature', 'X-WHOOP-Signature does not match the body');
  return at;
}
