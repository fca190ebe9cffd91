import { verifyTimestampedHmac, type TimestampedHmacScheme } from './verify-timestamped-hmac.js';

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
  /** Seconds the timestamp may be away from `now`, either way; default `DEFAULT_WEBHOOK_TOLERANCE_SECONDS` (300). */
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
  return verifyTimestampedHmac(input, WHOOP_SIGNATURE);
}

const WHOOP_SIGNATURE: TimestampedHmacScheme = {
  provider: 'whoop',
  signatureHeader: 'X-WHOOP-Signature',
  timestampHeader: 'X-WHOOP-Signature-Timestamp',
  encodings: [(digest) => digest.toString('base64')],
};
