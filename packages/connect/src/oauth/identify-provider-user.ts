import type { ConnectProvider } from '../connect-provider.js';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';

/**
 * Where each provider names the athlete behind an access token: the endpoint (below the API base URL) and the field
 * of its JSON body holding the provider's user id. Strava `GET /athlete` `id`, WHOOP `GET /v2/user/profile/basic`
 * `user_id`, Oura `GET /v2/usercollection/personal_info` `id`, Garmin `GET /wellness-api/rest/user/id` `userId`.
 *
 * @example
 * ```ts
 * PROVIDER_IDENTITY_ENDPOINTS.whoop.path; // '/v2/user/profile/basic'
 * ```
 */
export const PROVIDER_IDENTITY_ENDPOINTS: Readonly<Record<ConnectProvider, { readonly path: string; readonly field: string }>> = {
  strava: { path: '/athlete', field: 'id' },
  whoop: { path: '/v2/user/profile/basic', field: 'user_id' },
  oura: { path: '/v2/usercollection/personal_info', field: 'id' },
  garmin: { path: '/wellness-api/rest/user/id', field: 'userId' },
};

/**
 * Asks the provider who the athlete behind the client's token is and returns the provider's user id as a string
 * (numeric ids are stringified). A body without that field (a renamed field, an unexpected shape) is a
 * `ProviderHttpError` `invalid_response` keeping the body as `bodyText`; HTTP failures are the client's errors.
 *
 * @example
 * ```ts
 * const externalUserId = await identifyProviderUser('oura', http); // e.g. '8f9a5221-639e-4a16-aba3-7d1e3d1ef3a1'
 * ```
 */
export async function identifyProviderUser(provider: ConnectProvider, http: ProviderHttpClient, signal?: AbortSignal): Promise<string> {
  const { path, field } = PROVIDER_IDENTITY_ENDPOINTS[provider];
  const response = await http.request({ path, ...(signal ? { signal } : {}) });
  const body = response.json;
  const value = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>)[field] : undefined;
  if ((typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value))) return String(value);
  throw new ProviderHttpError(provider, 'invalid_response', `GET ${path} returned no \`${field}\` naming the athlete`, {
    status: response.status,
    bodyText: response.text.slice(0, 64 * 1024),
    attempts: 1,
  });
}
