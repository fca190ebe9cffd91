import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { DAILY_TOTAL_RANGES, DailyTotalMetricSchema } from '../enums/daily-total.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { DailyActivityTotalIdSchema, ExternalActivityRecordIdSchema, UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { CANONICAL_PROVENANCE_COLUMNS } from './canonical-provenance-columns.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `daily_activity_totals`: one whole-day total (steps, active energy, distance, ...) of a user's local day from one provider; one row per (user_id, provider, local_date, metric_type), replaced when the provider revises the day.
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link DailyActivityTotalInsertSchema}
 * (or {@link parseDailyActivityTotal}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: DailyActivityTotalRow = DailyActivityTotalRowSchema.parse(rowFromDatabase);
 * ```
 */
export const DailyActivityTotalRowSchema = z.object({
  id: DailyActivityTotalIdSchema,
  user_id: UserIdSchema,
  local_date: LocalDateSchema.describe('The user\'s local calendar day the total covers.'),
  metric_type: DailyTotalMetricSchema,
  value: z.number().describe('Total of the day in the unit named by metric_type, within its plausible range.'),
  provider: ProviderSchema,
  source_name: z
    .string()
    .min(1)
    .nullable()
    .describe('Device or app the total was taken from when the provider names one (e.g. `Jane’s Apple Watch`); overlapping sources are never summed.'),
  external_record_id: ExternalActivityRecordIdSchema.nullable().describe('Raw record it was normalized from, when any.'),
  ...CANONICAL_PROVENANCE_COLUMNS,
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `daily_activity_totals` row, see {@link DailyActivityTotalRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: DailyActivityTotalRow) { return `${row.local_date} ${row.metric_type} ${row.value}`; }
 * ```
 */
export type DailyActivityTotalRow = z.output<typeof DailyActivityTotalRowSchema>;

/**
 * Validates a new `daily_activity_totals` row at the boundary: nullable columns may be omitted (they default to `null`),
 * unknown keys are rejected, provider aliases are canonicalized, and `value` lies in the plausible range of its metric (`DAILY_TOTAL_RANGES`).
 *
 * @example
 * ```ts
 * const row = DailyActivityTotalInsertSchema.parse({ id: 'total_01', user_id: 'usr_01', local_date: '2025-03-04', metric_type: 'steps', value: 11234, provider: 'apple_health', created_at: '2025-03-05T06:00:00.000Z', updated_at: '2025-03-05T06:00:00.000Z' });
 * ```
 */
export const DailyActivityTotalInsertSchema = withNullDefaults(DailyActivityTotalRowSchema)
  .extend({
    provider: ProviderInputSchema,
  })
  .superRefine((row, ctx) => {
    const range = DAILY_TOTAL_RANGES[row.metric_type];
    if (row.value < range.min || row.value > range.max) {
      ctx.addIssue({ code: 'custom', path: ['value'], message: `${row.metric_type} must be within ${range.min}..${range.max}` });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link DailyActivityTotalInsertSchema}: a row with optional nullable columns.
 *
 * @example
 * ```ts
 * const input: DailyActivityTotalInsert = { id: 'total_01', user_id: 'usr_01', local_date: '2025-03-04', metric_type: 'active_energy_kcal', value: 612.5, provider: 'garmin', created_at: '2025-03-05T06:00:00.000Z', updated_at: '2025-03-05T06:00:00.000Z' };
 * ```
 */
export type DailyActivityTotalInsert = z.input<typeof DailyActivityTotalInsertSchema>;

/**
 * Validates and completes a new `daily_activity_totals` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseDailyActivityTotal({ id: 'total_01', user_id: 'usr_01', local_date: '2025-03-04', metric_type: 'steps', value: 11234, provider: 'apple_health', created_at: '2025-03-05T06:00:00.000Z', updated_at: '2025-03-05T06:00:00.000Z' });
 * ```
 */
export function parseDailyActivityTotal(input: unknown): DailyActivityTotalRow {
  return parseWithSchema(DailyActivityTotalInsertSchema, input, 'daily_activity_totals');
}

/**
 * Like {@link parseDailyActivityTotal} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseDailyActivityTotal(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseDailyActivityTotal(input: unknown): Result<DailyActivityTotalRow, ValidationError> {
  return safeParseWithSchema(DailyActivityTotalInsertSchema, input, 'daily_activity_totals');
}
