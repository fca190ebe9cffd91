import type { ConnectProvider } from '../connect-provider.js';

/**
 * A stored webhook delivery handed to the host's own queue (`createWebhookHandlers({ schedule })`): enough to process
 * it later, in any process, with `connections.processWebhook` (or `processWebhookDelivery`).
 *
 * @example
 * ```ts
 * const schedule = (delivery: ScheduledWebhookDelivery) => void queue.enqueue('webhook-delivery', delivery);
 * ```
 */
export interface ScheduledWebhookDelivery {
  /** The `provider_webhook_deliveries` row's id. */
  readonly deliveryId: string;
  /** The user the delivery was stored for (rows are keyed by user). */
  readonly userId: string;
  readonly provider: ConnectProvider;
}
