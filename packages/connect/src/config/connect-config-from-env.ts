import { ConfigError } from '@trainkit/core';
import { CONNECT_PROVIDERS, type ConnectProvider } from '../connect-provider.js';
import { ProviderClientConfigSchema, type ProviderClientConfig } from './provider-client-config.js';

/**
 * The connect configuration of a host: the OAuth client of every configured provider (a provider that is absent is
 * not offered).
 *
 * @example
 * ```ts
 * const config: ConnectConfig = connectConfigFromEnv(process.env);
 * Object.keys(config.providers); // e.g. ['strava', 'whoop']
 * ```
 */
export interface ConnectConfig {
  readonly providers: Partial<Record<ConnectProvider, ProviderClientConfig>>;
}

/**
 * The environment variable suffixes {@link connectConfigFromEnv} reads, after `TRAINKIT_<PROVIDER>_`, and the
 * configuration field each one sets.
 *
 * @example
 * ```ts
 * CONNECT_ENV_VARIABLES.CLIENT_ID; // 'clientId'
 * ```
 */
export const CONNECT_ENV_VARIABLES = {
  CLIENT_ID: 'clientId',
  CLIENT_SECRET: 'clientSecret',
  REDIRECT_URI: 'redirectUri',
  API_URL: 'apiUrl',
  OAUTH_URL: 'oauthUrl',
  SCOPES: 'scopes',
  WEBHOOK_VERIFY_TOKEN: 'webhookVerifyToken',
  WEBHOOK_SUBSCRIPTION_ID: 'webhookSubscriptionId',
} as const satisfies Record<string, keyof ProviderClientConfig>;

/**
 * The redirect URI used when `TRAINKIT_<PROVIDER>_REDIRECT_URI` is not set: `http://localhost/oauth/<provider>/callback`.
 * Providers accept `localhost` redirects for development; the CLI flow has the athlete copy the `code` from that URL.
 *
 * @example
 * ```ts
 * defaultRedirectUri('strava'); // 'http://localhost/oauth/strava/callback'
 * ```
 */
export function defaultRedirectUri(provider: ConnectProvider): string {
  return `http://localhost/oauth/${provider}/callback`;
}

/** The name of one provider's environment variable, e.g. `TRAINKIT_WHOOP_CLIENT_ID`. */
function variableName(provider: ConnectProvider, suffix: keyof typeof CONNECT_ENV_VARIABLES): string {
  return `TRAINKIT_${provider.toUpperCase()}_${suffix}`;
}

function readVariable(env: Readonly<Record<string, string | undefined>>, name: string): string | undefined {
  const value = env[name]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

function suffixOfField(field: PropertyKey | undefined): keyof typeof CONNECT_ENV_VARIABLES | undefined {
  for (const [suffix, key] of Object.entries(CONNECT_ENV_VARIABLES)) {
    if (key === field) return suffix as keyof typeof CONNECT_ENV_VARIABLES;
  }
  return undefined;
}

function providerFromEnv(
  env: Readonly<Record<string, string | undefined>>,
  provider: ConnectProvider,
): ProviderClientConfig | undefined {
  const read = (suffix: keyof typeof CONNECT_ENV_VARIABLES): string | undefined => readVariable(env, variableName(provider, suffix));
  const clientId = read('CLIENT_ID');
  const clientSecret = read('CLIENT_SECRET');
  if (clientId === undefined && clientSecret === undefined) return undefined;
  if (clientId === undefined || clientSecret === undefined) {
    const [present, missing] =
      clientId === undefined ? [variableName(provider, 'CLIENT_SECRET'), variableName(provider, 'CLIENT_ID')] : [variableName(provider, 'CLIENT_ID'), variableName(provider, 'CLIENT_SECRET')];
    throw new ConfigError(`${present} is set but ${missing} is not: set both to connect ${provider}, or neither`);
  }
  const scopes = read('SCOPES');
  const candidate = {
    clientId,
    clientSecret,
    redirectUri: read('REDIRECT_URI') ?? defaultRedirectUri(provider),
    apiUrl: read('API_URL'),
    oauthUrl: read('OAUTH_URL'),
    scopes: scopes?.split(/[\s,]+/).filter((scope) => scope !== ''),
    webhookVerifyToken: read('WEBHOOK_VERIFY_TOKEN'),
    webhookSubscriptionId: read('WEBHOOK_SUBSCRIPTION_ID'),
  };
  const defined = Object.fromEntries(Object.entries(candidate).filter(([, value]) => value !== undefined));
  const parsed = ProviderClientConfigSchema.safeParse(defined);
  if (parsed.success) return parsed.data;
  // Name the variable and the rule, never the value (a secret or a URL with credentials).
  const problems = parsed.error.issues.map((issue) => {
    const suffix = suffixOfField(issue.path[0]);
    const name = suffix === undefined ? `TRAINKIT_${provider.toUpperCase()}_*` : variableName(provider, suffix);
    const rule = issue.code === 'invalid_format' ? `is not a valid ${'format' in issue ? String(issue.format) : 'value'}` : 'is invalid';
    return `${name} ${rule}`;
  });
  throw new ConfigError(`Invalid ${provider} configuration: ${problems.join('; ')}`);
}

/**
 * Reads the OAuth clients of every provider from environment variables: `TRAINKIT_<PROVIDER>_CLIENT_ID`,
 * `_CLIENT_SECRET`, `_REDIRECT_URI` (default {@link defaultRedirectUri}), `_API_URL`, `_OAUTH_URL`, `_SCOPES` (space- or
 * comma-separated), `_WEBHOOK_VERIFY_TOKEN`, `_WEBHOOK_SUBSCRIPTION_ID`, with PROVIDER one of STRAVA, WHOOP, OURA,
 * GARMIN. A provider is configured when its client id and secret are both set (blank counts as unset).
 *
 * @throws {ConfigError} When only one of the client id and secret is set, or a URL is not a URL. The message names the
 * variable, never its value.
 *
 * @example
 * ```ts
 * const { providers } = connectConfigFromEnv({ TRAINKIT_STRAVA_CLIENT_ID: '12345', TRAINKIT_STRAVA_CLIENT_SECRET: 's3cret' });
 * providers.strava?.redirectUri; // 'http://localhost/oauth/strava/callback'
 * ```
 */
export function connectConfigFromEnv(env: Readonly<Record<string, string | undefined>>): ConnectConfig {
  const providers: Partial<Record<ConnectProvider, ProviderClientConfig>> = {};
  for (const provider of CONNECT_PROVIDERS) {
    const config = providerFromEnv(env, provider);
    if (config !== undefined) providers[provider] = config;
  }
  return { providers };
}
