/**
 * Test fixtures of the planning engine (not part of the public API, not published): catalog movements and muscle
 * maps, planned sessions, goal revisions, and real fatigue reports (computed by `computeFatigue`) whose state can be
 * set to chosen values.
 */
import { catalogId, MOVEMENTS } from '@trainkit/catalog';
import type { GoalRow, Instant, LocalDate, PlannedSessionExerciseRow } from '@trainkit/core';
import { computeFatigue, type FatigueReport, type FatigueSessionInput, type MuscleMaps, type RecoverySignal } from '@trainkit/fatigue';
import type { PlannedSessionWithExercises, PlanningFatigueReport } from '../recommend/recommend-sessions-input.js';

export const TIME_ZONE = 'Europe/Berlin';
/** 08:00 in Berlin on 2024-06-12. */
export const AS_OF = '2024-06-12T06:00:00.000Z' as Instant;
export const TODAY = '2024-06-12' as LocalDate;

/** Catalog movement id of a slug. */
export function mov(slug: string): string {
  return catalogId('movement', slug);
}

let maps: MuscleMaps | undefined;

/** The catalog's movement muscle maps by slug (what the facade gives the fatigue engine). */
export function catalogMovementMaps(): MuscleMaps {
  maps ??= {
    movements: Object.fromEntries(
      MOVEMENTS.map((movement) => [
        movement.slug,
        { mechanic: movement.mechanic, pattern: movement.pattern, muscles: movement.muscles.map(({ muscle, role, magnitude }) => ({ muscle, role, magnitude })) },
      ]),
    ),
  };
  return maps;
}

/** `[movement slug, sets, reps, load kg]`. */
export type ExerciseSpec = readonly [string, number, number, number | null];

/** A planned session with exercises (ids `<id>_e<index>`). */
export function plannedSession(
  id: string,
  date: string,
  exercises: readonly ExerciseSpec[],
  extra: { readonly [K in keyof PlannedSessionWithExercises['session']]?: unknown } = {},
): PlannedSessionWithExercises {
  return {
    session: {
      id,
      scheduled_date: date as LocalDate,
      order_index: 0,
      title: `Session ${id}`,
      status: 'planned',
      program_id: null,
      discipline_id: null,
      activity_definition_id: null,
      planned_duration_seconds: 3600,
      planned_distance_m: null,
      planned_rpe: 7,
      ...extra,
    } as unknown as PlannedSessionWithExercises['session'],
    exercises: exercises.map(([slug, sets, reps, load], index) => ({
      id: `${id}_e${index}`,
      movement_id: mov(slug) as PlannedSessionExerciseRow['movement_id'],
      order_index: index,
      sets,
      reps,
      load_kg: load,
      rpe: null,
      rir: 2,
    })) as unknown as PlannedSessionWithExercises['exercises'],
  };
}

/** A goal revision row. */
export function goalRow(id: string, fields: { readonly [K in keyof GoalRow]?: unknown } & { readonly target_json: unknown }): GoalRow {
  return {
    id,
    user_id: 'u1',
    goal_key: `key_${id}`,
    revision: 1,
    parent_goal_key: null,
    macro_cycle_id: null,
    program_id: null,
    horizon: 'block',
    goal_type: 'strength',
    title: `Goal ${id}`,
    priority: 1,
    status: 'active',
    effective_from: '2024-01-01T00:00:00.000Z',
    effective_to: null,
    created_at: '2024-01-01T00:00:00.000Z',
    ...fields,
  } as unknown as GoalRow;
}

/** A heavy squat day `daysBefore` days before {@link AS_OF}, 18:00 Berlin. */
export function squatDay(daysBefore: number, sets = 8): FatigueSessionInput {
  const start = new Date(Date.parse('2024-06-12T16:00:00.000Z') - daysBefore * 86_400_000).toISOString();
  return {
    id: `squat_${daysBefore}`,
    activity: 'lifting',
    started_at: start,
    duration_seconds: 3600,
    time_zone: TIME_ZONE,
    rpe: 8,
    sets: Array.from({ length: sets }, () => ({ movement_id: 'back_squat', reps: 5, load_kg: 120, rir: 1 })),
  };
}

/**
 * Planned strength sessions as the fatigue engine's planned sessions (its forecast input): every set of every
 * exercise, movements by slug (`slugOf` maps stored ids to slugs), starting at `startTime` of the scheduled day.
 */
export function plannedLiftingSessions(
  planned: readonly PlannedSessionWithExercises[],
  options: { readonly slugOf: ReadonlyMap<string, string>; readonly startTime: string; readonly timeZone: string },
): FatigueSessionInput[] {
  return planned.map(({ session, exercises }) => ({
    id: session.id,
    activity: 'lifting',
    started_at: `${session.scheduled_date}${options.startTime}`,
    duration_seconds: session.planned_duration_seconds ?? 3600,
    time_zone: options.timeZone,
    rpe: session.planned_rpe,
    sets: exercises.flatMap((exercise) =>
      Array.from({ length: exercise.sets ?? 1 }, () => ({
        movement_id: options.slugOf.get(exercise.movement_id) ?? exercise.movement_id,
        reps: exercise.reps,
        load_kg: exercise.load_kg,
        rir: exercise.rir,
      })),
    ),
  }));
}

/** The fatigue report at {@link AS_OF} of a history, with a forecast over the planned sessions. */
export function fatigueReportFor(
  history: readonly FatigueSessionInput[],
  planned: readonly PlannedSessionWithExercises[] = [],
  recoverySignals: readonly RecoverySignal[] | null = null,
): FatigueReport {
  const slugOf = new Map(MOVEMENTS.map((movement) => [catalogId('movement', movement.slug), movement.slug]));
  return computeFatigue({
    sessions: history,
    plannedSessions: plannedLiftingSessions(planned, { slugOf, startTime: 'T10:00:00.000Z', timeZone: TIME_ZONE }),
    recoverySignals,
    profile: { time_zone: TIME_ZONE },
    asOf: AS_OF,
    muscleMaps: catalogMovementMaps(),
  });
}

/** Chosen values of the state entering every day of a report (as-of day and forecast). */
export interface StatePatch {
  /** Form as a percentage of fitness (CTL is set to 100). */
  readonly formPercent?: number;
  /** Systemic fatigue percent. */
  readonly systemicPercent?: number;
  /** Fatigue percent by muscle slug; other muscles keep their value. */
  readonly muscles?: Readonly<Record<string, number>>;
  /** Readiness on the as-of day. */
  readonly readiness?: { readonly score: number; readonly band: 'high' | 'moderate' | 'low' };
}

/** A copy of `report` whose state entering each day is set to `patch`. */
export function patchedReport(report: FatigueReport, patch: StatePatch): PlanningFatigueReport {
  const copy = structuredClone(report);
  const cap = copy.systemic.display_cap_lu;
  const setForm = (day: { ctl: number; atl: number }) => {
    if (patch.formPercent === undefined) return;
    day.ctl = 100;
    day.atl = 100 - patch.formPercent;
  };
  for (const day of copy.pmc.days) setForm(day);
  // A patched form stands for a settled fitness: a history long enough for the heuristics to judge it.
  if (patch.formPercent !== undefined) copy.pmc.history_days = Math.max(copy.pmc.history_days, 365);
  if (copy.pmc.days.length === 0 || copy.pmc.days[0]!.date >= copy.as_of_date) {
    const previous = new Date(Date.parse(`${copy.as_of_date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    copy.pmc.days.unshift({ date: previous as LocalDate, load: 0, ctl: 0, atl: 0, tsb: 0, ramp: 0 });
    setForm(copy.pmc.days[0]!);
  }
  if (patch.systemicPercent !== undefined) copy.systemic.percent = patch.systemicPercent;
  for (const [muscle, value] of Object.entries(patch.muscles ?? {})) {
    if (copy.muscles[muscle]) copy.muscles[muscle]!.fatigue_percent = value;
  }
  for (const day of copy.forecast?.days ?? []) {
    setForm(day);
    if (patch.systemicPercent !== undefined) day.systemic_acute_lu = -cap * Math.log(1 - patch.systemicPercent / 100);
    for (const [muscle, value] of Object.entries(patch.muscles ?? {})) {
      if (day.muscles[muscle]) day.muscles[muscle]!.fatigue_percent = value;
    }
  }
  if (patch.readiness !== undefined) {
    copy.readiness = { ...copy.readiness, date: copy.as_of_date, status: 'ok', score: patch.readiness.score, band: patch.readiness.band };
  }
  return copy;
}
