import { z } from 'zod';

/**
 * What the facade did with a stored value the fatigue engine cannot read: `row_skipped` (the activity, planned
 * session or recovery signal was left out of the input) or `value_ignored` (one profile value or the user's
 * heuristics override was left out, the rest of the row used).
 *
 * @example
 * ```ts
 * SKIPPED_STORED_VALUE_EFFECTS.includes('row_skipped'); // true
 * ```
 */
export const SKIPPED_STORED_VALUE_EFFECTS = ['row_skipped', 'value_ignored'] as const;

/**
 * A stored value the fatigue engine cannot read, reported instead of failing the report. The storage refuses such
 * values at the write boundary (core's `TRAINKIT_BOUNDS` are the engine's), so this happens only for rows written
 * by an older version or by hand (raw SQL): a 9999-hour session, a negative sleep duration, a maximum heart rate
 * below the resting one. Each entry names the row (`table`, `row_id`; for `user_settings` and `user_profile` the
 * user id), the `column`, the broken `rule` and the engine's `reason`, so the row can be fixed; every entry is also
 * in `warnings` as `stored.skipped:<table>[<row_id>].<column>`.
 *
 * @example
 * ```ts
 * SkippedStoredValueSchema.parse({
 *   table: 'activity_instances', row_id: 'act_7', column: 'performed_end', rule: 'too_big',
 *   reason: 'duration must be at most 14 days (1209600 seconds)', effect: 'row_skipped',
 * });
 * ```
 */
export const SkippedStoredValueSchema = z.object({
  /** The table of the stored row (`activity_instances`, `activity_strength_sets`, `planned_sessions`, ...). */
  table: z.string(),
  /** The row's id (the user id for the one-per-user tables `user_settings` and `user_profile`). */
  row_id: z.string(),
  /** The column holding the value, or null when the row as a whole cannot be used (e.g. too many sets). */
  column: z.string().nullable(),
  /** The rule broken (zod's issue code, e.g. `too_big`, `custom`). */
  rule: z.string(),
  /** Why the engine cannot use it. */
  reason: z.string(),
  /** What the facade did. */
  effect: z.enum(SKIPPED_STORED_VALUE_EFFECTS),
});

/**
 * See {@link SkippedStoredValueSchema}.
 *
 * @example
 * ```ts
 * const where = (skipped: SkippedStoredValue) => `${skipped.table}[${skipped.row_id}].${skipped.column}`;
 * ```
 */
export type SkippedStoredValue = z.output<typeof SkippedStoredValueSchema>;
