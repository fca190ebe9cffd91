import {
  ProviderSchema,
  type Provider,
  type ProviderWebhookDeliveryId,
  type ProviderWebhookDeliveryInsert,
  type ProviderWebhookDeliveryRow,
  type WebhookDeliveryRepository,
} from '@trainkit/core';
import { checkKey } from './check-arguments.js';
import { KyselyUserScopedRepository } from './kysely-user-scoped-repository.js';
import { selectWhere } from './select-rows.js';
import type { StorageContext } from './storage-context.js';
import { validateWith, validationError } from './validate-rows.js';

/**
 * `provider_webhook_deliveries` on kysely, plus the two reads that are not scoped by user: a delivery by its key at
 * the provider, and the pending deliveries of everyone (crash recovery).
 *
 * @internal
 */
export class KyselyWebhookDeliveryRepository
  extends KyselyUserScopedRepository<ProviderWebhookDeliveryRow, ProviderWebhookDeliveryId, ProviderWebhookDeliveryInsert>
  implements WebhookDeliveryRepository
{
  constructor(context: StorageContext) {
    super(context, 'provider_webhook_deliveries');
  }

  /** Not scoped by user, on purpose: the key identifies the delivery at the provider (unique per provider). */
  async findByKey(provider: Provider, deliveryKey: string): Promise<ProviderWebhookDeliveryRow | undefined> {
    const name = validateWith(ProviderSchema, provider, `${this.table} provider`);
    const key = checkKey(this.table, 'deliveryKey', deliveryKey);
    const [row] = await selectWhere(this.context, this.runtime, (query) => query.where('provider', '=', name).where('delivery_key', '=', key), [], 1);
    return row as ProviderWebhookDeliveryRow | undefined;
  }

  /** Not scoped by user, on purpose: crash recovery drains every user's pending deliveries, oldest first. */
  async listPending(query: { readonly limit: number }): Promise<ProviderWebhookDeliveryRow[]> {
    const limit: unknown = typeof query === 'object' && query !== null ? query.limit : undefined;
    if (typeof limit !== 'number' || !Number.isInteger(limit) || limit < 1) {
      throw validationError(this.table, 'limit', 'too_small', 'must be a positive integer');
    }
    return (await selectWhere(
      this.context,
      this.runtime,
      (select) => select.where('status', '=', 'received'),
      [{ column: 'received_at' }],
      limit,
    )) as ProviderWebhookDeliveryRow[];
  }
}
