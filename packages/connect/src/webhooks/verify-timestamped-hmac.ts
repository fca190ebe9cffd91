import { createHmac } from 'node:crypto';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { checkWebhookTimestamp, DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './check-webhook-timestamp.js';
import { timingSafeEqual } from './timing-safe-equal.js';
import type { WebhookSignatureInput } from './verify-whoop-signature.js';

/**
 * How a provider signs its webhooks with an HMAC-SHA256 of a timestamp header followed by the raw body, keyed with
 * the client secret: the two header names (as messages spell them) and the encodings of the digest it may send.
 */
export interface TimestampedHmacScheme {
  readonly provider: string;
  readonly signatureHeader: string;
  readonly timestampHeader: string;
  readonly encodings: readonly ((digest: Buffer) => string)[];
}

/**
 * The check WHOOP and Oura share: the signature header is present, the timestamp within the tolerance (a replay
 * otherwise), and the signature equals one accepted encoding of the HMAC, compared in constant time. Throws
 * `WebhookVerificationError` (`missing_signature`, `bad_signature`, `stale_timestamp`); returns the signed instant.
 */
export function verifyTimestampedHmac(input: WebhookSignatureInput, scheme: TimestampedHmacScheme): Date {
  const signature = input.headers.get(scheme.signatureHeader);
  const timestamp = input.headers.get(scheme.timestampHeader);
  if (signature === null || signature === '') {
    throw new WebhookVerificationError(scheme.provider, 'missing_signature', `${scheme.signatureHeader} is missing`);
  }
  const at = checkWebhookTimestamp({
    provider: scheme.provider,
    value: timestamp,
    now: input.now,
    toleranceSeconds: input.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS,
  });
  const digest = createHmac('sha256', input.clientSecret).update(timestamp ?? '').update(input.rawBody).digest();
  // Every encoding is compared (no early exit), so the time taken does not tell which one came close.
  const matches = scheme.encodings.map((encode) => timingSafeEqual(signature, encode(digest)));
  if (!matches.includes(true)) {
    throw new WebhookVerificationError(scheme.provider, 'bad_signature', `${scheme.signatureHeader} does not match the body`);
  }
  return at;
}
