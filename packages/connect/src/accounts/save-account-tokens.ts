import {
  ConflictError,
  type ExternalProviderAccountId,
  type ExternalProviderAccountRow,
  InstantSchema,
  toInstant,
  type IdFactory,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import type { ConnectProvider } from '../connect-provider.js';
import type { TokenSet } from '../oauth/token-set.js';
import type { TokenVault } from '../vault/token-vault.js';

/**
 * Options of {@link saveAccountTokens}.
 *
 * @example
 * ```ts
 * const options: SaveAccountTokensOptions = { storage, vault, clock: runtime.clock, ids, userId: 'usr_1', provider: 'whoop', tokens, externalUserId: '10129' };
 * ```
 */
export interface SaveAccountTokensOptions {
  readonly storage: Pick<TrainkitRepositories, 'providerAccounts'>;
  readonly vault: TokenVault;
  readonly clock: () => Date;
  readonly ids: IdFactory;
  readonly userId: string;
  readonly provider: ConnectProvider;
  readonly tokens: TokenSet;
  /** The athlete's id at the provider (`OAuthClient.identify`, or the Strava token response). */
  readonly externalUserId: string;
}

/**
 * Stores a connected account after the OAuth code exchange: inserts the `external_provider_accounts` row, or updates
 * the existing one of the same user, provider and provider-side user (reconnecting). Both tokens are encrypted by the
 * vault (bound to the user and provider), the status becomes `active`, the scopes are the granted scopes joined by a
 * space (kept as they were when the token response names none). Returns the stored row (tokens encrypted).
 *
 * @example
 * ```ts
 * const { userId, tokens } = await oauth.completeCallback(callbackUrl);
 * const externalUserId = tokens.externalUserId ?? (await oauth.identify(tokens.accessToken));
 * const account = await saveAccountTokens({ storage, vault, clock: runtime.clock, ids, userId, provider: 'strava', tokens, externalUserId });
 * ```
 */
export async function saveAccountTokens(options: SaveAccountTokensOptions): Promise<ExternalProviderAccountRow> {
  const { storage, vault, tokens, provider } = options;
  const userId = options.userId as UserId;
  const owner = { userId, provider };
  const now = toInstant(options.clock());
  const scopes = tokens.scopes === null ? null : tokens.scopes.join(' ');
  const sealed = {
    access_token_encrypted: vault.encrypt(tokens.accessToken, owner),
    refresh_token_encrypted: vault.encrypt(tokens.refreshToken, owner),
    token_expires_at: InstantSchema.parse(tokens.expiresAt),
    status: 'active' as const,
    status_raw: null,
    updated_at: now,
  };

  const existing = async (): Promise<ExternalProviderAccountRow | undefined> =>
    (await storage.providerAccounts.listByProvider(userId, provider)).find((row) => row.external_user_id === options.externalUserId);
  const update = (row: ExternalProviderAccountRow): Promise<ExternalProviderAccountRow> =>
    storage.providerAccounts.update(userId, row.id, { ...sealed, scopes: scopes ?? row.scopes });

  const found = await existing();
  if (found !== undefined) return update(found);
  try {
    return await storage.providerAccounts.insert({
      id: options.ids() as ExternalProviderAccountId,
      user_id: userId,
      provider,
      external_user_id: options.externalUserId,
      scopes,
      ...sealed,
      created_at: now,
    });
  } catch (error) {
    // Another request stored the same account first (unique user + provider + external user): update that row.
    if (!(error instanceof ConflictError && error.kind === 'unique')) throw error;
    const raced = await existing();
    if (raced === undefined) throw error;
    return update(raced);
  }
}
