import { TrainkitError, type ErrorCode } from '@trainkit/core';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';

/**
 * An RFC 9457 problem document as the webhook handlers answer a refused request: `type` (a URI naming the reason),
 * `title`, `status`, `detail` (what was wrong, never a secret, a token or a stack), plus trainkit's stable `code`
 * (an `ErrorCode`) and `reason` for clients that switch on them.
 *
 * @example
 * ```ts
 * const problem: WebhookProblem = { status: 401, code: 'VALIDATION_FAILED', reason: 'bad_signature', title: 'Webhook verification failed', detail: 'X-WHOOP-Signature does not match the body' };
 * ```
 */
export interface WebhookProblem {
  readonly status: number;
  readonly code: ErrorCode;
  readonly reason: string;
  readonly title: string;
  readonly detail: string;
}

/**
 * Builds the `application/problem+json` response of a {@link WebhookProblem}. `type` is
 * `https://trainkit.dev/problems/webhook/<reason>`; extra headers (e.g. `Allow` for a 405) are added.
 *
 * @example
 * ```ts
 * return webhookProblem({ status: 405, code: 'VALIDATION_FAILED', reason: 'method_not_allowed', title: 'Method not allowed', detail: 'use POST' }, { allow: 'POST' });
 * ```
 */
export function webhookProblem(problem: WebhookProblem, headers: Readonly<Record<string, string>> = {}): Response {
  const body = {
    type: `https://trainkit.dev/problems/webhook/${problem.reason}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    code: problem.code,
    reason: problem.reason,
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store', ...headers },
  });
}

/**
 * The problem an error thrown while a webhook was verified or stored answers with: a `WebhookVerificationError` is
 * 400 (`malformed_body`) or 401 (signature, timestamp, verify token, subscription); any other error is a 503
 * (`unavailable`, so the provider delivers again later) with the error's code when it is a trainkit error and a fixed
 * detail: the message of an unexpected error is never sent back.
 *
 * @example
 * ```ts
 * try { verifyWhoopSignature(input); } catch (error) { return webhookProblem(problemOf(error)); }
 * ```
 */
export function problemOf(error: unknown): WebhookProblem {
  if (error instanceof WebhookVerificationError) {
    const malformed = error.reason === 'malformed_body';
    return {
      status: malformed ? 400 : 401,
      code: error.code,
      reason: error.reason,
      title: malformed ? 'Malformed webhook body' : 'Webhook verification failed',
      detail: error.issues[0]?.message ?? error.reason,
    };
  }
  return {
    status: 503,
    code: error instanceof TrainkitError ? error.code : 'STORAGE_FAILED',
    reason: 'unavailable',
    title: 'Webhook not stored',
    detail: 'the delivery could not be stored; deliver it again later',
  };
}
