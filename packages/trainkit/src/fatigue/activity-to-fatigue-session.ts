import type { ActivityDefinitionRow, ActivityInstanceRow, ActivityStrengthSetRow, MovementRow } from '@trainkit/core';
import type { FatigueSessionInput, HeuristicsConfig } from '@trainkit/fatigue';

/** Activity slug for activities without a definition (the catalog's fallback activity). */
export const FALLBACK_ACTIVITY_SLUG = 'other';

/**
 * Dedup priority of a session with logged working sets over one without: when a watch recorded the same strength
 * session that was logged set by set, the logged sets (which carry the per-muscle detail) are kept.
 */
export const LOGGED_SETS_PRIORITY = 10;

/** Activities whose average speed stands in for normalized graded pace (flat road running only). */
const AVERAGE_SPEED_AS_PACE_ACTIVITIES: ReadonlySet<string> = new Set(['running']);

/** Internal: the reference rows and settings the mapping reads. */
export interface ActivityMappingContext {
  readonly definitions: ReadonlyMap<string, ActivityDefinitionRow>;
  readonly movements: ReadonlyMap<string, MovementRow>;
  readonly config: HeuristicsConfig;
  /** Whether the user has a threshold pace (only then is an average-speed pace worth passing). */
  readonly hasThresholdPace: boolean;
}

/** Internal: what the mapping used beyond the row, for provenance. */
export interface ActivityMappingNotes {
  readonly paceFromAverageSpeed: boolean;
}

function elapsedSeconds(activity: ActivityInstanceRow): number | null {
  if (activity.performed_end === null) return null;
  return (Date.parse(activity.performed_end) - Date.parse(activity.performed_start)) / 1000;
}

/**
 * Internal: one `activity_instances` row and its `activity_strength_sets` as an engine session.
 *
 * - `activity` / `category`: the definition's slug and category (no definition: `other`, category `strength` when
 *   sets were logged); `met` only for definitions the heuristics config does not know (custom ones).
 * - Duration: `performed_end - performed_start` when the end is known (with `duration_seconds` as the moving time
 *   when it differs), else `duration_seconds`, else 0.
 * - `source.provider`: the provider of provider-sourced rows, `manual` for manual and planned-logged rows, so that
 *   the engine's cross-source dedup never merges two entries a person made on purpose; `source.priority`:
 *   {@link LOGGED_SETS_PRIORITY} when working sets were logged, else 0 (then the more precise load method wins).
 * - `ngp_m_per_s`: distance / moving time for road running when the user has a threshold pace (average speed stands
 *   in for normalized graded pace).
 * - Sets: movement slug, reps, load, RIR, RPE, duration, warm-up flag.
 */
export function activityToFatigueSession(
  activity: ActivityInstanceRow,
  sets: readonly ActivityStrengthSetRow[],
  context: ActivityMappingContext,
): { readonly session: FatigueSessionInput; readonly notes: ActivityMappingNotes } {
  const definition = activity.activity_definition_id === null ? undefined : context.definitions.get(activity.activity_definition_id);
  const slug = definition?.slug ?? FALLBACK_ACTIVITY_SLUG;
  const known = Object.hasOwn(context.config.activities, slug);
  const elapsed = elapsedSeconds(activity);
  const duration = elapsed ?? activity.duration_seconds ?? 0;
  const moving = elapsed !== null && activity.duration_seconds !== null && activity.duration_seconds !== elapsed ? activity.duration_seconds : null;
  const movingOrDuration = moving ?? duration;
  const paceFromAverageSpeed =
    context.hasThresholdPace &&
    AVERAGE_SPEED_AS_PACE_ACTIVITIES.has(slug) &&
    activity.distance_m !== null &&
    activity.distance_m > 0 &&
    movingOrDuration > 0;
  const session: FatigueSessionInput = {
    id: activity.id,
    source: {
      provider: activity.provider ?? 'manual',
      external_id: null,
      priority: sets.some((set) => !set.is_warmup) ? LOGGED_SETS_PRIORITY : 0,
    },
    activity: slug,
    category: definition?.category ?? (sets.length > 0 ? 'strength' : null),
    started_at: activity.performed_start,
    duration_seconds: duration,
    moving_time_seconds: moving,
    time_zone: activity.timezone,
    utc_offset_minutes: activity.utc_offset_minutes,
    avg_hr_bpm: activity.avg_hr_bpm,
    avg_power_w: activity.avg_power_w,
    ngp_m_per_s: paceFromAverageSpeed ? activity.distance_m! / movingOrDuration : null,
    rpe: activity.perceived_difficulty,
    met: !known && definition?.met_value != null && definition.met_value >= 0.5 ? definition.met_value : null,
    sets: sets.map((set) => ({
      movement_id: context.movements.get(set.movement_id)?.slug ?? set.movement_id,
      reps: set.reps,
      load_kg: set.load_kg,
      rir: set.rir,
      rpe: set.rpe,
      duration_seconds: set.duration_seconds,
      warmup: set.is_warmup,
    })),
  };
  return { session, notes: { paceFromAverageSpeed } };
}
