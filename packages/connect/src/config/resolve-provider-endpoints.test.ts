import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECT_PROVIDERS } from '../connect-provider.js';
import type { ProviderClientConfig } from './provider-client-config.js';
import { PROVIDER_DEFAULTS } from './provider-defaults.js';
import { resolveProviderEndpoints } from './resolve-provider-endpoints.js';

const base: ProviderClientConfig = { clientId: 'id', clientSecret: 'secret', redirectUri: 'http://localhost/oauth/cb' };

describe('resolveProviderEndpoints', () => {
  it('uses each provider\'s documented endpoints by default', () => {
    expect(resolveProviderEndpoints('strava', base)).toEqual({
      apiUrl: 'https://www.strava.com/api/v3',
      authorizationUrl: 'https://www.strava.com/oauth/authorize',
      tokenUrl: 'https://www.strava.com/oauth/token',
      revocation: { kind: 'token_param', method: 'POST', url: 'https://www.strava.com/oauth/deauthorize', location: 'form' },
      scopes: ['read', 'activity:read_all'],
      scopeSeparator: ',',
      pkce: false,
    });
    expect(resolveProviderEndpoints('whoop', base)).toEqual({
      apiUrl: 'https://api.prod.whoop.com/developer',
      authorizationUrl: 'https://api.prod.whoop.com/oauth/oauth2/auth',
      tokenUrl: 'https://api.prod.whoop.com/oauth/oauth2/token',
      revocation: { kind: 'bearer_request', method: 'DELETE', url: 'https://api.prod.whoop.com/developer/v2/user/access' },
      scopes: ['read:recovery', 'read:cycles', 'read:workout', 'read:sleep', 'read:profile', 'read:body_measurement', 'offline'],
      scopeSeparator: ' ',
      pkce: false,
    });
    expect(resolveProviderEndpoints('oura', base)).toEqual({
      apiUrl: 'https://api.ouraring.com',
      authorizationUrl: 'https://cloud.ouraring.com/oauth/authorize',
      tokenUrl: 'https://api.ouraring.com/oauth/token',
      revocation: { kind: 'token_param', method: 'GET', url: 'https://api.ouraring.com/oauth/revoke', location: 'query' },
      scopes: ['personal', 'daily', 'heartrate', 'workout', 'session'],
      scopeSeparator: ' ',
      pkce: false,
    });
    expect(resolveProviderEndpoints('garmin', base)).toEqual({
      apiUrl: 'https://apis.garmin.com',
      authorizationUrl: 'https://connect.garmin.com/oauth2Confirm',
      tokenUrl: 'https://diauth.garmin.com/di-oauth2-service/oauth/token',
      revocation: { kind: 'bearer_request', method: 'DELETE', url: 'https://apis.garmin.com/wellness-api/rest/user/registration' },
      scopes: [],
      scopeSeparator: ' ',
      pkce: true,
    });
  });

  it('an overridden oauthUrl moves authorize, token and OAuth revocation for every provider; apiUrl moves API calls', () => {
    for (const provider of CONNECT_PROVIDERS) {
      const endpoints = resolveProviderEndpoints(provider, {
        ...base,
        apiUrl: 'http://127.0.0.1:4010/api/',
        oauthUrl: 'http://127.0.0.1:4010/oauth/',
        scopes: ['only'],
      });
      expect(endpoints.apiUrl).toBe('http://127.0.0.1:4010/api');
      expect(endpoints.authorizationUrl).toBe('http://127.0.0.1:4010/oauth/authorize');
      expect(endpoints.tokenUrl).toBe('http://127.0.0.1:4010/oauth/token');
      expect(endpoints.revocation.url.startsWith('http://127.0.0.1:4010/')).toBe(true);
      expect(endpoints.scopes).toEqual(['only']);
      expect(endpoints.pkce).toBe(PROVIDER_DEFAULTS[provider].pkce);
    }
  });

  it('never points an overridden provider back at the real provider (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CONNECT_PROVIDERS), fc.integer({ min: 1024, max: 65535 }), fc.boolean(), (provider, port, slash) => {
        const root = `http://127.0.0.1:${port}`;
        const endpoints = resolveProviderEndpoints(provider, { ...base, apiUrl: `${root}/api${slash ? '/' : ''}`, oauthUrl: `${root}/o${slash ? '/' : ''}` });
        for (const url of [endpoints.apiUrl, endpoints.authorizationUrl, endpoints.tokenUrl, endpoints.revocation.url]) {
          expect(url.startsWith(`${root}/`)).toBe(true);
          expect(url).not.toContain('//api/');
          expect(url).not.toContain('//o/');
        }
      }),
    );
  });
});
