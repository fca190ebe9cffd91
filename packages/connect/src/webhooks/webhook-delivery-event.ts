import { JsonValueSchema } from '@trainkit/core';
import { ProviderWebhookEventSchema } from '@trainkit/providers';
import { GarminPingCallbackSchema } from '@trainkit/providers/garmin';
import { z } from 'zod';

/**
 * What a stored webhook delivery holds in `event_json`, by kind:
 * - `event`: a Strava, WHOOP or Oura event, normalized by the `@trainkit/providers` webhook normalizer (its
 *   `raw_payload` is the parsed body), with the raw body text exactly as received (`raw_body`);
 * - `garmin`: one Garmin user's share of a push or ping notification: the pushed summaries by summary type
 *   (`{ activities: [...], dailies: [...] }`, only this user's), the ping callbacks to fetch (only this user's) and
 *   `deregistered: true` when the notification deregistered the user.
 *
 * @example
 * ```ts
 * const stored = WebhookDeliveryEventSchema.parse(delivery.event_json);
 * if (stored.kind === 'event') console.log(stored.event.action);
 * ```
 */
export const WebhookDeliveryEventSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('event'), event: ProviderWebhookEventSchema, raw_body: z.string() }).strict(),
  z
    .object({
      kind: z.literal('garmin'),
      garmin_user_id: z.string().min(1),
      summaries: z.record(z.string(), z.array(JsonValueSchema)),
      callbacks: z.array(GarminPingCallbackSchema),
      /** The user deregistered at Garmin: processing revokes the account (after Garmin confirms it by refusing its token). */
      deregistered: z.literal(true).optional(),
    })
    .strict(),
]);

/**
 * A stored webhook event, see {@link WebhookDeliveryEventSchema}.
 *
 * @example
 * ```ts
 * function label(event: WebhookDeliveryEvent) { return event.kind === 'event' ? event.event.object_type : `garmin ${event.garmin_user_id}`; }
 * ```
 */
export type WebhookDeliveryEvent = z.output<typeof WebhookDeliveryEventSchema>;
