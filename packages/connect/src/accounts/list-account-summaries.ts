import { ExternalProviderAccountRowSchema, type TrainkitRepositories, type UserId } from '@trainkit/core';
import type { z } from 'zod';

/**
 * A connected account as it may be shown or returned: the `external_provider_accounts` row without its two encrypted
 * token columns.
 *
 * @example
 * ```ts
 * const summary = AccountSummarySchema.parse({ ...row, access_token_encrypted: undefined });
 * ```
 */
export const AccountSummarySchema = ExternalProviderAccountRowSchema.omit({ access_token_encrypted: true, refresh_token_encrypted: true });

/**
 * One connected account without its tokens, see {@link AccountSummarySchema}.
 *
 * @example
 * ```ts
 * const line = (a: AccountSummary) => `${a.provider} ${a.external_user_id} ${a.status} (${a.scopes ?? 'no scopes'})`;
 * ```
 */
export type AccountSummary = z.output<typeof AccountSummarySchema>;

/**
 * Drops the two encrypted token columns from an account row.
 *
 * @example
 * ```ts
 * const summary = toAccountSummary(row);
 * ```
 */
export function toAccountSummary(row: AccountSummary & { readonly access_token_encrypted?: unknown; readonly refresh_token_encrypted?: unknown }): AccountSummary {
  const { access_token_encrypted: _access, refresh_token_encrypted: _refresh, ...summary } = row;
  return summary;
}

/**
 * The user's connected accounts (every provider and status, oldest first), without the encrypted tokens: what
 * `trainkit accounts --user <id>` prints.
 *
 * @example
 * ```ts
 * for (const account of await listAccountSummaries(storage, 'usr_1')) console.log(account.provider, account.status);
 * ```
 */
export async function listAccountSummaries(storage: Pick<TrainkitRepositories, 'providerAccounts'>, userId: string): Promise<AccountSummary[]> {
  const rows = await storage.providerAccounts.list(userId as UserId, {
    orderBy: [{ column: 'created_at' }, { column: 'id' }],
  });
  return rows.map(toAccountSummary);
}
