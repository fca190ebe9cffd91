import type { Equipment, GoalRow, PlannedSessionStatus } from '@trainkit/core';
import type { FatigueReport, MuscleMaps, Readiness } from '@trainkit/fatigue';
import type { PlanningHeuristics, PlanningHeuristicsInput } from '../heuristics/planning-heuristics-schema.js';
import type { ProgressionGraph, ScaleConstraint } from '../scaling/index.js';
import type { SkillProfileInput } from '../skills/index.js';

/**
 * A planned session as the engine reads it (a stored `planned_sessions` row fits as it is).
 *
 * @example
 * ```ts
 * const session: PlanningSession = { id: 'ps_1', scheduled_date: '2024-06-13', order_index: 0, title: 'Lower A',
 *   status: 'planned', program_id: null, discipline_id: null, activity_definition_id: null,
 *   planned_duration_seconds: 3600, planned_distance_m: null, planned_rpe: 7 };
 * ```
 */
export interface PlanningSession {
  readonly id: string;
  /** Local day (`YYYY-MM-DD`). */
  readonly scheduled_date: string;
  readonly order_index: number;
  readonly title: string;
  readonly status: PlannedSessionStatus;
  /** The block (program) it belongs to. */
  readonly program_id: string | null;
  readonly discipline_id: string | null;
  readonly activity_definition_id: string | null;
  readonly planned_duration_seconds: number | null;
  readonly planned_distance_m: number | null;
  readonly planned_rpe: number | null;
}

/**
 * A prescribed exercise of a planned session (a stored `planned_session_exercises` row fits as it is).
 *
 * @example
 * ```ts
 * const exercise: PlanningExercise = { id: 'pe_1', movement_id: 'mov_back_squat', order_index: 0, sets: 5, reps: 5,
 *   load_kg: 100, rpe: null, rir: 2 };
 * ```
 */
export interface PlanningExercise {
  readonly id: string;
  /** A movement id of the progression graph (`movements.id`). */
  readonly movement_id: string;
  readonly order_index: number;
  readonly sets: number | null;
  readonly reps: number | null;
  readonly load_kg: number | null;
  readonly rpe: number | null;
  readonly rir: number | null;
}

/**
 * A planned session with its prescribed exercises.
 *
 * @example
 * ```ts
 * const entry: PlannedSessionWithExercises = { session, exercises: [exercise] };
 * ```
 */
export interface PlannedSessionWithExercises {
  readonly session: PlanningSession;
  readonly exercises: readonly PlanningExercise[];
}

/**
 * A goal revision as the engine reads it: a stored `goals` row (what `goalsInForce` of `@trainkit/goals` reads).
 *
 * @example
 * ```ts
 * const goals: readonly PlanningGoal[] = await storage.goals.list(userId);
 * ```
 */
export type PlanningGoal = GoalRow;

/**
 * The parts of a fatigue report (`computeFatigue`, or `trainkit.fatigue.report`) the engine reads: the state at
 * `as_of`, the PMC, readiness, the forecast from planned sessions (its days give the state entering each upcoming
 * day) and the provenance (profile time zone, fatigue engine and heuristics).
 *
 * @example
 * ```ts
 * const report: PlanningFatigueReport = computeFatigue(input);
 * ```
 */
export type PlanningFatigueReport = Pick<
  FatigueReport,
  'as_of' | 'as_of_date' | 'muscles' | 'systemic' | 'pmc' | 'readiness' | 'forecast' | 'provenance'
>;

/**
 * Input of {@link recommendSessions}.
 *
 * @example
 * ```ts
 * const input: RecommendSessionsInput = {
 *   asOf: report.as_of, sessions, fatigueReport: report, goals, skills, constraints, equipment: ['barbell'],
 *   graph, muscleMaps, ingestionRunIds: report.provenance.inputs.ingestion_run_ids,
 * };
 * ```
 */
export interface RecommendSessionsInput {
  /** The instant (ISO-8601) the recommendations are computed for; sessions before its local day (in the report's zone) get none. */
  readonly asOf: string;
  /** Planned sessions with their exercises; only those with status `planned` dated on or after the as-of day get recommendations. */
  readonly sessions: readonly PlannedSessionWithExercises[];
  /** The fatigue report at (or just before) `asOf`, with its forecast over the planned sessions. */
  readonly fatigueReport: PlanningFatigueReport;
  /**
   * Goal revisions known at `asOf` (all of them, or only those in force): per session the engine takes the ones in
   * force on the session's day as known at `asOf` (`goalsInForce`), status `active`, of the session's program or of
   * no program.
   */
  readonly goals: readonly PlanningGoal[];
  /** The user's skill profiles (for scaling). */
  readonly skills?: readonly SkillProfileInput[];
  /** The user's movement constraints; a `hard_no` movement is never recommended. */
  readonly constraints?: readonly ScaleConstraint[];
  /** Equipment available; omitted or null = everything (bodyweight always). */
  readonly equipment?: readonly Equipment[] | null;
  /** The movement progression graph (`buildProgressionGraph`); its movements are the swap candidates. */
  readonly graph: ProgressionGraph;
  /** Movement muscle maps by movement slug (the same maps the fatigue report used). */
  readonly muscleMaps: MuscleMaps;
  /** Readiness to use instead of the report's. */
  readonly readiness?: Readiness;
  /** Ingestion runs of the data used (e.g. `report.provenance.inputs.ingestion_run_ids`). */
  readonly ingestionRunIds: readonly string[];
  /** Default {@link PLANNING_HEURISTICS}. */
  readonly heuristics?: PlanningHeuristics | PlanningHeuristicsInput;
  /** Local days holding another planned session not in `sessions` (a session is never moved onto one). */
  readonly busyDates?: readonly string[];
}
