import { ValidationError } from '@trainkit/core';

/**
 * Why a webhook delivery was refused, stable: `missing_signature`, `bad_signature`, `stale_timestamp` (outside the
 * tolerance, a replay), `bad_verify_token` (a subscription handshake with the wrong token), `bad_subscription` (an event
 * for another subscription), `malformed_body`.
 *
 * @example
 * ```ts
 * WEBHOOK_VERIFICATION_FAILURES.includes('bad_signature'); // true
 * ```
 */
export const WEBHOOK_VERIFICATION_FAILURES = [
  'missing_signature',
  'bad_signature',
  'stale_timestamp',
  'bad_verify_token',
  'bad_subscription',
  'malformed_body',
] as const;

/**
 * One of {@link WEBHOOK_VERIFICATION_FAILURES}.
 *
 * @example
 * ```ts
 * const reason: WebhookVerificationFailure = 'stale_timestamp';
 * ```
 */
export type WebhookVerificationFailure = (typeof WEBHOOK_VERIFICATION_FAILURES)[number];

/**
 * A webhook delivery failed verification; nothing was stored. A `ValidationError` (code `VALIDATION_FAILED`, subject
 * `webhook`) with a stable `reason` and the provider. The handlers answer it with 401 (signature, timestamp, token) or
 * 400 (malformed body).
 *
 * @example
 * ```ts
 * try { verifyWhoopSignature(input); }
 * catch (error) { if (error instanceof WebhookVerificationError) console.log(error.reason); }
 * ```
 */
export class WebhookVerificationError extends ValidationError {
  constructor(
    /** Provider slug. */
    readonly provider: string,
    /** Stable reason, for callers that switch on it. */
    readonly reason: WebhookVerificationFailure,
    message: string,
  ) {
    super('webhook', [{ path: '', rule: reason, message }]);
  }
}
