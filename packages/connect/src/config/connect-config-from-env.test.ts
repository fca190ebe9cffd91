import { ConfigError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECT_PROVIDERS } from '../connect-provider.js';
import { connectConfigFromEnv } from './connect-config-from-env.js';

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('connectConfigFromEnv', () => {
  it('configures nothing from an empty environment', () => {
    expect(connectConfigFromEnv({})).toEqual({ providers: {} });
  });

  it('reads id, secret, redirect, URLs, scopes and webhook settings per provider', () => {
    const { providers } = connectConfigFromEnv({
      TRAINKIT_STRAVA_CLIENT_ID: '12345',
      TRAINKIT_STRAVA_CLIENT_SECRET: 'strava-secret',
      TRAINKIT_STRAVA_REDIRECT_URI: 'https://app.example.com/oauth/strava/callback',
      TRAINKIT_STRAVA_WEBHOOK_VERIFY_TOKEN: 'verify-me',
      TRAINKIT_STRAVA_WEBHOOK_SUBSCRIPTION_ID: '120475',
      TRAINKIT_WHOOP_CLIENT_ID: 'whoop-id',
      TRAINKIT_WHOOP_CLIENT_SECRET: 'whoop-secret',
      TRAINKIT_WHOOP_API_URL: 'http://127.0.0.1:4010/whoop',
      TRAINKIT_WHOOP_OAUTH_URL: 'http://127.0.0.1:4010/whoop/oauth',
      TRAINKIT_WHOOP_SCOPES: 'read:workout, offline',
      TRAINKIT_OURA_CLIENT_ID: '  ',
      UNRELATED: 'x',
    });
    expect(providers).toEqual({
      strava: {
        clientId: '12345',
        clientSecret: 'strava-secret',
        redirectUri: 'https://app.example.com/oauth/strava/callback',
        webhookVerifyToken: 'verify-me',
        webhookSubscriptionId: '120475',
      },
      whoop: {
        clientId: 'whoop-id',
        clientSecret: 'whoop-secret',
        redirectUri: 'http://localhost/oauth/whoop/callback',
        apiUrl: 'http://127.0.0.1:4010/whoop',
        oauthUrl: 'http://127.0.0.1:4010/whoop/oauth',
        scopes: ['read:workout', 'offline'],
      },
    });
  });

  it('one of id and secret without the other is a ConfigError naming the missing variable, never a value', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CONNECT_PROVIDERS),
        fc.boolean(),
        fc.stringMatching(/^[A-Za-z0-9]{16,32}$/).map((value) => `V4L${value}`),
        (provider, idOnly, value) => {
          const prefix = `TRAINKIT_${provider.toUpperCase()}`;
          const env = idOnly ? { [`${prefix}_CLIENT_ID`]: value } : { [`${prefix}_CLIENT_SECRET`]: value };
          const error = thrown(() => connectConfigFromEnv(env));
          expect(error).toBeInstanceOf(ConfigError);
          const message = (error as ConfigError).message;
          expect(message).toContain(idOnly ? `${prefix}_CLIENT_SECRET` : `${prefix}_CLIENT_ID`);
          expect(message).not.toContain(value);
          expect(JSON.stringify(error)).not.toContain(value);
        },
      ),
    );
  });

  it('an invalid URL is a ConfigError naming the variable, never its value', () => {
    const error = thrown(() =>
      connectConfigFromEnv({
        TRAINKIT_OURA_CLIENT_ID: 'oura-id',
        TRAINKIT_OURA_CLIENT_SECRET: 'oura-secret-value',
        TRAINKIT_OURA_API_URL: 'not a url with pa55word',
      }),
    );
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).message).toContain('TRAINKIT_OURA_API_URL');
    expect((error as ConfigError).message).not.toMatch(/pa55word|oura-secret-value/);
  });
});
