import type { ActivityDefinitionRow, Instant, MovementRow, PlannedSessionExerciseRow, PlannedSessionRow } from '@trainkit/core';
import type { FatigueSessionInput, HeuristicsConfig } from '@trainkit/fatigue';
import { localDateTimeToInstant } from '../time/local-date-time-to-instant.js';
import { FALLBACK_ACTIVITY_SLUG } from './activity-to-fatigue-session.js';

/**
 * When in its day a planned session is assumed to start, in minutes after local midnight: noon. A session still
 * planned for today starts at `asOf` instead when noon has passed.
 *
 * @example
 * ```ts
 * PLANNED_SESSION_START_MINUTES / 60; // 12
 * ```
 */
export const PLANNED_SESSION_START_MINUTES = 12 * 60;

/**
 * Duration assumed for a planned session without `planned_duration_seconds` (one hour); the report warns
 * `planned.duration_assumed:3600`.
 *
 * @example
 * ```ts
 * PLANNED_SESSION_DEFAULT_SECONDS; // 3600
 * ```
 */
export const PLANNED_SESSION_DEFAULT_SECONDS = 3600;

/** Internal: the reference rows the mapping reads. */
export interface PlannedMappingContext {
  readonly definitions: ReadonlyMap<string, ActivityDefinitionRow>;
  readonly movements: ReadonlyMap<string, MovementRow>;
  readonly config: HeuristicsConfig;
  readonly timeZone: string;
  readonly asOf: Instant;
}

/**
 * Internal: one `planned_sessions` row and its `planned_session_exercises` as an engine (planned) session, plus the
 * exercise id of every expanded set (for error messages).
 *
 * - Start: local noon of `scheduled_date` in the user's zone, or `asOf` when that is later (a session still
 *   planned for today is assumed to happen later today).
 * - Duration: `planned_duration_seconds`, else one hour (noted by the caller).
 * - RPE: `planned_rpe`. Each exercise becomes `sets` (default 1) identical sets of its reps, load, RIR, RPE, duration.
 */
export function plannedSessionToFatigueSession(
  planned: PlannedSessionRow,
  exercises: readonly PlannedSessionExerciseRow[],
  context: PlannedMappingContext,
): { readonly session: FatigueSessionInput; readonly setOrigins: readonly string[]; readonly durationAssumed: boolean } {
  const definition = planned.activity_definition_id === null ? undefined : context.definitions.get(planned.activity_definition_id);
  const slug = definition?.slug ?? FALLBACK_ACTIVITY_SLUG;
  const known = Object.hasOwn(context.config.activities, slug);
  const noon = localDateTimeToInstant(planned.scheduled_date, PLANNED_SESSION_START_MINUTES, context.timeZone);
  const start = Date.parse(noon) >= Date.parse(context.asOf) ? noon : context.asOf;
  const sets: NonNullable<FatigueSessionInput['sets']>[number][] = [];
  const setOrigins: string[] = [];
  for (const exercise of exercises) {
    for (let index = 0; index < (exercise.sets ?? 1); index += 1) {
      sets.push({
        movement_id: context.movements.get(exercise.movement_id)?.slug ?? exercise.movement_id,
        reps: exercise.reps,
        load_kg: exercise.load_kg,
        rir: exercise.rir,
        rpe: exercise.rpe,
        duration_seconds: exercise.duration_seconds,
        warmup: false,
      });
      setOrigins.push(exercise.id);
    }
  }
  const session: FatigueSessionInput = {
    id: planned.id,
    source: { provider: 'plan', external_id: null, priority: null },
    activity: slug,
    category: definition?.category ?? (sets.length > 0 ? 'strength' : null),
    started_at: start,
    duration_seconds: planned.planned_duration_seconds ?? PLANNED_SESSION_DEFAULT_SECONDS,
    time_zone: context.timeZone,
    rpe: planned.planned_rpe,
    met: !known && definition?.met_value != null && definition.met_value >= 0.5 ? definition.met_value : null,
    sets,
  };
  return { session, setOrigins, durationAssumed: planned.planned_duration_seconds === null };
}
