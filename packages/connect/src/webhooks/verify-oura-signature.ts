import { createHmac } from 'node:crypto';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { checkWebhookTimestamp, DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './check-webhook-timestamp.js';
import { timingSafeEqual } from './timing-safe-equal.js';
import type { WebhookSignatureInput } from './verify-whoop-signature.js';

/**
 * Verifies an Oura webhook: `x-oura-signature` must be the hex HMAC-SHA256, keyed with the app's client secret, of
 * the `x-oura-timestamp` header followed by the raw body (Oura sends upper-case hex; all-lower-case is accepted too,
 * mixed case is not), compared in constant time; the timestamp must be within the tolerance. Throws
 * `WebhookVerificationError` (`missing_signature`, `bad_signature`, `stale_timestamp`); returns the signed instant.
 *
 * @example
 * ```ts
 * verifyOuraSignature({ rawBody, headers: request.headers, clientSecret: config.clientSecret, now: runtime.clock(), toleranceSeconds: 300 });
 * ```
 */
export function verifyOuraSignature(input: WebhookSignatureInput): Date {
  const signature = input.headers.get('x-oura-signature');
  const timestamp = input.headers.get('x-oura-timestamp');
  if (signature === null || signature === '') throw new WebhookVerificationError('oura', 'missing_signature', 'x-oura-signature is missing');
  const at = checkWebhookTimestamp({
    provider: 'oura',
    value: timestamp,
    now: input.now,
    toleranceSeconds: input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  });
  const expected = createHmac('sha256', input.clientSecret).update(timestamp ?? '').update(input.rawBody).digest('hex');
  const upper = timingSafeEqual(signature, expected.toUpperCase());
  const lower = timingSafeEqual(signature, expected);
  if (!(upper || lower)) throw new WebhookVerificationError('oura', 'bad_signature', 'x-oura-signature does not match the body');
  return at;
}
