import { z } from 'zod';

/**
 * One row of `AnalyticsRepository.categoricalValues`: a distinct non-null value of an open categorical column and how
 * many rows hold it. Rows are ordered by table, column, count descending, then value.
 *
 * @example
 * ```ts
 * CategoricalValueRowSchema.parse({ table: 'external_activity_records', column: 'activity_type_raw', value: 'TrailRun', count: 12 });
 * ```
 */
export const CategoricalValueRowSchema = z.strictObject({
  table: z.string().min(1),
  column: z.string().min(1),
  value: z.string(),
  count: z.number().int().min(1),
});

/**
 * See {@link CategoricalValueRowSchema}.
 *
 * @example
 * ```ts
 * const label = (row: CategoricalValueRow) => `${row.table}.${row.column} = ${row.value} (${row.count})`;
 * ```
 */
export type CategoricalValueRow = z.output<typeof CategoricalValueRowSchema>;
