import type { ProviderWebhookDeliveryRow } from '@trainkit/core';
import { processWebhookDelivery, type WebhookProcessingDependencies } from './process-webhook-delivery.js';

/**
 * What one {@link drainWebhookDeliveries} pass did: how many pending deliveries it took and how each ended
 * (`pending`: a transient failure left it `received` for the next pass), and the rows as they are now.
 *
 * @example
 * ```ts
 * const result: DrainWebhookDeliveriesResult = await drainWebhookDeliveries({ storage, pipeline, sync, clock, limit: 50 });
 * console.log(`${result.processed}/${result.taken} processed`);
 * ```
 */
export interface DrainWebhookDeliveriesResult {
  readonly taken: number;
  readonly processed: number;
  readonly ignored: number;
  readonly failed: number;
  readonly pending: number;
  readonly deliveries: readonly ProviderWebhookDeliveryRow[];
}

/**
 * Processes webhook deliveries still `received` (of every user, oldest first, at most `limit`), one after the
 * other, with {@link processWebhookDelivery}: crash recovery after a process died between acknowledging and
 * processing, and the worker side when the host schedules deliveries itself (`createWebhookHandlers({ schedule })`).
 * One bounded pass: a delivery that fails transiently stays `received` for the next pass, never looped on here.
 *
 * @example
 * ```ts
 * // a job every minute
 * const { processed, pending } = await drainWebhookDeliveries({ storage, pipeline: trainkit.ingest, sync, clock: runtime.clock, limit: 50 });
 * ```
 */
export async function drainWebhookDeliveries(
  options: WebhookProcessingDependencies & { readonly limit: number },
): Promise<DrainWebhookDeliveriesResult> {
  const { limit, ...dependencies } = options;
  const pending = await dependencies.storage.webhookDeliveries.listPending({ limit });
  const deliveries: ProviderWebhookDeliveryRow[] = [];
  for (const delivery of pending) deliveries.push(await processWebhookDelivery({ ...dependencies, delivery }));
  const count = (status: ProviderWebhookDeliveryRow['status']) => deliveries.filter((row) => row.status === status).length;
  return {
    taken: pending.length,
    processed: count('processed'),
    ignored: count('ignored'),
    failed: count('failed'),
    pending: count('received'),
    deliveries,
  };
}
