import { InstantSchema } from '@trainkit/core';
import { AffectedRangeSchema } from '@trainkit/fatigue';
import { z } from 'zod';

/**
 * Why a `refreshState` run wrote what it wrote:
 *
 * - `no_previous_state`: nothing stored yet (or no readable watermark): full;
 * - `inputs_changed`: profile, heuristics, muscle maps, catalog or engine changed: full;
 * - `sessions_changed`: an activity known to the last run was edited or deleted: full;
 * - `as_of_moved_back`: `asOf` is before the last run's: full;
 * - `history_start_changed`: the engine had to rebuild (e.g. a new first activity): full;
 * - `new_data`: new activities and/or a later `asOf`: only the affected days and muscles;
 * - `up_to_date`: nothing changed since the last run: nothing written.
 *
 * @example
 * ```ts
 * FATIGUE_REFRESH_REASONS.includes('new_data'); // true
 * ```
 */
export const FATIGUE_REFRESH_REASONS = [
  'no_previous_state',
  'inputs_changed',
  'sessions_changed',
  'as_of_moved_back',
  'history_start_changed',
  'new_data',
  'up_to_date',
] as const;

/**
 * The report of `trainkit.fatigue.refreshState`: what was written to `user_fatigue_state` and why.
 *
 * @example
 * ```ts
 * const result = FatigueStateRefreshSchema.parse(await trainkit.fatigue.refreshState({ userId: 'u1', asOf: '2024-06-12' }));
 * result.full; // false after new data on a stored state
 * ```
 */
export const FatigueStateRefreshSchema = z.object({
  userId: z.string(),
  /** The instant computed for. */
  asOf: InstantSchema,
  /** The run id written to `computed_from` (and `provenance_json.run`) of every row written. */
  run: z.string(),
  /** True when every row was recomputed (and rows outside the new range deleted). */
  full: z.boolean(),
  reason: z.enum(FATIGUE_REFRESH_REASONS),
  /** The engine's affected range (`updateFatigueState`), or the whole range after a full recompute. */
  affected: AffectedRangeSchema,
  /** Activities new since the last run (empty when no previous run could be used). */
  newSessionIds: z.array(z.string()),
  /** Distinct days with at least one row written. */
  daysWritten: z.number().int().min(0),
  /** Rows upserted (muscle rows and systemic rows). */
  rowsWritten: z.number().int().min(0),
  /** Rows deleted because their day or muscle is no longer in the range (full recompute only). */
  rowsDeleted: z.number().int().min(0),
});

/**
 * See {@link FatigueStateRefreshSchema}.
 *
 * @example
 * ```ts
 * const written = (refresh: FatigueStateRefresh) => refresh.rowsWritten;
 * ```
 */
export type FatigueStateRefresh = z.output<typeof FatigueStateRefreshSchema>;
