import * as oauth from 'oauth4webapi';
import type { ProviderClientConfig } from '../config/provider-client-config.js';
import { resolveProviderEndpoints, type ProviderEndpoints } from '../config/resolve-provider-endpoints.js';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { createProviderHttpClient } from '../http/create-provider-http-client.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { identifyProviderUser } from './identify-provider-user.js';
import { derivePkceVerifier, signOAuthState, verifyOAuthState } from './oauth-state.js';
import { oauthGrantIsGone, tokenEndpointFailure } from './token-endpoint-failure.js';
import { tokenSetFromResponse } from './token-set-from-response.js';
import type { TokenSet } from './token-set.js';

/**
 * What {@link createOAuthClient} needs: the provider, the app's client configuration, the injected runtime, the key
 * that signs `state` and derives PKCE verifiers (at least 32 random bytes, e.g. `vault.deriveSubkey('oauth-state')`),
 * and how long an authorization URL stays valid (default 900 s).
 *
 * @example
 * ```ts
 * const input: CreateOAuthClientInput = { provider: 'whoop', config, runtime, stateKey: vault.deriveSubkey('oauth-state') };
 * ```
 */
export interface CreateOAuthClientInput {
  readonly provider: ConnectProvider;
  readonly config: ProviderClientConfig;
  readonly runtime: ConnectRuntime;
  readonly stateKey: Uint8Array;
  readonly stateTtlSeconds?: number;
}

/**
 * The result of a completed authorization: the app's user the flow was started for (from the signed `state`) and
 * the account's tokens (with the provider's user id in `tokens.externalUserId`).
 *
 * @example
 * ```ts
 * const { userId, tokens }: OAuthExchangeResult = await oauth.completeCallback(request.url);
 * ```
 */
export interface OAuthExchangeResult {
  readonly userId: string;
  readonly tokens: TokenSet;
}

/**
 * OAuth 2 for one provider, built on `oauth4webapi`, stateless between the two steps of the flow.
 *
 * - `authorizationUrl({ userId })`: the consent-page URL (client id, redirect URI, scopes joined the provider's way,
 *   a signed `state`; Strava `approval_prompt=auto`; Garmin a PKCE S256 `code_challenge`).
 * - `exchangeCode({ code, state, scope?, userId? })`: verifies `state` (signature, provider, expiry and, when given,
 *   the user), exchanges the code and returns the tokens; the provider's user id comes from the token response
 *   (Strava `athlete.id`) or else from `identify`.
 * - `completeCallback(callbackUrl, expectedUserId?)`: reads `code`, `state`, `scope` or `error` from the redirect URL,
 *   then `exchangeCode`.
 * - `refresh(refreshToken)`: a refresh-token grant; the returned set carries the new (rotated) refresh token.
 * - `revoke(tokens)`: revokes the app's access the provider's way (refreshing once first if the access token expired).
 * - `identify(accessToken)`: the provider's user id of the athlete.
 *
 * Failures are `OAuthError`s with a stable `reason`; no message contains a token, a code or the client secret.
 *
 * @example
 * ```ts
 * const { url } = await oauth.authorizationUrl({ userId: 'usr_1' });
 * // ... the athlete consents, the provider redirects to the app's redirect URI ...
 * const { userId, tokens } = await oauth.completeCallback(callbackUrl, 'usr_1');
 * ```
 */
export interface OAuthClient {
  readonly provider: ConnectProvider;
  authorizationUrl(input: { readonly userId: string }): Promise<{ readonly url: string; readonly state: string }>;
  exchangeCode(input: {
    readonly code: string;
    readonly state: string;
    readonly scope?: string | null;
    readonly userId?: string;
  }): Promise<OAuthExchangeResult>;
  completeCallback(callbackUrl: string, expectedUserId?: string): Promise<OAuthExchangeResult>;
  refresh(refreshToken: string): Promise<TokenSet>;
  revoke(tokens: { readonly accessToken: string; readonly refreshToken: string | null }): Promise<void>;
  identify(accessToken: string): Promise<string>;
}

const TOKEN_REQUEST_TIMEOUT_MS = 30_000;
const LOOPBACK_HOSTS = new Set(['127.0.0.1', 'localhost', '[::1]']);

/**
 * Creates the {@link OAuthClient} of one provider. Endpoints come from `resolveProviderEndpoints` (so `apiUrl` and
 * `oauthUrl` overrides apply); token requests go through `runtime.fetch` with the client secret in the form body
 * (`client_secret_post`); plain `http` is allowed for loopback endpoints only (tests, a local proxy). The `state` is
 * `base64url(JSON {u, p, e, n}).HMAC-SHA256` and the PKCE verifier is derived from it, so nothing is stored between
 * `authorizationUrl` and `exchangeCode`.
 *
 * @example
 * ```ts
 * const oauth = createOAuthClient({ provider: 'strava', config: stravaConfig, runtime, stateKey });
 * const { url } = await oauth.authorizationUrl({ userId: 'usr_1' });
 * ```
 */
export function createOAuthClient(input: CreateOAuthClientInput): OAuthClient {
  const { provider, config, runtime, stateKey } = input;
  const stateTtlSeconds = input.stateTtlSeconds ?? 900;
  if (stateKey.length < 16) throw new RangeError('createOAuthClient: stateKey must be at least 16 bytes');
  if (!Number.isFinite(stateTtlSeconds) || stateTtlSeconds <= 0) throw new RangeError('createOAuthClient: stateTtlSeconds must be > 0');
  const endpoints: ProviderEndpoints = resolveProviderEndpoints(provider, config);
  const scopes = provider === 'whoop' && !endpoints.scopes.includes('offline') ? [...endpoints.scopes, 'offline'] : [...endpoints.scopes];
  const as: oauth.AuthorizationServer = { issuer: new URL(endpoints.tokenUrl).origin, token_endpoint: endpoints.tokenUrl };
  const client: oauth.Client = { client_id: config.clientId };
  const clientAuth = oauth.ClientSecretPost(config.clientSecret);
  const tokenRequestOptions = (): oauth.TokenEndpointRequestOptions => ({
    [oauth.customFetch]: (url, options) => runtime.fetch(url, options),
    [oauth.allowInsecureRequests]: isLoopbackHttp(endpoints.tokenUrl),
    signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
  });

  async function authorizationUrl({ userId }: { readonly userId: string }): Promise<{ url: string; state: string }> {
    if (userId === '') throw new RangeError('authorizationUrl: userId must not be empty');
    const nowSeconds = Math.floor(runtime.clock().getTime() / 1000);
    const nonce = Buffer.from(runtime.randomBytes(16)).toString('base64url');
    const state = signOAuthState(stateKey, { userId, provider, expiresAt: nowSeconds + Math.ceil(stateTtlSeconds), nonce });
    const url = new URL(endpoints.authorizationUrl);
    url.searchParams.set('response_type', 'code');
    url.searchParams.set('client_id', config.clientId);
    url.searchParams.set('redirect_uri', config.redirectUri);
    if (scopes.length > 0) url.searchParams.set('scope', scopes.join(endpoints.scopeSeparator));
    url.searchParams.set('state', state);
    if (provider === 'strava') url.searchParams.set('approval_prompt', 'auto');
    if (endpoints.pkce) {
      url.searchParams.set('code_challenge', await oauth.calculatePKCECodeChallenge(derivePkceVerifier(stateKey, state)));
      url.searchParams.set('code_challenge_method', 'S256');
    }
    return { url: url.toString(), state };
  }

  async function identify(accessToken: string): Promise<string> {
    const http = createProviderHttpClient({
      provider,
      apiUrl: endpoints.apiUrl,
      runtime,
      credentials: {
        current: async () => accessToken,
        refreshed: async () => {
          throw new OAuthError(provider, 'not_connected', 'the provider refused the access token while identifying the athlete');
        },
      },
      policy: { maxAttempts: 3, maxRequests: 10 },
    });
    return identifyProviderUser(provider, http);
  }

  async function exchangeCode(request: {
    readonly code: string;
    readonly state: string;
    readonly scope?: string | null;
    readonly userId?: string;
  }): Promise<OAuthExchangeResult> {
    if (typeof request.code !== 'string' || request.code === '') throw new OAuthError(provider, 'missing_code', 'the callback carries no authorization code');
    const claims = verifyOAuthState(stateKey, request.state, {
      provider,
      now: runtime.clock(),
      ...(request.userId !== undefined ? { expectedUserId: request.userId } : {}),
    });
    let body: oauth.TokenEndpointResponse;
    try {
      const parameters = oauth.validateAuthResponse(as, client, new URLSearchParams({ code: request.code, state: request.state }), request.state);
      const codeVerifier = endpoints.pkce ? derivePkceVerifier(stateKey, request.state) : oauth.nopkce;
      const response = await oauth.authorizationCodeGrantRequest(as, client, clientAuth, parameters, config.redirectUri, codeVerifier, tokenRequestOptions());
      body = await oauth.processAuthorizationCodeResponse(as, client, response);
    } catch (error) {
      throw tokenEndpointFailure(provider, 'token_exchange_failed', 'the code exchange failed', error);
    }
    const tokens = tokenSetFromResponse(provider, body, { now: runtime.clock(), failure: 'token_exchange_failed', callbackScope: request.scope ?? null });
    const externalUserId = tokens.externalUserId ?? (await identify(tokens.accessToken));
    runtime.logger({ level: 'info', message: 'oauth code exchanged', provider, userId: claims.userId, fields: { externalUserId } });
    return { userId: claims.userId, tokens: { ...tokens, externalUserId } };
  }

  async function completeCallback(callbackUrl: string, expectedUserId?: string): Promise<OAuthExchangeResult> {
    let parameters: URLSearchParams;
    try {
      parameters = new URL(callbackUrl).searchParams;
    } catch {
      throw new OAuthError(provider, 'missing_code', 'the callback URL is not a URL');
    }
    const error = parameters.get('error');
    if (error !== null) {
      const code = /^[A-Za-z0-9_.-]{1,64}$/.test(error) ? error : 'unknown_error';
      throw new OAuthError(provider, 'provider_denied', `the authorization was not granted (${code})`);
    }
    const code = parameters.get('code');
    if (code === null || code === '') throw new OAuthError(provider, 'missing_code', 'the callback carries no authorization code');
    const state = parameters.get('state');
    if (state === null || state === '') throw new OAuthError(provider, 'state_mismatch', 'the callback carries no state; start the connection again');
    return exchangeCode({ code, state, scope: parameters.get('scope'), ...(expectedUserId !== undefined ? { userId: expectedUserId } : {}) });
  }

  async function refresh(refreshToken: string): Promise<TokenSet> {
    if (typeof refreshToken !== 'string' || refreshToken === '') throw new OAuthError(provider, 'refresh_failed', 'no refresh token to refresh with');
    let body: oauth.TokenEndpointResponse;
    try {
      const options: oauth.TokenEndpointRequestOptions = {
        ...tokenRequestOptions(),
        ...(provider === 'whoop' ? { additionalParameters: { scope: 'offline' } } : {}),
      };
      const response = await oauth.refreshTokenGrantRequest(as, client, clientAuth, refreshToken, options);
      body = await oauth.processRefreshTokenResponse(as, client, response);
    } catch (error) {
      throw tokenEndpointFailure(provider, 'refresh_failed', 'the token refresh failed', error);
    }
    const tokens = tokenSetFromResponse(provider, body, { now: runtime.clock(), failure: 'refresh_failed' });
    runtime.logger({ level: 'info', message: 'oauth tokens refreshed', provider });
    return tokens;
  }

  async function sendRevocation(accessToken: string): Promise<number> {
    const { revocation } = endpoints;
    const url = new URL(revocation.url);
    const init: RequestInit = { method: revocation.method, signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS), headers: { accept: 'application/json' } };
    if (revocation.kind === 'bearer_request') {
      init.headers = { accept: 'application/json', authorization: `Bearer ${accessToken}` };
    } else if (revocation.location === 'form') {
      init.body = new URLSearchParams({ access_token: accessToken });
      init.headers = { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' };
    } else {
      url.searchParams.set('access_token', accessToken);
    }
    let response: Response;
    try {
      response = await runtime.fetch(url, init);
      await response.body?.cancel();
    } catch (error) {
      throw new OAuthError(provider, 'revocation_failed', `the revocation request failed (${error instanceof Error ? error.name : 'network error'})`, {
        cause: { name: error instanceof Error ? error.name : 'unknown' },
      });
    }
    runtime.logger({ level: 'debug', message: `${revocation.method} ${url.pathname}`, provider, fields: { status: response.status } });
    return response.status;
  }

  async function revoke(tokens: { readonly accessToken: string; readonly refreshToken: string | null }): Promise<void> {
    let status = await sendRevocation(tokens.accessToken);
    if (status === 401 && tokens.refreshToken !== null && tokens.refreshToken !== '') {
      let fresh: TokenSet;
      try {
        fresh = await refresh(tokens.refreshToken);
      } catch (error) {
        if (error instanceof OAuthError && oauthGrantIsGone(error)) {
          runtime.logger({ level: 'info', message: 'oauth grant was already revoked at the provider', provider });
          return;
        }
        throw new OAuthError(provider, 'revocation_failed', 'the access token was refused and refreshing it failed', { cause: error });
      }
      status = await sendRevocation(fresh.accessToken);
    }
    if (status >= 200 && status < 300) {
      runtime.logger({ level: 'info', message: 'oauth access revoked', provider });
      return;
    }
    throw new OAuthError(provider, 'revocation_failed', `the provider answered the revocation with HTTP ${status}`);
  }

  return { provider, authorizationUrl, exchangeCode, completeCallback, refresh, revoke, identify };
}

function isLoopbackHttp(url: string): boolean {
  const parsed = new URL(url);
  return parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname);
}
