import type { Provider } from '../enums/provider.js';
import type { ExternalProviderAccountId, UserId } from '../ids/entity-ids.js';
import type {
  ExternalProviderAccountInsert,
  ExternalProviderAccountRow,
} from '../schema/external-provider-account.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `external_provider_accounts`: a user's links to provider accounts. Unique per (user_id, provider, external_user_id).
 *
 * @example
 * ```ts
 * const account = await storage.providerAccounts.findByExternalUser('strava', String(event.owner_id));
 * ```
 */
export interface ProviderAccountRepository
  extends UserScopedRepository<ExternalProviderAccountRow, ExternalProviderAccountId, ExternalProviderAccountInsert> {
  /** The user's accounts at `provider` (usually zero or one), ordered by `created_at`, then id. */
  listByProvider(userId: UserId, provider: Provider): Promise<ExternalProviderAccountRow[]>;
  /**
   * The account with this provider-side user id, whoever owns it, or `undefined`. The one lookup that is not scoped by
   * user: webhooks name the provider account, and this finds which user it belongs to. When several users linked the
   * same provider account, the oldest link (`created_at`, then id) is returned.
   */
  findByExternalUser(provider: Provider, externalUserId: string): Promise<ExternalProviderAccountRow | undefined>;
}
