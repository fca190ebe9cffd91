import { InstantSchema, JsonValueSchema, ProviderSchema } from '@trainkit/core';
import { z } from 'zod';
import { NormalizationFailureSchema } from './normalization-failure.js';
import { NormalizerDescriptorSchema } from './normalizer-descriptor.js';

/**
 * What a webhook event asks for: a record was created, updated or deleted, or the athlete withdrew access.
 *
 * @example
 * ```ts
 * WEBHOOK_ACTIONS.includes('deauthorize'); // true
 * ```
 */
export const WEBHOOK_ACTIONS = ['create', 'update', 'delete', 'deauthorize'] as const;

/**
 * One of {@link WEBHOOK_ACTIONS}.
 *
 * @example
 * ```ts
 * const action: WebhookAction = 'delete';
 * ```
 */
export type WebhookAction = (typeof WEBHOOK_ACTIONS)[number];

/**
 * A provider webhook body as a typed event: the provider and its webhook model version when it has several (WHOOP
 * `v1` / `v2`), the action, the kind of object (`activity`, `athlete`, `workout`, `sleep`, `recovery`) and its id,
 * the provider's user id, when it happened, the changed fields the provider sent, its trace id, and the body exactly
 * as received. Ids are strings whatever the provider sent.
 *
 * @example
 * ```ts
 * ProviderWebhookEventSchema.parse({
 *   provider: 'strava', api_version: null, action: 'create', object_type: 'activity', object_id: '11843527901',
 *   owner_id: '48151623', event_time: '2024-06-12T06:20:03Z', updates: {}, trace_id: null, raw_payload: {},
 * });
 * ```
 */
export const ProviderWebhookEventSchema = z
  .object({
    provider: ProviderSchema,
    api_version: z.string().min(1).nullable(),
    action: z.enum(WEBHOOK_ACTIONS),
    object_type: z.string().min(1),
    object_id: z.string().min(1),
    owner_id: z.string().min(1),
    event_time: InstantSchema.nullable(),
    updates: z.record(z.string(), z.json()),
    trace_id: z.string().min(1).nullable(),
    raw_payload: JsonValueSchema,
  })
  .strict();

/**
 * A typed webhook event, see {@link ProviderWebhookEventSchema}.
 *
 * @example
 * ```ts
 * function needsFetch(event: ProviderWebhookEvent) { return event.action === 'create' || event.action === 'update'; }
 * ```
 */
export type ProviderWebhookEvent = z.output<typeof ProviderWebhookEventSchema>;

/**
 * What a webhook normalizer returns (it never throws): the event, or a typed failure.
 *
 * @example
 * ```ts
 * const result: WebhookNormalizationResult = normalizeStravaWebhookEvent(body);
 * if (result.ok) console.log(result.event.action);
 * ```
 */
export const WebhookNormalizationResultSchema = z.discriminatedUnion('ok', [
  z.object({ ok: z.literal(true), normalizer: NormalizerDescriptorSchema, event: ProviderWebhookEventSchema }).strict(),
  z.object({ ok: z.literal(false), normalizer: NormalizerDescriptorSchema, failure: NormalizationFailureSchema }).strict(),
]);

/**
 * The result of a webhook normalizer, see {@link WebhookNormalizationResultSchema}.
 *
 * @example
 * ```ts
 * function code(result: WebhookNormalizationResult) { return result.ok ? null : result.failure.code; }
 * ```
 */
export type WebhookNormalizationResult = z.output<typeof WebhookNormalizationResultSchema>;
