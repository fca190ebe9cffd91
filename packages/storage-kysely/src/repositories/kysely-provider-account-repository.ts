import {
  ProviderSchema,
  type ExternalProviderAccountId,
  type ExternalProviderAccountInsert,
  type ExternalProviderAccountRow,
  type Provider,
  type ProviderAccountRepository,
  type UserId,
} from '@trainkit/core';
import { checkKey, checkUserId } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateWith } from './validate-rows.js';

/**
 * `external_provider_accounts` on kysely, plus the lookups webhooks and syncs need.
 *
 * @internal
 */
export class KyselyProviderAccountRepository
  extends KyselyUserScopedRepository<ExternalProviderAccountRow, ExternalProviderAccountId, ExternalProviderAccountInsert>
  implements ProviderAccountRepository
{
  constructor(context: StorageContext) {
    super(context, 'external_provider_accounts');
  }

  async listByProvider(userId: UserId, provider: Provider): Promise<ExternalProviderAccountRow[]> {
    const user = checkUserId(this.table, userId);
    const name = validateWith(ProviderSchema, provider, `${this.table} provider`);
    return (await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('user_id', '=', user).where('provider', '=', name),
      [{ column: 'created_at' }],
    )) as ExternalProviderAccountRow[];
  }

  /** Not scoped by user, on purpose: a webhook names the provider account and this finds its owner. */
  async findByExternalUser(provider: Provider, externalUserId: string): Promise<ExternalProviderAccountRow | undefined> {
    const name = validateWith(ProviderSchema, provider, `${this.table} provider`);
    const external = checkKey(this.table, 'externalUserId', externalUserId);
    const [row] = await selectWhere(
      this.context,
      this.runtime,
      (query) => query.where('provider', '=', name).where('external_user_id', '=', external),
      [{ column: 'created_at' }],
      1,
    );
    return row as ExternalProviderAccountRow | undefined;
  }
}
