import { InstantSchema } from '@trainkit/core';
import { z } from 'zod';
import { SkippedStoredValueSchema } from './skipped-stored-value-schema.js';

/**
 * Where a profile value came from: `user_settings` / `user_profile` columns, the most recent activity's zone, the
 * facade's default, or, where the settings do not set it, a body value (`user_biometrics_history`, or a
 * `recovery_signals` resting heart rate: body mass, VO2max, resting heart rate) or the highest maximum heart rate
 * observed in an activity (`observed_activity`).
 *
 * @example
 * ```ts
 * PROFILE_VALUE_SOURCES.includes('latest_activity'); // true
 * ```
 */
export const PROFILE_VALUE_SOURCES = [
  'user_settings',
  'user_profile',
  'latest_activity',
  'default',
  'user_biometrics_history',
  'recovery_signals',
  'observed_activity',
] as const;

/**
 * Where the heuristics config came from: the facade's catalog-extended default, or the `heuristics` option of
 * `createTrainkit`.
 *
 * @example
 * ```ts
 * HEURISTICS_SOURCES.includes('catalog_default'); // true
 * ```
 */
export const HEURISTICS_SOURCES = ['catalog_default', 'option'] as const;

/**
 * A provider-sourced activity given to the engine and the ingestion run that produced it.
 *
 * @example
 * ```ts
 * ProviderActivitySourceSchema.parse({ activity_instance_id: 'act_1', provider: 'strava', ingestion_run_id: 'run_1',
 *   normalizer_id: 'strava.activity', normalizer_version: '1.0.0' });
 * ```
 */
export const ProviderActivitySourceSchema = z.object({
  activity_instance_id: z.string(),
  provider: z.string(),
  ingestion_run_id: z.string().nullable(),
  normalizer_id: z.string().nullable(),
  normalizer_version: z.string().nullable(),
});

/**
 * The facade's part of a fatigue report's provenance (`provenance.inputs`): which stored rows became the engine's
 * input and where the profile and heuristics came from. The engine's own provenance (sessions used, duplicates
 * excluded, load method per session, heuristics id + version + sha256, warnings) sits beside it.
 *
 * @example
 * ```ts
 * const inputs = FatigueInputSourcesSchema.parse(report.provenance.inputs);
 * inputs.ingestion_run_ids; // runs of the activities, merged records and recovery signals the engine used
 * ```
 */
export const FatigueInputSourcesSchema = z.object({
  /** The user. */
  user_id: z.string(),
  /** `CATALOG_VERSION` of the muscle maps and activity heuristics. */
  catalog_version: z.string(),
  /** Performed activities loaded: `performed_start` from the first activity (inclusive) to `as_of` (exclusive). */
  history: z.object({ from: InstantSchema.nullable(), to: InstantSchema }),
  /** Every `activity_instances` id given to the engine, by start then id. */
  activity_instance_ids: z.array(z.string()),
  /** Provider-sourced activities among them, with their ingestion runs. */
  provider_activities: z.array(ProviderActivitySourceSchema),
  /**
   * Distinct ingestion runs, sorted, of the data used: in a report, of the activities the engine used (after dedup),
   * of every raw record merged into one of them (cross-provider dedup), and of the recovery signals given to
   * readiness; from `trainkit.fatigue.input`, the same for every activity given.
   */
  ingestion_run_ids: z.array(z.string()),
  /** `planned_sessions` ids given to the forecast (status `planned`, from the as-of day through the horizon). */
  planned_session_ids: z.array(z.string()),
  /** `recovery_signals` ids given to readiness (HRV, resting HR, sleep duration and score of the baseline window). */
  recovery_signal_ids: z.array(z.string()),
  /** The engine profile and where each value came from. */
  profile: z.object({
    time_zone: z.string(),
    /** Source of every profile value that was set, by engine field name. */
    sources: z.record(z.string(), z.enum(PROFILE_VALUE_SOURCES)),
    /**
     * The stored row of each value taken from a row of its own, by engine field name: the `user_biometrics_history`
     * or `recovery_signals` row of a body value (the latest one for a smoothed resting heart rate), the
     * `activity_instances` row of an observed maximum heart rate. Such values are rounded (heart rates to whole bpm,
     * body mass to 0.5 kg, VO2max to whole ml/kg/min), so a new daily value rarely changes the profile.
     */
    source_ids: z.record(z.string(), z.string()),
  }),
  /** Where the heuristics came from and whether the user's `fatigue_overrides_json` was applied. */
  heuristics: z.object({
    source: z.enum(HEURISTICS_SOURCES),
    user_override: z.boolean(),
  }),
  /**
   * Stored values the engine cannot read, left out instead of failing the report (rows written by an older version
   * or by hand; see `SkippedStoredValueSchema`). Empty for data written through trainkit.
   */
  skipped: z.array(SkippedStoredValueSchema),
  /**
   * What the facade assumed or could not honour, sorted and distinct (see the package README); each skipped value
   * adds `stored.skipped:<table>[<row_id>].<column>`.
   */
  warnings: z.array(z.string()),
});

/**
 * See {@link FatigueInputSourcesSchema}.
 *
 * @example
 * ```ts
 * const runs = (sources: FatigueInputSources) => sources.ingestion_run_ids;
 * ```
 */
export type FatigueInputSources = z.output<typeof FatigueInputSourcesSchema>;
