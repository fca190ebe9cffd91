import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { timingSafeEqual } from './timing-safe-equal.js';

/**
 * Answers Oura's subscription verification: a `GET` with `verification_token` and `challenge`. When the token equals
 * the configured one (constant-time comparison) it returns the body to send with 200, `{ "challenge": <challenge> }`.
 * Throws `WebhookVerificationError` `bad_verify_token` when the token is wrong or none is configured,
 * `malformed_body` when the challenge is missing.
 *
 * @example
 * ```ts
 * const body = ouraVerificationChallenge(new URL(request.url), config.webhookVerifyToken);
 * return Response.json(body);
 * ```
 */
export function ouraVerificationChallenge(url: URL, verifyToken: string | undefined): { readonly challenge: string } {
  const token = url.searchParams.get('verification_token');
  const challenge = url.searchParams.get('challenge');
  if (challenge === null || challenge === '' || challenge.length > 1024) {
    throw new WebhookVerificationError('oura', 'malformed_body', 'a verification request needs verification_token and challenge');
  }
  if (verifyToken === undefined || token === null || !timingSafeEqual(token, verifyToken)) {
    throw new WebhookVerificationError('oura', 'bad_verify_token', 'verification_token is not the configured verify token');
  }
  return { challenge };
}
