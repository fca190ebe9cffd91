import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { timingSafeEqual } from './timing-safe-equal.js';

/**
 * Answers Strava's subscription validation: a `GET` with `hub.mode=subscribe`, `hub.verify_token` and
 * `hub.challenge`. When the verify token equals the configured one (constant-time comparison) it returns the body to
 * send with 200, `{ "hub.challenge": <challenge> }`. Throws `WebhookVerificationError` `bad_verify_token` when the
 * token is wrong or no token is configured (a subscription is never confirmed blindly), `malformed_body` when the
 * mode is not `subscribe` or the challenge is missing.
 *
 * @example
 * ```ts
 * const body = stravaSubscriptionHandshake(new URL(request.url), config.webhookVerifyToken);
 * return Response.json(body);
 * ```
 */
export function stravaSubscriptionHandshake(url: URL, verifyToken: string | undefined): { readonly 'hub.challenge': string } {
  const mode = url.searchParams.get('hub.mode');
  const token = url.searchParams.get('hub.verify_token');
  const challenge = url.searchParams.get('hub.challenge');
  if (mode !== 'subscribe' || challenge === null || challenge === '' || challenge.length > 1024) {
    throw new WebhookVerificationError('strava', 'malformed_body', 'a subscription validation needs hub.mode=subscribe and hub.challenge');
  }
  if (verifyToken === undefined || token === null || !timingSafeEqual(token, verifyToken)) {
    throw new WebhookVerificationError('strava', 'bad_verify_token', 'hub.verify_token is not the configured verify token');
  }
  return { 'hub.challenge': challenge };
}
