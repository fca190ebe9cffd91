import { ProviderHttpError } from '../errors/provider-http-error.js';
import type { ProviderRequest } from '../http/provider-http-types.js';
import type { SyncPlanContext } from './sync-plan.js';
import type { FetchedPayload } from './sync-types.js';

/**
 * Fetches one provider response as a {@link FetchedPayload} of `resource`: the parsed JSON, or, when the body is not
 * JSON (an HTML error page, a truncated body: the client's `invalid_response` after its retries), the raw text, so
 * the pipeline records a typed failure with the text kept. Other failures are thrown as the client's
 * `ProviderHttpError`s. The caller's abort signal is passed on.
 *
 * @example
 * ```ts
 * const detail = await fetchPayload(context, { path: '/activities/11843527901' }, 'activity');
 * await pipeline.ingestPayload({ userId, provider: 'strava', ...detail });
 * ```
 */
export async function fetchPayload(
  context: SyncPlanContext,
  request: ProviderRequest,
  resource: string,
  options?: FetchedPayload['options'],
): Promise<FetchedPayload> {
  const withOptions = (payload: unknown): FetchedPayload => (options === undefined ? { resource, payload } : { resource, payload, options });
  try {
    const response = await context.http.request(context.signal === undefined ? request : { ...request, signal: context.signal });
    return withOptions(response.json);
  } catch (error) {
    if (error instanceof ProviderHttpError && error.reason === 'invalid_response' && error.details.bodyText !== undefined) {
      return withOptions(error.details.bodyText);
    }
    throw error;
  }
}

/**
 * Requests a JSON response with the caller's abort signal and returns the parsed body (`undefined` for an empty one).
 * Failures are the client's `ProviderHttpError`s.
 *
 * @example
 * ```ts
 * const page = await requestJson(context, { path: '/v2/activity/workout', query: { limit: 25 } });
 * ```
 */
export async function requestJson(context: SyncPlanContext, request: ProviderRequest): Promise<unknown> {
  const response = await context.http.request(context.signal === undefined ? request : { ...request, signal: context.signal });
  return response.json;
}
