import type { ConnectProvider } from '../connect-provider.js';

/**
 * How a provider revokes an app's access. `token_param`: send the access token as the `access_token` parameter to
 * an OAuth endpoint (`oauthPath` below the OAuth base URL, so an overridden `oauthUrl` moves it too): Strava `POST
 * /oauth/deauthorize` (form), Oura `GET /oauth/revoke?access_token=`. `bearer_request`: an authenticated API call
 * (`path` below the API base URL): WHOOP `DELETE /v2/user/access`, Garmin `DELETE /wellness-api/rest/user/registration`.
 *
 * @example
 * ```ts
 * const revocation: ProviderRevocation = { kind: 'bearer_request', method: 'DELETE', path: '/v2/user/access' };
 * ```
 */
export type ProviderRevocation =
  | {
      readonly kind: 'token_param';
      readonly method: 'POST' | 'GET';
      readonly url: string;
      readonly oauthPath: string;
      readonly location: 'form' | 'query';
    }
  | { readonly kind: 'bearer_request'; readonly method: 'DELETE'; readonly path: string };

/**
 * A provider's own endpoints and OAuth settings: API base URL, OAuth base URL (`oauthUrl`, the base an override
 * replaces), authorization and token endpoints, how access is revoked, the default scopes and how they are joined in
 * the authorization URL, and whether the authorization uses PKCE (S256).
 *
 * @example
 * ```ts
 * const { tokenUrl, pkce } = PROVIDER_DEFAULTS.garmin;
 * ```
 */
export interface ProviderDefaults {
  readonly apiUrl: string;
  readonly oauthUrl: string;
  readonly authorizationUrl: string;
  readonly tokenUrl: string;
  readonly revocation: ProviderRevocation;
  readonly scopes: readonly string[];
  readonly scopeSeparator: ' ' | ',';
  readonly pkce: boolean;
}

/**
 * The documented endpoints of each connectable provider (see `providers.md`):
 * - Strava: API `https://www.strava.com/api/v3`, `https://www.strava.com/oauth/{authorize,token,deauthorize}`, scopes
 *   `read,activity:read_all` (comma-joined), no PKCE.
 * - WHOOP: API `https://api.prod.whoop.com/developer`, `https://api.prod.whoop.com/oauth/oauth2/{auth,token}`, scopes
 *   `read:recovery read:cycles read:workout read:sleep read:profile read:body_measurement offline` (`offline` yields the
 *   refresh token), revoked with `DELETE /v2/user/access`.
 * - Oura: API `https://api.ouraring.com`, authorize `https://cloud.ouraring.com/oauth/authorize`, token and revoke at
 *   `https://api.ouraring.com/oauth/{token,revoke}`, scopes `personal daily heartrate workout session`.
 * - Garmin: API `https://apis.garmin.com`, authorize `https://connect.garmin.com/oauth2Confirm`, token
 *   `https://diauth.garmin.com/di-oauth2-service/oauth/token`, OAuth 2 with PKCE (S256), revoked by deleting the user
 *   registration.
 *
 * @example
 * ```ts
 * PROVIDER_DEFAULTS.strava.scopes.join(PROVIDER_DEFAULTS.strava.scopeSeparator); // 'read,activity:read_all'
 * ```
 */
export const PROVIDER_DEFAULTS: Readonly<Record<ConnectProvider, ProviderDefaults>> = {
  strava: {
    apiUrl: 'https://www.strava.com/api/v3',
    oauthUrl: 'https://www.strava.com/oauth',
    authorizationUrl: 'https://www.strava.com/oauth/authorize',
    tokenUrl: 'https://www.strava.com/oauth/token',
    revocation: {
      kind: 'token_param',
      method: 'POST',
      url: 'https://www.strava.com/oauth/deauthorize',
      oauthPath: 'deauthorize',
      location: 'form',
    },
    scopes: ['read', 'activity:read_all'],
    scopeSeparator: ',',
    pkce: false,
  },
  whoop: {
    apiUrl: 'https://api.prod.whoop.com/developer',
    oauthUrl: 'https://api.prod.whoop.com/oauth/oauth2',
    authorizationUrl: 'https://api.prod.whoop.com/oauth/oauth2/auth',
    tokenUrl: 'https://api.prod.whoop.com/oauth/oauth2/token',
    revocation: { kind: 'bearer_request', method: 'DELETE', path: '/v2/user/access' },
    scopes: ['read:recovery', 'read:cycles', 'read:workout', 'read:sleep', 'read:profile', 'read:body_measurement', 'offline'],
    scopeSeparator: ' ',
    pkce: false,
  },
  oura: {
    apiUrl: 'https://api.ouraring.com',
    oauthUrl: 'https://api.ouraring.com/oauth',
    authorizationUrl: 'https://cloud.ouraring.com/oauth/authorize',
    tokenUrl: 'https://api.ouraring.com/oauth/token',
    revocation: {
      kind: 'token_param',
      method: 'GET',
      url: 'https://api.ouraring.com/oauth/revoke',
      oauthPath: 'revoke',
      location: 'query',
    },
    scopes: ['personal', 'daily', 'heartrate', 'workout', 'session'],
    scopeSeparator: ' ',
    pkce: false,
  },
  garmin: {
    apiUrl: 'https://apis.garmin.com',
    oauthUrl: 'https://diauth.garmin.com/di-oauth2-service/oauth',
    authorizationUrl: 'https://connect.garmin.com/oauth2Confirm',
    tokenUrl: 'https://diauth.garmin.com/di-oauth2-service/oauth/token',
    revocation: { kind: 'bearer_request', method: 'DELETE', path: '/wellness-api/rest/user/registration' },
    scopes: [],
    scopeSeparator: ' ',
    pkce: true,
  },
};
