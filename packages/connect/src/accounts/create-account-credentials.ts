import { createHash } from 'node:crypto';
import { InstantSchema, toInstant, type ExternalProviderAccountRow, type TrainkitRepositories } from '@trainkit/core';
import { OAuthError } from '../errors/oauth-error.js';
import { isTransientOAuthFailure } from '../oauth/token-endpoint-failure.js';
import type { TokenSet } from '../oauth/token-set.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import type { TokenVault } from '../vault/token-vault.js';
import type { AccessTokenSource } from './access-token-source.js';

/** `current()` refreshes first when the access token expires within this many milliseconds. */
const EXPIRY_MARGIN_MS = 60_000;

/**
 * Options of {@link createAccountCredentials}: the account row (its id and owner; the tokens are always read fresh
 * from storage), and `refresh`, the provider's refresh grant (`OAuthClient.refresh`).
 *
 * @example
 * ```ts
 * const options: CreateAccountCredentialsOptions = { storage, vault, runtime, account, refresh: (token) => oauth.refresh(token) };
 * ```
 */
export interface CreateAccountCredentialsOptions {
  readonly storage: Pick<TrainkitRepositories, 'providerAccounts'>;
  readonly vault: TokenVault;
  readonly runtime: Pick<ConnectRuntime, 'clock' | 'logger'>;
  readonly account: Pick<ExternalProviderAccountRow, 'id' | 'user_id' | 'provider'>;
  readonly refresh: (refreshToken: string) => Promise<TokenSet>;
}

function fingerprint(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/** Refresh tokens remembered as spent, per account (fingerprints; the oldest are forgotten past this many). */
const MAX_SPENT_REMEMBERED = 64;

/** What every credential source of one account shares within a process: the refresh in flight, spent refresh tokens, tokens not stored yet. */
interface SharedAccountState {
  inflight: Promise<string> | undefined;
  readonly spent: Set<string>;
  unsaved: TokenSet | undefined;
}

/** Keyed by the repository object, then the account id: sources over the same storage share one refresh. */
const sharedStates = new WeakMap<object, Map<string, SharedAccountState>>();

function sharedStateOf(repository: object, accountId: string): SharedAccountState {
  let byAccount = sharedStates.get(repository);
  if (byAccount === undefined) {
    byAccount = new Map();
    sharedStates.set(repository, byAccount);
  }
  let state = byAccount.get(accountId);
  if (state === undefined) {
    state = { inflight: undefined, spent: new Set(), unsaved: undefined };
    byAccount.set(accountId, state);
  }
  return state;
}

/**
 * The bearer tokens of one stored account, for the provider HTTP client. `current()` decrypts the stored access token
 * and refreshes first when it expires within 60 s. `refreshed(stale)` (after a 401) is single-flight: concurrent
 * calls share one refresh, also across every source built for the same account over the same storage in this
 * process; when the stored access token already differs from `stale` (another caller or process refreshed) it is
 * returned without refreshing. A refresh always uses the refresh token stored now, persists the new access AND refresh
 * token (encrypted) and the expiry in one update, and never sends a refresh token twice (providers rotate them:
 * WHOOP, Strava), unless the provider never took it (no answer, a 5xx or 429). If storing the new tokens fails they are kept in memory and stored on the next call. If a refresh
 * fails because another process refreshed at the same moment, the tokens that process stored are used.
 *
 * @throws {OAuthError} `not_connected` when the account has no tokens or was revoked; `refresh_failed` when the only
 * refresh token left was already spent; whatever `refresh` throws.
 *
 * @example
 * ```ts
 * const credentials = createAccountCredentials({ storage, vault, runtime, account, refresh: (token) => oauth.refresh(token) });
 * const http = createProviderHttpClient({ provider: 'whoop', apiUrl, runtime, credentials });
 * ```
 */
export function createAccountCredentials(options: CreateAccountCredentialsOptions): AccessTokenSource {
  const { storage, vault, runtime, account } = options;
  const owner = { userId: account.user_id, provider: account.provider };
  const shared = sharedStateOf(storage.providerAccounts, account.id);

  async function load(): Promise<{ row: ExternalProviderAccountRow; accessToken: string }> {
    const row = await storage.providerAccounts.find(account.user_id, account.id);
    if (row === undefined || row.status === 'revoked' || row.access_token_encrypted === null) {
      throw new OAuthError(account.provider, 'not_connected', `No ${account.provider} tokens stored for account ${account.id}: connect it again`);
    }
    return { row, accessToken: vault.decrypt(row.access_token_encrypted, owner) };
  }

  async function persist(tokens: TokenSet): Promise<void> {
    await storage.providerAccounts.update(account.user_id, account.id, {
      access_token_encrypted: vault.encrypt(tokens.accessToken, owner),
      refresh_token_encrypted: vault.encrypt(tokens.refreshToken, owner),
      token_expires_at: InstantSchema.parse(tokens.expiresAt),
      ...(tokens.scopes === null ? {} : { scopes: tokens.scopes.join(' ') }),
      status: 'active',
      status_raw: null,
      updated_at: toInstant(runtime.clock()),
    });
  }

  /** Stores tokens a failed update left in memory; true when there were any. */
  async function flushUnsaved(): Promise<string | undefined> {
    const tokens = shared.unsaved;
    if (tokens === undefined) return undefined;
    await persist(tokens);
    if (shared.unsaved === tokens) shared.unsaved = undefined;
    return tokens.accessToken;
  }

  function markSpent(refreshToken: string): boolean {
    const key = fingerprint(refreshToken);
    if (shared.spent.has(key)) return false;
    shared.spent.add(key);
    if (shared.spent.size > MAX_SPENT_REMEMBERED) shared.spent.delete(shared.spent.values().next().value as string);
    return true;
  }

  async function refreshNow(stale: string): Promise<string> {
    const pending = await flushUnsaved();
    if (pending !== undefined && pending !== stale) return pending;
    const { row, accessToken } = await load();
    if (accessToken !== stale) return accessToken;
    if (row.refresh_token_encrypted === null) {
      throw new OAuthError(account.provider, 'not_connected', `No ${account.provider} refresh token stored for account ${account.id}: connect it again`);
    }
    const refreshToken = vault.decrypt(row.refresh_token_encrypted, owner);
    if (!markSpent(refreshToken)) {
      throw new OAuthError(account.provider, 'refresh_failed', `The stored ${account.provider} refresh token was already used; connect the account again`);
    }
    let tokens: TokenSet;
    try {
      tokens = await options.refresh(refreshToken);
    } catch (error) {
      // No answer, or a 5xx/429: the provider did not take the refresh token, so a later call may send it again (if a
      // lost response hid a rotation, the provider refuses it then, which is no worse). Only a refusal spends it.
      if (error instanceof OAuthError && isTransientOAuthFailure(error)) shared.spent.delete(fingerprint(refreshToken));
      // Another process may have refreshed (and spent this refresh token) at the same moment: use what it stored.
      const latest = await load().catch(() => undefined);
      if (latest !== undefined && latest.accessToken !== stale) return latest.accessToken;
      throw error;
    }
    shared.unsaved = tokens;
    await flushUnsaved();
    runtime.logger({ level: 'info', message: 'access token refreshed', provider: account.provider, userId: account.user_id, fields: { accountId: account.id, expiresAt: tokens.expiresAt } });
    return tokens.accessToken;
  }

  function refreshed(stale: string): Promise<string> {
    if (shared.inflight === undefined) {
      const flight = refreshNow(stale).finally(() => {
        if (shared.inflight === flight) shared.inflight = undefined;
      });
      shared.inflight = flight;
    }
    return shared.inflight;
  }

  return {
    async current() {
      if (shared.inflight !== undefined) return shared.inflight;
      const pending = await flushUnsaved();
      if (pending !== undefined) return pending;
      const { row, accessToken } = await load();
      const expiresAt = row.token_expires_at === null ? Number.POSITIVE_INFINITY : Date.parse(row.token_expires_at);
      if (expiresAt - runtime.clock().getTime() > EXPIRY_MARGIN_MS) return accessToken;
      return refreshed(accessToken);
    },
    refreshed,
  };
}
