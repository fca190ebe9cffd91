import type { ConnectProvider } from '../connect-provider.js';
import type { ProviderClientConfig } from './provider-client-config.js';
import { PROVIDER_DEFAULTS } from './provider-defaults.js';

/**
 * How to revoke access, with its URL resolved: `token_param` sends the access token as the `access_token`
 * parameter (in a form body for `POST`, in the query for `GET`) to `url`; `bearer_request` sends a `DELETE` to `url`
 * with the access token as a bearer token.
 *
 * @example
 * ```ts
 * const revocation: ResolvedRevocation = { kind: 'bearer_request', method: 'DELETE', url: 'https://api.prod.whoop.com/developer/v2/user/access' };
 * ```
 */
export type ResolvedRevocation =
  | { readonly kind: 'token_param'; readonly method: 'POST' | 'GET'; readonly url: string; readonly location: 'form' | 'query' }
  | { readonly kind: 'bearer_request'; readonly method: 'DELETE'; readonly url: string };

/**
 * Where one provider is reached with one client configuration: the provider defaults with the configuration's
 * overrides applied. `scopes` may be empty (Garmin: the athlete picks permissions on the consent page; send no
 * `scope` parameter then).
 *
 * @example
 * ```ts
 * const endpoints: ProviderEndpoints = resolveProviderEndpoints('whoop', config);
 * const scope = endpoints.scopes.join(endpoints.scopeSeparator);
 * ```
 */
export interface ProviderEndpoints {
  readonly apiUrl: string;
  readonly authorizationUrl: string;
  readonly tokenUrl: string;
  readonly revocation: ResolvedRevocation;
  readonly scopes: readonly string[];
  readonly scopeSeparator: ' ' | ',';
  readonly pkce: boolean;
}

function withoutTrailingSlash(url: string): string {
  return url.replace(/\/+$/, '');
}

/**
 * Resolves the endpoints of `provider` for a client configuration. An `apiUrl` override replaces the API base URL
 * (trailing slashes dropped); an `oauthUrl` override puts the authorization endpoint at `${oauthUrl}/authorize`, the
 * token endpoint at `${oauthUrl}/token` and an OAuth revocation endpoint at `${oauthUrl}/<deauthorize|revoke>` for
 * every provider (one shape for test servers and proxies); `scopes` replaces the default scopes.
 *
 * @example
 * ```ts
 * const endpoints = resolveProviderEndpoints('strava', { clientId: 'id', clientSecret: 'secret', redirectUri: 'http://localhost/cb', oauthUrl: 'http://127.0.0.1:4010/oauth' });
 * endpoints.tokenUrl; // 'http://127.0.0.1:4010/oauth/token'
 * ```
 */
export function resolveProviderEndpoints(provider: ConnectProvider, config: ProviderClientConfig): ProviderEndpoints {
  const defaults = PROVIDER_DEFAULTS[provider];
  const apiUrl = withoutTrailingSlash(config.apiUrl ?? defaults.apiUrl);
  const oauthUrl = config.oauthUrl === undefined ? undefined : withoutTrailingSlash(config.oauthUrl);
  const revocation: ResolvedRevocation =
    defaults.revocation.kind === 'token_param'
      ? {
          kind: 'token_param',
          method: defaults.revocation.method,
          url: oauthUrl === undefined ? defaults.revocation.url : `${oauthUrl}/${defaults.revocation.oauthPath}`,
          location: defaults.revocation.location,
        }
      : { kind: 'bearer_request', method: 'DELETE', url: `${apiUrl}${defaults.revocation.path}` };
  return {
    apiUrl,
    authorizationUrl: oauthUrl === undefined ? defaults.authorizationUrl : `${oauthUrl}/authorize`,
    tokenUrl: oauthUrl === undefined ? defaults.tokenUrl : `${oauthUrl}/token`,
    revocation,
    scopes: config.scopes ?? defaults.scopes,
    scopeSeparator: defaults.scopeSeparator,
    pkce: defaults.pkce,
  };
}
