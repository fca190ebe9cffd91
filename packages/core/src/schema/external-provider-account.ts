import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { asOpenCategorical } from '../columns/column-kind.js';
import { ProviderAccountStatusSchema } from '../enums/integration.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { ExternalProviderAccountIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `external_provider_accounts`: a user's link to a provider account (OAuth tokens encrypted by the token vault).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link ExternalProviderAccountInsertSchema}
 * (or {@link parseExternalProviderAccount}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: ExternalProviderAccountRow = ExternalProviderAccountRowSchema.parse(rowFromDatabase);
 * ```
 */
export const ExternalProviderAccountRowSchema = z.object({
  id: ExternalProviderAccountIdSchema,
  user_id: UserIdSchema,
  provider: ProviderSchema,
  external_user_id: z.string().min(1).describe('The user\'s id at the provider (e.g. Strava athlete id).'),
  scopes: asOpenCategorical(z.string()).nullable().describe('Granted OAuth scopes, as the provider reported them (space or comma separated).'),
  access_token_encrypted: z.string().min(1).nullable().describe('Access token, encrypted by the token vault; never plain text.'),
  refresh_token_encrypted: z.string().min(1).nullable().describe('Refresh token, encrypted by the token vault; never plain text.'),
  token_expires_at: InstantSchema.nullable(),
  status: ProviderAccountStatusSchema.default('active'),
  status_raw: asOpenCategorical(z.string().min(1)).nullable().describe('Account or token status as the provider reported it.'),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `external_provider_accounts` row, see {@link ExternalProviderAccountRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: ExternalProviderAccountRow) { return row.provider; }
 * ```
 */
export type ExternalProviderAccountRow = z.output<typeof ExternalProviderAccountRowSchema>;

/**
 * Validates a new `external_provider_accounts` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected.
 *
 * @example
 * ```ts
 * const row = ExternalProviderAccountInsertSchema.parse({ id: 'acct_01', user_id: 'usr_01', provider: 'AURA_RING', external_user_id: '12345', created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export const ExternalProviderAccountInsertSchema = withNullDefaults(ExternalProviderAccountRowSchema)
  .extend({
    provider: ProviderInputSchema,
  });

/**
 * What may be passed to {@link ExternalProviderAccountInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: ExternalProviderAccountInsert = { id: 'acct_01', user_id: 'usr_01', provider: 'AURA_RING', external_user_id: '12345', created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' };
 * ```
 */
export type ExternalProviderAccountInsert = z.input<typeof ExternalProviderAccountInsertSchema>;

/**
 * Validates and completes a new `external_provider_accounts` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseExternalProviderAccount({ id: 'acct_01', user_id: 'usr_01', provider: 'AURA_RING', external_user_id: '12345', created_at: '2024-06-01T08:00:00.000Z', updated_at: '2024-06-01T08:00:00.000Z' });
 * ```
 */
export function parseExternalProviderAccount(input: unknown): ExternalProviderAccountRow {
  return parseWithSchema(ExternalProviderAccountInsertSchema, input, 'external_provider_accounts');
}

/**
 * Like {@link parseExternalProviderAccount} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseExternalProviderAccount(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseExternalProviderAccount(input: unknown): Result<ExternalProviderAccountRow, ValidationError> {
  return safeParseWithSchema(ExternalProviderAccountInsertSchema, input, 'external_provider_accounts');
}
