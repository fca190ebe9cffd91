import { toInstant, type ExternalProviderAccountRow, type TrainkitRepositories } from '@trainkit/core';
import type { TokenVault } from './token-vault.js';

/**
 * Options of {@link rotateTokenKeys}: the storage, a vault whose active key is the new key and which still holds
 * the old ones, and the clock that stamps `updated_at`.
 *
 * @example
 * ```ts
 * const options: RotateTokenKeysOptions = { storage, vault, clock: runtime.clock };
 * ```
 */
export interface RotateTokenKeysOptions {
  readonly storage: Pick<TrainkitRepositories, 'users' | 'providerAccounts'>;
  readonly vault: TokenVault;
  readonly clock: () => Date;
  /** Users read per page (default 200). */
  readonly pageSize?: number;
}

/**
 * What a rotation did: accounts looked at, and accounts re-encrypted (the others were already on the active key or
 * hold no tokens).
 *
 * @example
 * ```ts
 * const result: RotateTokenKeysResult = { accounts: 12, rotated: 9 };
 * ```
 */
export interface RotateTokenKeysResult {
  readonly accounts: number;
  readonly rotated: number;
}

function needsRotation(vault: TokenVault, sealed: string | null): boolean {
  return sealed !== null && vault.keyIdOf(sealed) !== vault.activeKeyId;
}

async function rotateAccount(options: RotateTokenKeysOptions, account: ExternalProviderAccountRow): Promise<boolean> {
  const { vault } = options;
  if (!needsRotation(vault, account.access_token_encrypted) && !needsRotation(vault, account.refresh_token_encrypted)) return false;
  const owner = { userId: account.user_id, provider: account.provider };
  const reseal = (sealed: string | null): string | null => (sealed === null ? null : vault.encrypt(vault.decrypt(sealed, owner), owner));
  // Both columns in one update: a row is never left half on the old key.
  await options.storage.providerAccounts.update(account.user_id, account.id, {
    access_token_encrypted: reseal(account.access_token_encrypted),
    refresh_token_encrypted: reseal(account.refresh_token_encrypted),
    updated_at: toInstant(options.clock()),
  });
  return true;
}

/**
 * Re-encrypts the tokens of every `external_provider_accounts` row of every user under the vault's active key
 * (`trainkit keys rotate`). Rows already on the active key are left alone, so running it again changes nothing, and a
 * rotation that stopped half-way is finished by running it again. Each row's two tokens change in one update.
 *
 * @throws {TokenVaultError} `unknown_key_id` when a row was sealed with a key the vault does not hold (keep the old key
 * in `TRAINKIT_PREVIOUS_ENCRYPTION_KEYS` until the rotation is done), `decrypt_failed` for a tampered row.
 *
 * @example
 * ```ts
 * const vault = createTokenVault({ keys: encryptionKeysFromEnv(process.env), randomBytes: runtime.randomBytes });
 * const { accounts, rotated } = await rotateTokenKeys({ storage, vault, clock: runtime.clock });
 * console.log(`${rotated} of ${accounts} accounts re-encrypted`);
 * ```
 */
export async function rotateTokenKeys(options: RotateTokenKeysOptions): Promise<RotateTokenKeysResult> {
  const pageSize = Math.max(1, options.pageSize ?? 200);
  let accounts = 0;
  let rotated = 0;
  for (let offset = 0; ; offset += pageSize) {
    const users = await options.storage.users.list({ orderBy: [{ column: 'id' }], limit: pageSize, offset });
    for (const user of users) {
      const rows = await options.storage.providerAccounts.list(user.id, { orderBy: [{ column: 'id' }] });
      for (const row of rows) {
        accounts += 1;
        if (await rotateAccount(options, row)) rotated += 1;
      }
    }
    if (users.length < pageSize) break;
  }
  return { accounts, rotated };
}
