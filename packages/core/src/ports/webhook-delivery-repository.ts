import type { Provider } from '../enums/provider.js';
import type { ProviderWebhookDeliveryId } from '../ids/entity-ids.js';
import type { ProviderWebhookDeliveryInsert, ProviderWebhookDeliveryRow } from '../schema/provider-webhook-delivery.js';
import type { UserScopedRepository } from './user-scoped-repository.js';

/**
 * `provider_webhook_deliveries`: the webhook deliveries providers pushed. A handler inserts the row before it
 * acknowledges the delivery; `(provider, delivery_key)` is unique across all users, so inserting a delivery the
 * provider sent before throws a `ConflictError` of kind `unique` (that is how a duplicate is detected: nothing
 * changes). Processing updates the row's status, attempts, error and run.
 *
 * @example
 * ```ts
 * try {
 *   await storage.webhookDeliveries.insert(delivery);
 * } catch (error) {
 *   if (error instanceof ConflictError && error.kind === 'unique') return new Response(null, { status: 200 }); // duplicate
 *   throw error;
 * }
 * for (const pending of await storage.webhookDeliveries.listPending({ limit: 50 })) await processDelivery(pending);
 * ```
 */
export interface WebhookDeliveryRepository
  extends UserScopedRepository<ProviderWebhookDeliveryRow, ProviderWebhookDeliveryId, ProviderWebhookDeliveryInsert> {
  /**
   * The delivery with this key at `provider`, whoever owns it, or `undefined`. Not scoped by user, on purpose: the
   * key identifies a delivery at the provider, and a duplicate is recognised before anything else is known.
   */
  findByKey(provider: Provider, deliveryKey: string): Promise<ProviderWebhookDeliveryRow | undefined>;
  /**
   * Deliveries still waiting to be processed (status `received`) of every user, oldest `received_at` first, then by
   * id; at most `limit` (a positive integer). Not scoped by user, on purpose: crash recovery drains them all.
   */
  listPending(query: { readonly limit: number }): Promise<ProviderWebhookDeliveryRow[]>;
}
