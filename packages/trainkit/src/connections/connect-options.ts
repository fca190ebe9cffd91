import type { ConnectLogger, ConnectProvider, ProviderClientConfig, RetryPolicyInput, ScheduledWebhookDelivery, TokenVaultKey } from '@trainkit/connect';

/**
 * The `connect` option of `createTrainkit`: the OAuth client of every provider the host registered (as
 * `connectConfigFromEnv(process.env).providers` reads them, or written out), the token vault's key, and optionally
 * the `fetch` every provider request goes through, a logger (every entry redacted first: never a token) and the
 * retry policy. The key is either `encryptionKey` (base64 of 32 bytes, as in `TRAINKIT_ENCRYPTION_KEY`; `undefined`
 * or blank is a `TokenVaultError` `missing_key`, never a plaintext fallback) or `keys` (parsed keys, the active one
 * first, older ones after it so stored tokens still decrypt until `rotateKeys`; `encryptionKeysFromEnv` reads both).
 *
 * @example
 * ```ts
 * const connect: ConnectOptions = {
 *   providers: { strava: { clientId: '12345', clientSecret: 'secret', redirectUri: 'https://app.example.com/oauth/strava/callback' } },
 *   encryptionKey: 'q0Y5bXl0b2tlbi1rZXktMzItYnl0ZXMtbG9uZy1hYmM=',
 * };
 * ```
 */
export type ConnectOptions = ConnectBaseOptions & ({ readonly keys: readonly TokenVaultKey[] } | { readonly encryptionKey: string | undefined });

/**
 * What every {@link ConnectOptions} holds besides the key.
 *
 * @example
 * ```ts
 * const base: ConnectBaseOptions = { providers: {}, logger: (entry) => console.log(entry.message) };
 * ```
 */
export interface ConnectBaseOptions {
  /** The OAuth client of each provider; a provider without one is a `ConfigError` when used. */
  readonly providers: Partial<Record<ConnectProvider, ProviderClientConfig>>;
  /** The `fetch` of every provider request (default `globalThis.fetch`). */
  readonly fetch?: typeof globalThis.fetch;
  /** Where connect logs (default nowhere); entries are redacted before they reach it. */
  readonly logger?: ConnectLogger;
  /** Retries, rate-limit waits and the request budget of a sync (default `DEFAULT_RETRY_POLICY`). */
  readonly retryPolicy?: RetryPolicyInput;
  /**
   * Hands each webhook delivery, once stored and acknowledged, to your job queue; the job calls
   * `trainkit.connections.processWebhook(delivery)`. Default: processed in the background of the answering process.
   */
  readonly scheduleWebhook?: (delivery: ScheduledWebhookDelivery) => void;
}
