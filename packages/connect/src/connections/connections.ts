import type { ExternalIngestionRunRow, ProviderWebhookDeliveryRow } from '@trainkit/core';
import type { AccountSummary } from '../accounts/list-account-summaries.js';
import type { DeleteRecordsResult } from '../connect-pipeline.js';
import type { ConnectProvider } from '../connect-provider.js';
import type { SyncInput, SyncSummary } from '../sync/sync-types.js';
import type { WebhookHandlers } from '../webhooks/create-webhook-handlers.js';
import type { DrainWebhookDeliveriesResult } from '../webhooks/drain-webhook-deliveries.js';

/**
 * The second step of the OAuth flow: the `code` and `state` the provider's redirect carried (and Strava's `scope`),
 * or the whole redirect URL, which is parsed for them (an `error=access_denied` in it is `OAuthError`
 * `provider_denied`). `userId`, when given, must be the user the `state` was issued for.
 *
 * @example
 * ```ts
 * const input: CompleteAuthorizationInput = { provider: 'strava', callbackUrl: 'https://app.example.com/oauth/strava/callback?state=...&code=...&scope=read,activity:read_all' };
 * ```
 */
export type CompleteAuthorizationInput =
  | {
      readonly provider: ConnectProvider;
      readonly code: string;
      readonly state: string;
      readonly scope?: string | null;
      readonly userId?: string;
    }
  | { readonly provider: ConnectProvider; readonly callbackUrl: string; readonly userId?: string };

/**
 * A connected account as {@link Connections.accounts} lists it: the account row without its encrypted tokens, and the
 * last sync or backfill run of that provider for the user (`null` before the first sync).
 *
 * @example
 * ```ts
 * const [strava]: ConnectedAccount[] = await connections.accounts('usr_1');
 * console.log(strava?.account.status, strava?.lastSync?.status, strava?.lastSync?.finished_at);
 * ```
 */
export interface ConnectedAccount {
  readonly account: AccountSummary;
  readonly lastSync: ExternalIngestionRunRow | null;
}

/**
 * What {@link Connections.disconnect} does to one provider of one user.
 *
 * @example
 * ```ts
 * const input: DisconnectInput = { provider: 'strava', userId: 'usr_1', deleteData: true };
 * ```
 */
export interface DisconnectInput {
  readonly provider: ConnectProvider;
  readonly userId: string;
  /** Also delete every record of this provider for the user (and the canonical rows that came only from them). */
  readonly deleteData?: boolean;
}

/**
 * What {@link Connections.disconnect} did: the accounts now `revoked` (tokens cleared), whether the provider
 * confirmed each revocation (a provider that refuses or cannot be reached does not keep the account connected here:
 * its tokens are cleared anyway and `revocationFailed` names it), and the deletion run when data was deleted.
 *
 * @example
 * ```ts
 * const result: DisconnectResult = await connections.disconnect({ provider: 'strava', userId: 'usr_1' });
 * if (result.revocationFailed.length > 0) console.warn('the provider did not confirm the revocation');
 * ```
 */
export interface DisconnectResult {
  readonly accounts: readonly AccountSummary[];
  /** Ids of the accounts whose revocation the provider did not confirm (reason in the log, never a token). */
  readonly revocationFailed: readonly string[];
  readonly deleted: DeleteRecordsResult | null;
}

/**
 * What {@link Connections.rotateKeys} re-encrypted.
 *
 * @example
 * ```ts
 * const { accounts, rotated }: RotateKeysResult = await connections.rotateKeys();
 * ```
 */
export interface RotateKeysResult {
  /** Account rows looked at. */
  readonly accounts: number;
  /** Rows whose tokens were sealed with an older key and are now sealed with the active one. */
  readonly rotated: number;
}

/**
 * Connected provider accounts of every user, over one storage and one ingestion pipeline: the OAuth flow, syncs,
 * disconnection, key rotation and the webhook handlers. Create it with `createConnections`, or use
 * `trainkit.connections` of the facade.
 *
 * @example
 * ```ts
 * const { url } = await connections.authorizationUrl({ provider: 'strava', userId: 'usr_1' });
 * // ...the athlete approves; the provider redirects to your redirect URI...
 * await connections.completeAuthorization({ provider: 'strava', callbackUrl: request.url });
 * const summary = await connections.sync({ provider: 'strava', userId: 'usr_1' });
 * ```
 */
export interface Connections {
  /**
   * The provider's authorization URL for this user (with a signed `state`, and a PKCE challenge for Garmin), and
   * that `state`. Nothing is stored: the `state` carries the user and expires after 15 minutes.
   */
  authorizationUrl(input: { readonly provider: ConnectProvider; readonly userId: string }): Promise<{ readonly url: string; readonly state: string }>;
  /**
   * Checks the `state`, exchanges the code, identifies the provider's user and stores the account with its tokens
   * encrypted (one account per user, provider and provider user; connecting again updates it).
   */
  completeAuthorization(input: CompleteAuthorizationInput): Promise<AccountSummary>;
  /** The user's connected accounts (never their tokens), each with its last sync run. */
  accounts(userId: string): Promise<ConnectedAccount[]>;
  /** Syncs one provider of one user (see `SyncInput`); rate limits, aborts and request budgets end the run `partial`. */
  sync(input: SyncInput): Promise<SyncSummary>;
  /** Revokes the tokens at the provider, marks the account `revoked` with its tokens cleared, optionally deletes the data. */
  disconnect(input: DisconnectInput): Promise<DisconnectResult>;
  /** Re-encrypts every stored token under the active key (after a new `TRAINKIT_ENCRYPTION_KEY`). */
  rotateKeys(): Promise<RotateKeysResult>;
  /** Framework-free webhook handlers (a Web `Request` in, a `Response` out), one per provider. */
  readonly webhooks: WebhookHandlers;
  /**
   * Processes up to `limit` webhook deliveries still `received` (left by a crash between acknowledging and
   * processing), oldest first, in one bounded pass; a transient failure stays `received` for the next pass.
   */
  drainWebhooks(input: { readonly limit: number }): Promise<DrainWebhookDeliveriesResult>;
  /**
   * Processes one stored webhook delivery of a user (the worker side of `scheduleWebhook`): the row as it ends, or
   * `undefined` when the user has no such delivery. A delivery no longer `received` is returned unchanged, so a job
   * retried after a crash does not apply it twice.
   */
  processWebhook(input: { readonly userId: string; readonly deliveryId: string }): Promise<ProviderWebhookDeliveryRow | undefined>;
}
