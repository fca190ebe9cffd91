import { ConfigError, toInstant, type ExternalProviderAccountRow, type ProviderWebhookDeliveryId, type TrainkitStorage, type UserId } from '@trainkit/core';
import { createAccountCredentials } from '../accounts/create-account-credentials.js';
import { listAccountSummaries, toAccountSummary, type AccountSummary } from '../accounts/list-account-summaries.js';
import { saveAccountTokens } from '../accounts/save-account-tokens.js';
import { ProviderClientConfigSchema, type ProviderClientConfig } from '../config/provider-client-config.js';
import { resolveProviderEndpoints } from '../config/resolve-provider-endpoints.js';
import type { ConnectPipeline } from '../connect-pipeline.js';
import type { ConnectProvider } from '../connect-provider.js';
import { OAuthError } from '../errors/oauth-error.js';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import { TokenVaultError } from '../errors/token-vault-error.js';
import { createProviderHttpClient } from '../http/create-provider-http-client.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import { resolveRetryPolicy, type RetryPolicyInput } from '../http/retry-policy.js';
import { createOAuthClient, type OAuthClient } from '../oauth/create-oauth-client.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { createSyncService } from '../sync/create-sync-service.js';
import { createTokenVault } from '../vault/token-vault.js';
import { rotateTokenKeys } from '../vault/rotate-token-keys.js';
import type { TokenVaultKey } from '../vault/parse-encryption-key.js';
import { createWebhookHandlers } from '../webhooks/create-webhook-handlers.js';
import { drainWebhookDeliveries } from '../webhooks/drain-webhook-deliveries.js';
import { processWebhookDelivery } from '../webhooks/process-webhook-delivery.js';
import type { ScheduledWebhookDelivery } from '../webhooks/scheduled-webhook-delivery.js';
import type { Connections, ConnectedAccount, DisconnectResult } from './connections.js';

/**
 * Options of {@link createConnections}.
 *
 * @example
 * ```ts
 * const options: CreateConnectionsOptions = {
 *   storage, pipeline: trainkit.ingest, runtime: createConnectRuntime(), ids: () => crypto.randomUUID(),
 *   providers: connectConfigFromEnv(process.env).providers, keys: encryptionKeysFromEnv(process.env),
 * };
 * ```
 */
export interface CreateConnectionsOptions {
  readonly storage: TrainkitStorage;
  /** Where fetched payloads go: `trainkit.ingest` (any `ConnectPipeline`). */
  readonly pipeline: ConnectPipeline;
  /** fetch, clock, sleep, randomness and the logger (see `createConnectRuntime`). */
  readonly runtime: ConnectRuntime;
  /** Ids of new rows (accounts, webhook deliveries); the prefix names the table. */
  readonly ids: (prefix: string) => string;
  /** The OAuth client of every provider the host registered; a provider without one is a `ConfigError` when used. */
  readonly providers: Partial<Record<ConnectProvider, ProviderClientConfig>>;
  /** The token vault's keys, the active one first (`encryptionKeysFromEnv`, `parseEncryptionKey`). */
  readonly keys: readonly TokenVaultKey[];
  /** Retries, waits and the request budget of every provider request (default `DEFAULT_RETRY_POLICY`). */
  readonly retryPolicy?: RetryPolicyInput;
  /**
   * Hands each stored webhook delivery to the host's job queue instead of processing it in the background of the
   * process that answered the provider; the job calls `connections.processWebhook`. See `createWebhookHandlers`.
   */
  readonly scheduleWebhook?: (delivery: ScheduledWebhookDelivery) => void;
}

/** The environment variables that configure a provider's OAuth client in the CLI (`connectConfigFromEnv`). */
function providerEnvNames(provider: ConnectProvider): string {
  const prefix = `TRAINKIT_${provider.toUpperCase()}`;
  return `${prefix}_CLIENT_ID and ${prefix}_CLIENT_SECRET (and ${prefix}_REDIRECT_URI)`;
}

/**
 * Validates the provider clients and the retry policy at once, so a bad configuration fails when the connections are
 * created rather than in the middle of a flow. Messages name the provider and the field, never a value (a secret).
 */
function checkConfiguration(providers: CreateConnectionsOptions['providers'], retryPolicy: RetryPolicyInput | undefined): void {
  for (const [provider, config] of Object.entries(providers)) {
    if (config === undefined) continue;
    const parsed = ProviderClientConfigSchema.safeParse(config);
    if (!parsed.success) {
      const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(config)'))].join(', ');
      throw new ConfigError(`invalid ${provider} client configuration: ${fields}`);
    }
  }
  try {
    resolveRetryPolicy(retryPolicy);
  } catch (error) {
    throw new ConfigError(`invalid ${error instanceof Error ? error.message : 'retry policy'}`, { cause: error });
  }
}

/** An account that can be synced: one the user connected and did not revoke. */
function isUsable(account: ExternalProviderAccountRow): boolean {
  return account.status !== 'revoked' && account.status !== 'disconnected' && account.access_token_encrypted !== null;
}

/**
 * Composes the connect package into one {@link Connections} object: the token vault over `keys` (no key: a
 * `TokenVaultError` `missing_key`, never a plaintext fallback), an OAuth client per configured provider (its `state`
 * signed with a subkey of the active vault key), a sync service whose HTTP clients refresh tokens through the stored,
 * encrypted refresh token, the webhook handlers and their processing.
 *
 * @throws {TokenVaultError} `missing_key` when `keys` is empty.
 * @throws {ConfigError} At once for a provider configuration that breaks `ProviderClientConfigSchema` or a retry
 * policy out of range (the message names the provider and field, never a value); later, when a method names a provider without a client configuration (the message names the
 * environment variables the CLI reads).
 *
 * @example
 * ```ts
 * const connections = createConnections({
 *   storage, pipeline: trainkit.ingest, runtime: createConnectRuntime(), ids: () => crypto.randomUUID(),
 *   providers: { strava: { clientId: '12345', clientSecret, redirectUri: 'https://app.example.com/oauth/strava/callback' } },
 *   keys: [parseEncryptionKey(process.env.TRAINKIT_ENCRYPTION_KEY)],
 * });
 * const { url } = await connections.authorizationUrl({ provider: 'strava', userId: 'usr_1' });
 * ```
 */
export function createConnections(options: CreateConnectionsOptions): Connections {
  const { storage, pipeline, runtime, ids, providers, keys, retryPolicy } = options;
  if (keys.length === 0) {
    throw new TokenVaultError('missing_key', 'no token encryption key configured: set TRAINKIT_ENCRYPTION_KEY (base64 of 32 random bytes)');
  }
  checkConfiguration(providers, retryPolicy);
  const vault = createTokenVault({ keys, randomBytes: runtime.randomBytes });
  const stateKey = vault.deriveSubkey('oauth-state');
  const now = () => toInstant(runtime.clock());

  function configOf(provider: ConnectProvider): ProviderClientConfig {
    const config = providers[provider];
    if (config === undefined) {
      throw new ConfigError(`${provider} is not configured: set ${providerEnvNames(provider)}, or pass connect.providers.${provider}`);
    }
    return config;
  }

  const oauthClients = new Map<ConnectProvider, OAuthClient>();
  function oauth(provider: ConnectProvider): OAuthClient {
    let client = oauthClients.get(provider);
    if (client === undefined) {
      client = createOAuthClient({ provider, config: configOf(provider), runtime, stateKey });
      oauthClients.set(provider, client);
    }
    return client;
  }

  async function usableAccount(provider: ConnectProvider, userId: string): Promise<ExternalProviderAccountRow> {
    const accounts = await storage.providerAccounts.listByProvider(userId as UserId, provider);
    const account = accounts.filter(isUsable).at(-1);
    if (account === undefined) {
      throw new OAuthError(provider, 'not_connected', `user ${userId} has no connected ${provider} account: connect it first`);
    }
    return account;
  }

  async function httpClient(provider: ConnectProvider, userId: string): Promise<ProviderHttpClient> {
    const config = configOf(provider);
      const account = await usableAccount(provider, userId);
      const credentials = createAccountCredentials({
        storage,
        vault,
        runtime,
        account,
        refresh: (refreshToken) => oauth(provider).refresh(refreshToken),
      });
      const { apiUrl } = resolveProviderEndpoints(provider, config);
      return createProviderHttpClient({ provider, apiUrl, runtime, credentials, ...(retryPolicy === undefined ? {} : { policy: retryPolicy }) });
  }

  const syncService = createSyncService({ storage, pipeline, runtime, client: httpClient });

  /**
   * Whether the provider refuses the account now (a deauthorization is real). Only Strava needs asking: its webhooks
   * are unsigned, so a forged deauthorization must not delete anything while Strava still accepts the token.
   */
  async function deauthorizationConfirmed(userId: string, provider: ConnectProvider): Promise<boolean> {
    // Strava and Garmin sign nothing: a deauthorization holds only when the provider refuses the account's token.
    const probe = provider === 'strava' ? '/athlete' : provider === 'garmin' ? '/wellness-api/rest/user/id' : undefined;
    if (probe === undefined) return true;
    try {
      const http = await httpClient(provider, userId);
      await http.request({ path: probe });
      return false;
    } catch (error) {
      if (error instanceof OAuthError) return true;
      if (error instanceof ProviderHttpError && (error.reason === 'unauthorized' || error.reason === 'forbidden')) return true;
      throw error;
    }
  }

  /** Marks the account `revoked` and clears its tokens (after a disconnect or a provider's deauthorization). */
  async function markRevoked(account: ExternalProviderAccountRow, statusRaw: string): Promise<ExternalProviderAccountRow> {
    return storage.providerAccounts.update(account.user_id, account.id, {
      status: 'revoked',
      status_raw: statusRaw,
      access_token_encrypted: null,
      refresh_token_encrypted: null,
      token_expires_at: null,
      updated_at: now(),
    });
  }

  const webhookDependencies = {
    storage,
    pipeline,
    sync: syncService,
    clock: runtime.clock,
    logger: runtime.logger,
    confirmDeauthorization: deauthorizationConfirmed,
    markRevoked: async (userId: string, provider: ConnectProvider) => {
      for (const account of await storage.providerAccounts.listByProvider(userId as UserId, provider)) {
        await markRevoked(account, 'deauthorized at the provider');
      }
    },
  };

  const webhooks = createWebhookHandlers({
    storage,
    runtime,
    ids,
    providers,
    process: (delivery) => processWebhookDelivery({ ...webhookDependencies, delivery }),
    ...(options.scheduleWebhook === undefined ? {} : { schedule: options.scheduleWebhook }),
  });

  return {
    authorizationUrl: async ({ provider, userId }) => oauth(provider).authorizationUrl({ userId }),

    async completeAuthorization(input) {
      const client = oauth(input.provider);
      const { userId, tokens } =
        'callbackUrl' in input
          ? await client.completeCallback(input.callbackUrl, input.userId)
          : await client.exchangeCode({
              code: input.code,
              state: input.state,
              ...(input.scope === undefined ? {} : { scope: input.scope }),
              ...(input.userId === undefined ? {} : { userId: input.userId }),
            });
      const externalUserId = tokens.externalUserId ?? (await client.identify(tokens.accessToken));
      const account = await saveAccountTokens({
        storage,
        vault,
        clock: runtime.clock,
        ids: () => ids('account'),
        userId,
        provider: input.provider,
        tokens,
        externalUserId,
      });
      runtime.logger({ level: 'info', message: 'account connected', provider: input.provider, userId, fields: { accountId: account.id } });
      return toAccountSummary(account);
    },

    async accounts(userId) {
      const summaries = await listAccountSummaries(storage, userId);
      const connected: ConnectedAccount[] = [];
      for (const account of summaries) {
        const [lastSync] = await storage.ingestionRuns.list(userId as UserId, {
          where: { provider: account.provider, kind: ['sync', 'backfill'] },
          orderBy: [{ column: 'started_at', direction: 'desc' }],
          limit: 1,
        });
        connected.push({ account, lastSync: lastSync ?? null });
      }
      return connected;
    },

    sync: async (input) => syncService.sync(input),

    async disconnect({ provider, userId, deleteData = false }) {
      const stored = await storage.providerAccounts.listByProvider(userId as UserId, provider);
      if (stored.length === 0) {
        throw new OAuthError(provider, 'not_connected', `user ${userId} has no ${provider} account to disconnect`);
      }
      const revoked: AccountSummary[] = [];
      const revocationFailed: string[] = [];
      for (const account of stored) {
        if (account.access_token_encrypted !== null) {
          const context = { userId: account.user_id, provider };
          try {
            const accessToken = vault.decrypt(account.access_token_encrypted, context);
            const refreshToken = account.refresh_token_encrypted === null ? null : vault.decrypt(account.refresh_token_encrypted, context);
            await oauth(provider).revoke({ accessToken, refreshToken });
          } catch (error) {
            if (error instanceof ConfigError && !(error instanceof TokenVaultError)) throw error;
            revocationFailed.push(account.id);
            runtime.logger({
              level: 'warn',
              message: 'the provider did not confirm the revocation; the tokens are cleared here anyway',
              provider,
              userId,
              fields: { accountId: account.id, reason: error instanceof OAuthError || error instanceof TokenVaultError ? error.reason : 'error' },
            });
          }
        }
        revoked.push(toAccountSummary(await markRevoked(account, 'disconnected')));
      }
      const deleted = deleteData ? await pipeline.deleteRecords({ userId, provider, reason: `${provider} disconnected by the user` }) : null;
      const result: DisconnectResult = { accounts: revoked, revocationFailed, deleted };
      return result;
    },

    rotateKeys: () => rotateTokenKeys({ storage, vault, clock: runtime.clock }),

    webhooks,

    drainWebhooks: ({ limit }) => drainWebhookDeliveries({ ...webhookDependencies, limit }),

    processWebhook: async ({ userId, deliveryId }) => {
      const delivery = await storage.webhookDeliveries.find(userId as UserId, deliveryId as ProviderWebhookDeliveryId);
      return delivery === undefined ? undefined : processWebhookDelivery({ ...webhookDependencies, delivery });
    },
  };
}
