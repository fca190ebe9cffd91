import { createHash } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ProviderClientConfig } from '../config/provider-client-config.js';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import { fakeConnectRuntime, type FakeConnectRuntime } from '../test-support/fake-connect-runtime.js';
import { startTestServer, type ReceivedRequest, type TestServer } from '../test-support/start-test-server.js';
import { createOAuthClient, type OAuthClient } from './create-oauth-client.js';
import { derivePkceVerifier } from './oauth-state.js';
import { isTransientOAuthFailure, oauthGrantIsGone } from './token-endpoint-failure.js';

const CLIENT_SECRET = 'cs-9b1d7e3f5a';
const CODE = 'authcode-4c2e8a6b';
const stateKey = new Uint8Array(32).map((_, index) => (index * 13 + 5) % 256);

/** What the fake provider does; tests change it. */
interface ProviderBehaviour {
  omitRefreshToken: boolean;
  renamedIdentity: boolean;
  tokenReply: 'normal' | 'html_500';
  revokeStatus: number;
}

let server: TestServer;
let behaviour: ProviderBehaviour;
/** Refresh tokens the fake provider still accepts (each is spent on use: rotation). */
const liveRefreshTokens = new Set<string>();
/** Access tokens the fake provider still accepts. */
const liveAccessTokens = new Set<string>();
let issued = 0;
let expectedVerifier: string | null = null;

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
}

function providerOf(request: ReceivedRequest): ConnectProvider {
  return request.url.pathname.split('/')[1] as ConnectProvider;
}

function issue(provider: ConnectProvider, nowSeconds: number): Record<string, unknown> {
  issued += 1;
  const access = `at-${provider}-${issued}`;
  const refresh = `rt-${provider}-${issued}`;
  liveAccessTokens.add(access);
  liveRefreshTokens.add(refresh);
  const base: Record<string, unknown> = { access_token: access, ...(behaviour.omitRefreshToken ? {} : { refresh_token: refresh }) };
  switch (provider) {
    case 'strava':
      return { ...base, token_type: 'Bearer', expires_at: nowSeconds + 21_000, expires_in: 21_600, athlete: { id: 48151623, username: 'mara' } };
    case 'whoop':
      return { ...base, token_type: 'bearer', expires_in: 3600, scope: 'offline read:recovery read:workout' };
    case 'oura':
      return { ...base, token_type: 'bearer', expires_in: 86_400 };
    case 'garmin':
      return { ...base, token_type: 'bearer', expires_in: 86_399, scope: 'PARTNER_READ', jti: 'j-1', refresh_token_expires_in: 7_775_999 };
  }
}

function bearerOk(request: ReceivedRequest): boolean {
  const token = request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '';
  return liveAccessTokens.has(token);
}

async function handle(request: ReceivedRequest): Promise<Response> {
  const provider = providerOf(request);
  const path = request.url.pathname.slice(provider.length + 1);
  const form = new URLSearchParams(request.body);
  const nowSeconds = Date.parse('2026-12-03T20:00:00.000Z') / 1000;
  if (path === '/oauth/token' && request.method === 'POST') {
    if (behaviour.tokenReply === 'html_500') return new Response('<html>oops</html>', { status: 500, headers: { 'content-type': 'text/html' } });
    if (form.get('client_id') !== `client-${provider}` || form.get('client_secret') !== CLIENT_SECRET) return json({ error: 'invalid_client' }, 401);
    if (form.get('grant_type') === 'authorization_code') {
      if (form.get('code') !== CODE) return json({ error: 'invalid_grant', error_description: `code ${form.get('code')} is unknown` }, 400);
      if (provider === 'garmin' && form.get('code_verifier') !== expectedVerifier) return json({ error: 'invalid_grant' }, 400);
      return json(issue(provider, nowSeconds));
    }
    if (form.get('grant_type') === 'refresh_token') {
      const refresh = form.get('refresh_token') ?? '';
      if (!liveRefreshTokens.delete(refresh)) return json({ error: 'invalid_grant', error_description: `refresh token ${refresh} was already used` }, 400);
      return json(issue(provider, nowSeconds));
    }
    return json({ error: 'unsupported_grant_type' }, 400);
  }
  if (provider === 'strava' && path === '/oauth/deauthorize' && request.method === 'POST') {
    if (behaviour.revokeStatus !== 200) return json({ message: 'Authorization Error' }, behaviour.revokeStatus);
    return liveAccessTokens.delete(form.get('access_token') ?? '') ? json({ access_token: form.get('access_token') }) : json({ message: 'Authorization Error' }, 401);
  }
  if (provider === 'oura' && path === '/oauth/revoke' && request.method === 'GET') {
    if (behaviour.revokeStatus !== 200) return json({ detail: 'error' }, behaviour.revokeStatus);
    return liveAccessTokens.delete(request.url.searchParams.get('access_token') ?? '') ? json({}) : json({ detail: 'invalid token' }, 401);
  }
  if ((provider === 'whoop' && path === '/v2/user/access') || (provider === 'garmin' && path === '/wellness-api/rest/user/registration')) {
    if (request.method !== 'DELETE') return json({}, 405);
    if (behaviour.revokeStatus !== 200) return json({}, behaviour.revokeStatus);
    if (!bearerOk(request)) return json({}, 401);
    liveAccessTokens.delete(request.headers.get('authorization')?.replace(/^Bearer /, '') ?? '');
    return new Response(null, { status: 204 });
  }
  if (!bearerOk(request)) return json({ message: 'unauthorized' }, 401);
  if (provider === 'strava' && path === '/athlete') return json({ id: 48151623 });
  if (provider === 'whoop' && path === '/v2/user/profile/basic') return json({ user_id: 10129, email: 'mara@example.com' });
  if (provider === 'oura' && path === '/v2/usercollection/personal_info' && behaviour.renamedIdentity) return json({ user_id: 'x', age: 31 });
  if (provider === 'oura' && path === '/v2/usercollection/personal_info') return json({ id: '8f9a5221-639e-4a16-aba3-7d1e3d1ef3a1', age: 31 });
  if (provider === 'garmin' && path === '/wellness-api/rest/user/id') return json({ userId: 'd3315b1072421d0dd7c8f6b8e1de4df8' });
  return json({ message: 'not found' }, 404);
}

beforeAll(async () => {
  server = await startTestServer(handle);
});
afterAll(async () => {
  await server.close();
});
afterEach(() => {
  server.requests.length = 0;
  liveAccessTokens.clear();
  liveRefreshTokens.clear();
  expectedVerifier = null;
});

function configFor(provider: ConnectProvider): ProviderClientConfig {
  return {
    clientId: `client-${provider}`,
    clientSecret: CLIENT_SECRET,
    redirectUri: `https://app.example.com/oauth/${provider}/callback`,
    apiUrl: `${server.url}/${provider}`,
    oauthUrl: `${server.url}/${provider}/oauth`,
  };
}

function oauthFor(provider: ConnectProvider, runtime: FakeConnectRuntime = fakeConnectRuntime()): OAuthClient {
  behaviour = { omitRefreshToken: false, renamedIdentity: false, tokenReply: 'normal', revokeStatus: 200 };
  return createOAuthClient({ provider, config: configFor(provider), runtime, stateKey });
}

async function oauthFailure(promise: Promise<unknown>): Promise<OAuthError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(OAuthError);
    return error as OAuthError;
  }
  throw new Error('expected an OAuthError');
}

function expectNoSecret(...texts: unknown[]): void {
  const text = texts.map((value) => (value instanceof Error ? `${value.message} ${JSON.stringify(value)} ${JSON.stringify(value.cause ?? null)}` : JSON.stringify(value))).join(' ');
  for (const secret of [CLIENT_SECRET, CODE, 'at-', 'rt-']) expect(text).not.toContain(secret);
}

async function connect(provider: ConnectProvider, runtime: FakeConnectRuntime = fakeConnectRuntime()) {
  const oauth = oauthFor(provider, runtime);
  const { url, state } = await oauth.authorizationUrl({ userId: 'usr_1' });
  expectedVerifier = derivePkceVerifier(stateKey, state);
  const scope = provider === 'strava' ? '&scope=read,activity:read_all' : '';
  const result = await oauth.completeCallback(`https://app.example.com/oauth/${provider}/callback?state=${encodeURIComponent(state)}&code=${CODE}${scope}`, 'usr_1');
  return { oauth, url: new URL(url), state, result, runtime };
}

describe('createOAuthClient authorization URL', () => {
  it('Strava: client id, redirect URI, comma-joined scopes, approval_prompt=auto, state, no PKCE', async () => {
    const { url, state } = await oauthFor('strava').authorizationUrl({ userId: 'usr_1' });
    const parsed = new URL(url);
    expect(`${parsed.origin}${parsed.pathname}`).toBe(`${server.url}/strava/oauth/authorize`);
    expect(Object.fromEntries(parsed.searchParams)).toEqual({
      response_type: 'code',
      client_id: 'client-strava',
      redirect_uri: 'https://app.example.com/oauth/strava/callback',
      scope: 'read,activity:read_all',
      state,
      approval_prompt: 'auto',
    });
  });

  it('WHOOP: space-joined scopes including offline; Oura: space-joined scopes; neither uses PKCE', async () => {
    const whoop = new URL((await oauthFor('whoop').authorizationUrl({ userId: 'usr_1' })).url);
    expect(whoop.searchParams.get('scope')).toBe('read:recovery read:cycles read:workout read:sleep read:profile read:body_measurement offline');
    expect(whoop.searchParams.has('code_challenge')).toBe(false);
    expect(whoop.searchParams.has('approval_prompt')).toBe(false);
    const oura = new URL((await oauthFor('oura').authorizationUrl({ userId: 'usr_1' })).url);
    expect(oura.searchParams.get('scope')).toBe('personal daily heartrate workout session');
    expect(oura.searchParams.get('client_id')).toBe('client-oura');
    expect(oura.searchParams.has('code_challenge')).toBe(false);
  });

  it('WHOOP adds offline to configured scopes that lack it', async () => {
    const client = createOAuthClient({ provider: 'whoop', config: { ...configFor('whoop'), scopes: ['read:workout'] }, runtime: fakeConnectRuntime(), stateKey });
    expect(new URL((await client.authorizationUrl({ userId: 'u' })).url).searchParams.get('scope')).toBe('read:workout offline');
  });

  it('Garmin: a PKCE S256 challenge of the verifier derived from the state', async () => {
    const { url, state } = await oauthFor('garmin').authorizationUrl({ userId: 'usr_1' });
    const parsed = new URL(url);
    const verifier = derivePkceVerifier(stateKey, state);
    expect(parsed.searchParams.get('code_challenge')).toBe(createHash('sha256').update(verifier).digest('base64url'));
    expect(parsed.searchParams.get('code_challenge_method')).toBe('S256');
    expect(parsed.searchParams.get('response_type')).toBe('code');
    expect(parsed.searchParams.has('scope')).toBe(false);
    expect(parsed.searchParams.get('client_id')).toBe('client-garmin');
    expect(parsed.searchParams.get('redirect_uri')).toBe('https://app.example.com/oauth/garmin/callback');
    expect(parsed.searchParams.get('state')).toBe(state);
  });

  it('uses the provider default endpoints without overrides', async () => {
    const client = createOAuthClient({
      provider: 'garmin',
      config: { clientId: 'g', clientSecret: 's', redirectUri: 'https://app.example.com/cb' },
      runtime: fakeConnectRuntime(),
      stateKey,
    });
    expect((await client.authorizationUrl({ userId: 'u' })).url.startsWith('https://connect.garmin.com/oauth2Confirm?')).toBe(true);
  });
});

describe.each(['strava', 'whoop', 'oura', 'garmin'] as const)('createOAuthClient %s', (provider) => {
  it('exchanges the code: token request body, tokens, external user id', async () => {
    const { result, runtime } = await connect(provider);
    const tokenRequest = server.requests.find((request) => request.url.pathname === `/${provider}/oauth/token`);
    const body = Object.fromEntries(new URLSearchParams(tokenRequest?.body ?? ''));
    expect(tokenRequest?.method).toBe('POST');
    expect(body).toMatchObject({
      grant_type: 'authorization_code',
      code: CODE,
      redirect_uri: `https://app.example.com/oauth/${provider}/callback`,
      client_id: `client-${provider}`,
      client_secret: CLIENT_SECRET,
    });
    if (provider === 'garmin') expect(body['code_verifier']).toMatch(/^[A-Za-z0-9_-]{43}$/);
    else expect(body).not.toHaveProperty('code_verifier');
    expect(result.userId).toBe('usr_1');
    expect(result.tokens.accessToken).toMatch(new RegExp(`^at-${provider}-`));
    expect(result.tokens.refreshToken).toMatch(new RegExp(`^rt-${provider}-`));
    const expected = {
      strava: { expiresAt: '2026-12-04T01:50:00.000Z', scopes: ['read', 'activity:read_all'], externalUserId: '48151623' },
      whoop: { expiresAt: '2026-12-03T21:00:00.000Z', scopes: ['offline', 'read:recovery', 'read:workout'], externalUserId: '10129' },
      oura: { expiresAt: '2026-12-04T20:00:00.000Z', scopes: null, externalUserId: '8f9a5221-639e-4a16-aba3-7d1e3d1ef3a1' },
      garmin: { expiresAt: '2026-12-04T19:59:59.000Z', scopes: ['PARTNER_READ'], externalUserId: 'd3315b1072421d0dd7c8f6b8e1de4df8' },
    }[provider];
    expect(result.tokens).toMatchObject(expected);
    // Strava names the athlete in the token response: no identify call.
    expect(server.requests.some((request) => request.method === 'GET')).toBe(provider !== 'strava');
    expectNoSecret(runtime.logs);
  });

  it('refreshes with rotation: the new refresh token works, the spent one is refused', async () => {
    const { oauth, result } = await connect(provider);
    const first = await oauth.refresh(result.tokens.refreshToken);
    expect(first.refreshToken).not.toBe(result.tokens.refreshToken);
    expect(first.accessToken).not.toBe(result.tokens.accessToken);
    const refreshBody = new URLSearchParams(server.requests.at(-1)?.body ?? '');
    expect(refreshBody.get('grant_type')).toBe('refresh_token');
    expect(refreshBody.get('refresh_token')).toBe(result.tokens.refreshToken);
    expect(refreshBody.get('client_secret')).toBe(CLIENT_SECRET);
    expect(refreshBody.get('scope')).toBe(provider === 'whoop' ? 'offline' : null);

    const reused = await oauthFailure(oauth.refresh(result.tokens.refreshToken));
    expect(reused.reason).toBe('refresh_failed');
    expect(reused.message).toBe(`${provider}: the token refresh failed (HTTP 400, invalid_grant, OAUTH_RESPONSE_BODY_ERROR)`);
    expectNoSecret(reused);

    const second = await oauth.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
  });

  it('revokes access the provider way', async () => {
    const { oauth, result } = await connect(provider);
    server.requests.length = 0;
    await oauth.revoke({ accessToken: result.tokens.accessToken, refreshToken: result.tokens.refreshToken });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    const shape = {
      strava: { method: 'POST', path: '/strava/oauth/deauthorize' },
      whoop: { method: 'DELETE', path: '/whoop/v2/user/access' },
      oura: { method: 'GET', path: '/oura/oauth/revoke' },
      garmin: { method: 'DELETE', path: '/garmin/wellness-api/rest/user/registration' },
    }[provider];
    expect({ method: request?.method, path: request?.url.pathname }).toEqual(shape);
    if (provider === 'strava') expect(new URLSearchParams(request?.body).get('access_token')).toBe(result.tokens.accessToken);
    else if (provider === 'oura') expect(request?.url.searchParams.get('access_token')).toBe(result.tokens.accessToken);
    else expect(request?.headers.get('authorization')).toBe(`Bearer ${result.tokens.accessToken}`);
    expect(liveAccessTokens.has(result.tokens.accessToken)).toBe(false);
  });

  it('revokes with a refreshed token when the access token was refused', async () => {
    const { oauth, result } = await connect(provider);
    liveAccessTokens.delete(result.tokens.accessToken);
    server.requests.length = 0;
    await oauth.revoke({ accessToken: result.tokens.accessToken, refreshToken: result.tokens.refreshToken });
    expect(server.requests.map((request) => request.url.pathname.split('/').at(-1))).toEqual([
      provider === 'strava' ? 'deauthorize' : provider === 'oura' ? 'revoke' : provider === 'whoop' ? 'access' : 'registration',
      'token',
      provider === 'strava' ? 'deauthorize' : provider === 'oura' ? 'revoke' : provider === 'whoop' ? 'access' : 'registration',
    ]);
    expect(liveAccessTokens.size).toBe(0);
  });
});

describe('createOAuthClient failures', () => {
  it('a grant already gone at the provider (401, then invalid_grant) counts as revoked', async () => {
    const { oauth, result } = await connect('whoop');
    liveAccessTokens.clear();
    liveRefreshTokens.clear();
    await expect(oauth.revoke({ accessToken: result.tokens.accessToken, refreshToken: result.tokens.refreshToken })).resolves.toBeUndefined();
  });

  it('a revocation the provider refuses is revocation_failed', async () => {
    const { oauth, result } = await connect('oura');
    behaviour.revokeStatus = 500;
    const error = await oauthFailure(oauth.revoke({ accessToken: result.tokens.accessToken, refreshToken: null }));
    expect(error.reason).toBe('revocation_failed');
    expect(error.message).toBe('oura: the provider answered the revocation with HTTP 500');
    expectNoSecret(error);
  });

  it('refuses a tampered state, another user, another provider and an expired state, without calling the provider', async () => {
    const runtime = fakeConnectRuntime();
    const strava = oauthFor('strava', runtime);
    const { state } = await strava.authorizationUrl({ userId: 'usr_1' });
    const whoopState = (await createOAuthClient({ provider: 'whoop', config: configFor('whoop'), runtime, stateKey }).authorizationUrl({ userId: 'usr_1' })).state;
    const tampered = `${state.slice(0, -2)}${state.endsWith('AA') ? 'BB' : 'AA'}`;
    expect((await oauthFailure(strava.exchangeCode({ code: CODE, state: tampered }))).reason).toBe('state_mismatch');
    expect((await oauthFailure(strava.exchangeCode({ code: CODE, state, userId: 'usr_2' }))).reason).toBe('state_mismatch');
    expect((await oauthFailure(strava.exchangeCode({ code: CODE, state: whoopState }))).reason).toBe('state_mismatch');
    const otherKey = createOAuthClient({ provider: 'strava', config: configFor('strava'), runtime, stateKey: new Uint8Array(32).fill(9) });
    expect((await oauthFailure(otherKey.exchangeCode({ code: CODE, state }))).reason).toBe('state_mismatch');
    runtime.advance(901_000);
    const expired = await oauthFailure(strava.exchangeCode({ code: CODE, state }));
    expect(expired.reason).toBe('state_expired');
    expect(server.requests).toHaveLength(0);
    expectNoSecret(expired);
  });

  it('reports error=access_denied on the callback as provider_denied, a missing code as missing_code', async () => {
    const oauth = oauthFor('whoop');
    const { state } = await oauth.authorizationUrl({ userId: 'usr_1' });
    const denied = await oauthFailure(oauth.completeCallback(`https://app.example.com/cb?error=access_denied&error_description=The+user+denied&state=${state}`));
    expect(denied.reason).toBe('provider_denied');
    expect(denied.message).toBe('whoop: the authorization was not granted (access_denied)');
    expect((await oauthFailure(oauth.completeCallback(`https://app.example.com/cb?state=${state}`))).reason).toBe('missing_code');
    expect((await oauthFailure(oauth.completeCallback(`https://app.example.com/cb?code=${CODE}`))).reason).toBe('state_mismatch');
    expect((await oauthFailure(oauth.exchangeCode({ code: '', state }))).reason).toBe('missing_code');
    expect(server.requests).toHaveLength(0);
  });

  it('a token response without a refresh token is missing_refresh_token', async () => {
    const oauth = oauthFor('oura');
    behaviour.omitRefreshToken = true;
    const { state } = await oauth.authorizationUrl({ userId: 'usr_1' });
    const error = await oauthFailure(oauth.exchangeCode({ code: CODE, state }));
    expect(error.reason).toBe('missing_refresh_token');
    expectNoSecret(error);
  });

  it('a refused code exchange names the status and OAuth error, never the code, secret or provider text', async () => {
    const oauth = oauthFor('strava');
    const { state } = await oauth.authorizationUrl({ userId: 'usr_1' });
    const error = await oauthFailure(oauth.exchangeCode({ code: 'authcode-wrong', state }));
    expect(error.reason).toBe('token_exchange_failed');
    expect(error.message).toBe('strava: the code exchange failed (HTTP 400, invalid_grant, OAUTH_RESPONSE_BODY_ERROR)');
    expect(`${error.message} ${JSON.stringify(error.cause)}`).not.toContain('authcode-wrong');
    expectNoSecret(error);
  });

  it('an HTML 500 from the token endpoint is token_exchange_failed with the status', async () => {
    const oauth = oauthFor('garmin');
    const { state } = await oauth.authorizationUrl({ userId: 'usr_1' });
    behaviour.tokenReply = 'html_500';
    const error = await oauthFailure(oauth.exchangeCode({ code: CODE, state }));
    expect(error.reason).toBe('token_exchange_failed');
    expect(error.message).toContain('HTTP 500');
    expectNoSecret(error);
  });

  it('an unreachable or failing token endpoint is a transient refresh failure; invalid_grant is a gone grant', async () => {
    const runtime = fakeConnectRuntime({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const offline = createOAuthClient({ provider: 'whoop', config: configFor('whoop'), runtime, stateKey });
    const unreachable = await oauthFailure(offline.refresh('rt-whoop-1'));
    expect(unreachable.reason).toBe('refresh_failed');
    expect(unreachable.message).toBe('whoop: the token refresh failed (network_error)');
    expect(isTransientOAuthFailure(unreachable)).toBe(true);
    expect(oauthGrantIsGone(unreachable)).toBe(false);

    const oauth = oauthFor('whoop');
    behaviour.tokenReply = 'html_500';
    const failing = await oauthFailure(oauth.refresh('rt-whoop-1'));
    expect(isTransientOAuthFailure(failing)).toBe(true);
    behaviour.tokenReply = 'normal';
    const gone = await oauthFailure(oauth.refresh('rt-whoop-unknown'));
    expect(isTransientOAuthFailure(gone)).toBe(false);
    expect(oauthGrantIsGone(gone)).toBe(true);
  });

  it('refuses plain http to a non-loopback token endpoint without sending anything', async () => {
    const sent: string[] = [];
    const runtime = fakeConnectRuntime({
      fetch: async (input) => {
        sent.push(String(input));
        return json({});
      },
    });
    const oauth = createOAuthClient({ provider: 'oura', config: { ...configFor('oura'), oauthUrl: 'http://oauth.example.com/oauth' }, runtime, stateKey });
    const { state } = await oauth.authorizationUrl({ userId: 'usr_1' });
    const error = await oauthFailure(oauth.exchangeCode({ code: CODE, state }));
    expect(error.reason).toBe('token_exchange_failed');
    expect(error.message).toContain('OAUTH_HTTP_REQUEST_FORBIDDEN');
    expect(sent).toEqual([]);
  });

  it('identify reads the provider user id and reports a renamed field as invalid_response', async () => {
    const { oauth, result } = await connect('oura');
    expect(await oauth.identify(result.tokens.accessToken)).toBe('8f9a5221-639e-4a16-aba3-7d1e3d1ef3a1');
    behaviour.renamedIdentity = true;
    const renamed = await oauth.identify(result.tokens.accessToken).then(
      () => null,
      (error: unknown) => error as ProviderHttpError,
    );
    expect(renamed).toBeInstanceOf(ProviderHttpError);
    expect(renamed?.reason).toBe('invalid_response');
    expect(renamed?.details.bodyText).toBe('{"user_id":"x","age":31}');
    expect(renamed?.message).toBe('oura: GET /v2/usercollection/personal_info returned no `id` naming the athlete');
    const whoop = oauthFor('whoop');
    await expect(whoop.identify('at-unknown')).rejects.toMatchObject({ reason: 'unauthorized' });
  });
});
