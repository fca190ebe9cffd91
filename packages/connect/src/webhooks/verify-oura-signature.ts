import { verifyTimestampedHmac, type TimestampedHmacScheme } from './verify-timestamped-hmac.js';
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
  return verifyTimestampedHmac(input, OURA_SIGNATURE);
}

const OURA_SIGNATURE: TimestampedHmacScheme = {
  provider: 'oura',
  signatureHeader: 'x-oura-signature',
  timestampHeader: 'x-oura-timestamp',
  encodings: [(digest) => digest.toString('hex').toUpperCase(), (digest) => digest.toString('hex')],
};
