import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { WebhookDeliveryStatusSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { IngestionRunIdSchema, ProviderWebhookDeliveryIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `provider_webhook_deliveries`: one webhook delivery a provider pushed, stored when it arrived (before it is
 * acknowledged) and processed afterwards. `(provider, delivery_key)` is unique across all users, so a delivery the
 * provider sends twice is detected by the insert failing with a `ConflictError` of kind `unique`.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ProviderWebhookDeliveryInsertSchema}
 * (or {@link parseProviderWebhookDelivery}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ProviderWebhookDeliveryRow = ProviderWebhookDeliveryRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ProviderWebhookDeliveryRowSchema = z.object({
  id: ProviderWebhookDeliveryIdSchema,
  user_id: UserIdSchema.describe('The user the provider account of the event belongs to.'),
  provider: ProviderSchema,
  delivery_key: z
    .string()
    .min(1)
    .max(512)
    .describe('What identifies the delivery at the provider (its trace or event id, else the hex SHA-256 of the raw body); unique per provider.'),
  event_json: JsonValueSchema.describe('The verified, normalized event, including the raw request body.'),
  status: WebhookDeliveryStatusSchema.default('received'),
  attempts: z.number().int().min(0).default(0).describe('How many times processing was attempted.'),
  error: z.string().nullable().describe('Why the last processing attempt failed (no token or secret), else null.'),
  ingestion_run_id: IngestionRunIdSchema.nullable().describe('The ingestion run that processed the delivery, when one did.'),
  received_at: InstantSchema.describe('When the delivery arrived.'),
  processed_at: InstantSchema.nullable().describe('When processing last finished (processed, failed or ignored), else null.'),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `provider_webhook_deliveries` row, see {@link ProviderWebhookDeliveryRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ProviderWebhookDeliveryRow) { return `${row.provider} ${row.delivery_key}: ${row.status}`; }
 * ```
 */
export type ProviderWebhookDeliveryRow = z.output<typeof ProviderWebhookDeliveryRowSchema>;

/**
 * Validates a new `provider_webhook_deliveries` row at the boundary: nullable columns may be omitted (they default to
 * `null`), documented defaults are applied (`status` received, `attempts` 0), provider aliases are canonicalized,
 * unknown keys are rejected, and `processed_at` is not before `received_at`.
 *
 * @example
 * ```ts
 * const row = ProviderWebhookDeliveryInsertSchema.parse({ id: 'whd_01', user_id: 'usr_01', provider: 'whoop', delivery_key: '3f1c2b9e-7a4d-4c1e-9b2a-5d6e7f8a9b0c', event_json: { type: 'workout.updated', id: 'w_1' }, received_at: '2024-06-12T07:05:00.000Z', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export const ProviderWebhookDeliveryInsertSchema = withNullDefaults(ProviderWebhookDeliveryRowSchema)
  .extend({
    provider: ProviderInputSchema,
  })
  .superRefine((row, ctx) => {
    if (row.processed_at !== null && Date.parse(row.processed_at) < Date.parse(row.received_at)) {
      ctx.addIssue({ code: 'custom', path: ['processed_at'], message: 'must be >= received_at' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link ProviderWebhookDeliveryInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ProviderWebhookDeliveryInsert = { id: 'whd_01', user_id: 'usr_01', provider: 'whoop', delivery_key: '3f1c2b9e-7a4d-4c1e-9b2a-5d6e7f8a9b0c', event_json: { type: 'workout.updated', id: 'w_1' }, received_at: '2024-06-12T07:05:00.000Z', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' };
 * ```
 */
export type ProviderWebhookDeliveryInsert = z.input<typeof ProviderWebhookDeliveryInsertSchema>;

/**
 * Validates and completes a new `provider_webhook_deliveries` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseProviderWebhookDelivery({ id: 'whd_01', user_id: 'usr_01', provider: 'whoop', delivery_key: '3f1c2b9e-7a4d-4c1e-9b2a-5d6e7f8a9b0c', event_json: { type: 'workout.updated', id: 'w_1' }, received_at: '2024-06-12T07:05:00.000Z', created_at: '2024-06-12T07:05:00.000Z', updated_at: '2024-06-12T07:05:00.000Z' });
 * ```
 */
export function parseProviderWebhookDelivery(input: unknown): ProviderWebhookDeliveryRow {
  return parseWithSchema(ProviderWebhookDeliveryInsertSchema, input, 'provider_webhook_deliveries');
}

/**
 * Like {@link parseProviderWebhookDelivery} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseProviderWebhookDelivery(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseProviderWebhookDelivery(input: unknown): Result<ProviderWebhookDeliveryRow, ValidationError> {
  return safeParseWithSchema(ProviderWebhookDeliveryInsertSchema, input, 'provider_webhook_deliveries');
}
