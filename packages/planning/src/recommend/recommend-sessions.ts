import {
  InstantSchema,
  LocalDateSchema,
  localDayOf,
  ValidationError,
  type Instant,
  type LocalDate,
  type RecommendationKind,
  type ValidationIssue,
} from '@trainkit/core';
import type { JsonValue } from '@trainkit/core';
import { goalsInForce } from '@trainkit/goals';
import { PLANNING_HEURISTICS } from '../heuristics/planning-heuristics.js';
import { parsePlanningHeuristics } from '../heuristics/parse-planning-heuristics.js';
import type { PlanningHeuristics } from '../heuristics/planning-heuristics-schema.js';
import type { ScaleConstraint } from '../scaling/index.js';
import { goalFocus, type GoalFocus } from './goal-focus.js';
import { addLocalDays, daysBetween, localNoonInstant } from './local-date-arithmetic.js';
import type { PlanningAction } from './planning-actions.js';
import { PLANNING_ENGINE } from './planning-engine-version.js';
import { projectedState, type ProjectedState } from './projected-state.js';
import type { RecommendationDraft, RecommendationProvenance } from './recommendation-draft-schema.js';
import type { PlanningExercise, PlanningGoal, PlannedSessionWithExercises, RecommendSessionsInput } from './recommend-sessions-input.js';
import { movementsByMuscle, scaleExercise, type ExerciseContext, type ExerciseOutcome } from './scale-exercise.js';

type Json = JsonValue | null;

const LEVEL_ORDER = { hard_no: 0, limited: 1, allowed: 2, preferred: 3 } as const;

function round1(value: number): number {
  return Math.round(value * 10) / 10;
}

function percentText(value: number): string {
  return `${Math.round(value)} %`;
}

/** Text without its final period, to be joined into a sentence. */
function clause(text: string): string {
  return text.trim().replace(/\.+$/, '');
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortedDistinct(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareText);
}

/** Fewer sets after a reduction by `percent`, never below `minSets` (nor above what was prescribed). */
function reducedSets(sets: number, percent: number, minSets: number): number {
  if (sets <= minSets) return sets;
  return Math.max(minSets, Math.round(sets * (1 - percent / 100)));
}

function reducedLoad(load: number, percent: number, step: number): number {
  const reduced = Math.floor((load * (1 - percent / 100)) / step + 1e-9) * step;
  return Math.max(0, Math.round(reduced * 1000) / 1000);
}

/** Goals in force on the session's day as known at `asOf`: active, of the session's program or of none. */
function sessionGoals(goals: readonly PlanningGoal[], entry: PlannedSessionWithExercises, asOf: Instant, timeZone: string): PlanningGoal[] {
  if (goals.length === 0) return [];
  const validAt = localNoonInstant(entry.session.scheduled_date, timeZone);
  return goalsInForce(goals, { validAt, knownOn: asOf })
    .filter((goal) => goal.status === 'active' && (goal.program_id === null || goal.program_id === entry.session.program_id))
    .sort((a, b) => a.priority - b.priority || compareText(a.goal_key, b.goal_key) || compareText(a.id, b.id));
}

function goalsText(goals: readonly PlanningGoal[]): string {
  if (goals.length === 0) return 'No goal in force.';
  return `Goals in force: ${goals.map((goal) => `"${goal.title}" (revision ${goal.revision})`).join(', ')}.`;
}

/** Form is read only with enough fitness and enough history for CTL to mean something (see the heuristics). */
function formJudged(state: ProjectedState, config: PlanningHeuristics): boolean {
  return state.form_percent !== null && state.ctl !== null && state.ctl >= config.form.min_ctl && state.history_days >= config.form.min_history_days;
}

function stateText(state: ProjectedState, config: PlanningHeuristics): string {
  if (state.source === 'none') return 'beyond the fatigue forecast, so fatigue-driven changes are decided closer to the date';
  const parts: string[] = [];
  if (formJudged(state, config)) parts.push(`form ${percentText(state.form_percent!)} of fitness`);
  else if (state.history_days < config.form.min_history_days) parts.push(`form not judged (${state.history_days} days of history, under ${config.form.min_history_days})`);
  else parts.push(`form not judged (fitness ${round1(state.ctl ?? 0)} is under ${config.form.min_ctl})`);
  if (state.systemic_percent !== null) parts.push(`systemic fatigue ${percentText(state.systemic_percent)}`);
  if (state.readiness !== null && state.readiness.score !== null) parts.push(`readiness ${Math.round(state.readiness.score)} (${state.readiness.band})`);
  return `entering the day: ${parts.join(', ')}`;
}

interface SessionPlan {
  readonly entry: PlannedSessionWithExercises;
  readonly state: ProjectedState;
  readonly goals: readonly PlanningGoal[];
  readonly foci: readonly GoalFocus[];
  readonly basis: Record<string, Json>;
  readonly provenance: RecommendationProvenance;
}

function basisOf(state: ProjectedState, outcomes: readonly ExerciseOutcome[], report: RecommendSessionsInput['fatigueReport']): Record<string, Json> {
  const muscles: Record<string, number> = {};
  for (const outcome of outcomes) for (const [muscle, value] of Object.entries(outcome.loadedMuscles)) muscles[muscle] = round1(value);
  return {
    state_source: state.source,
    reference_date: state.reference_date,
    ctl: state.ctl === null ? null : round1(state.ctl),
    form_percent: state.form_percent === null ? null : round1(state.form_percent),
    systemic_percent: state.systemic_percent === null ? null : round1(state.systemic_percent),
    readiness:
      state.readiness === null
        ? null
        : { date: state.readiness.date, score: state.readiness.score === null ? null : round1(state.readiness.score), band: state.readiness.band },
    muscles: Object.fromEntries(Object.entries(muscles).sort(([a], [b]) => compareText(a, b))),
    fatigue: {
      engine: report.provenance.engine,
      heuristics: { ...report.provenance.heuristics },
      as_of: report.as_of,
    },
  };
}

function draft(
  plan: SessionPlan,
  asOf: Instant,
  kind: RecommendationKind,
  action: PlanningAction,
  fields: Record<string, Json>,
  explanation: string,
): RecommendationDraft {
  return {
    planned_session_id: plan.entry.session.id,
    scheduled_date: plan.entry.session.scheduled_date as LocalDate,
    kind,
    payload: { action, ...fields, basis: plan.basis } as RecommendationDraft['payload'],
    explanation: `${explanation} ${goalsText(plan.goals)}`,
    as_of: asOf,
    provenance: plan.provenance,
  };
}

function sessionLabel(plan: SessionPlan): string {
  return `"${plan.entry.session.title}" on ${plan.entry.session.scheduled_date}`;
}

interface SessionDecision {
  readonly recovery: readonly string[];
  readonly move: { readonly to: LocalDate; readonly reason: string } | null;
  readonly volume: { readonly percent: number; readonly reasons: readonly string[] } | null;
  readonly intensity: string | null;
}

function decideSession(plan: SessionPlan, config: PlanningHeuristics, busy: ReadonlySet<string>): SessionDecision {
  const { state, entry } = plan;
  const date = entry.session.scheduled_date;
  const recovery: string[] = [];
  const volumeReasons: string[] = [];
  let volumePercent = 0;
  const formApplies = formJudged(state, config);
  if (formApplies && state.form_percent! < config.form.recovery_below_percent) {
    recovery.push(`form ${percentText(state.form_percent!)} of fitness (below ${percentText(config.form.recovery_below_percent)})`);
  } else if (formApplies && state.form_percent! < config.form.reduce_below_percent) {
    volumeReasons.push(`form ${percentText(state.form_percent!)} of fitness (below ${percentText(config.form.reduce_below_percent)})`);
    volumePercent = Math.max(volumePercent, config.adjustments.volume_reduction_percent);
  }
  if (state.systemic_percent !== null && state.systemic_percent >= config.systemic.recovery_at_percent) {
    recovery.push(`systemic fatigue ${percentText(state.systemic_percent)} (at or above ${percentText(config.systemic.recovery_at_percent)})`);
  } else if (state.systemic_percent !== null && state.systemic_percent >= config.systemic.reduce_at_percent) {
    volumeReasons.push(`systemic fatigue ${percentText(state.systemic_percent)} (at or above ${percentText(config.systemic.reduce_at_percent)})`);
    volumePercent = Math.max(volumePercent, config.adjustments.volume_reduction_percent);
  }
  for (const focus of plan.foci) {
    if (focus.eventDate === null) continue;
    const daysBefore = daysBetween(date, focus.eventDate);
    if (daysBefore > 0 && daysBefore <= config.goals.taper_days) {
      volumeReasons.push(`taper: ${daysBefore} day${daysBefore === 1 ? '' : 's'} before "${focus.goal.title}" on ${focus.eventDate}`);
      volumePercent = Math.max(volumePercent, config.adjustments.taper_volume_reduction_percent);
    }
  }
  let move: SessionDecision['move'] = null;
  let intensity: string | null = null;
  const readiness = state.readiness;
  if (recovery.length === 0 && readiness !== null && readiness.score !== null) {
    if (readiness.score <= config.readiness.move_at_or_below_score) {
      const reason = `readiness ${Math.round(readiness.score)} on ${readiness.date} (at or below ${Math.round(config.readiness.move_at_or_below_score)})`;
      for (let days = 1; days <= config.move.max_days && move === null; days += 1) {
        const candidate = addLocalDays(date, days);
        if (!busy.has(candidate)) move = { to: candidate, reason };
      }
      if (move === null) recovery.push(`${reason} and no free day within ${config.move.max_days} days`);
    } else if (readiness.band === 'low') {
      intensity = `readiness ${Math.round(readiness.score)} (${readiness.band}) on ${readiness.date}`;
    }
  }
  return {
    recovery,
    move: recovery.length > 0 ? null : move,
    volume: volumeReasons.length > 0 && recovery.length === 0 && move === null ? { percent: volumePercent, reasons: volumeReasons } : null,
    intensity: recovery.length > 0 || move !== null ? null : intensity,
  };
}

function exerciseVolume(outcome: ExerciseOutcome, percent: number, config: PlanningHeuristics): Record<string, Json> {
  const sets = outcome.exercise.sets ?? 1;
  return {
    exercise_id: outcome.exercise.id,
    movement_id: outcome.movementId,
    reduction_percent: percent,
    sets_from: sets,
    sets_to: reducedSets(sets, percent, config.adjustments.min_sets),
  };
}

function exerciseIntensity(outcome: ExerciseOutcome, config: PlanningHeuristics): Record<string, Json> {
  const { exercise } = outcome;
  const { intensity_reduction_percent: percent, rpe_reduction: rpeDrop, load_step_kg: step } = config.adjustments;
  return {
    exercise_id: exercise.id,
    movement_id: outcome.movementId,
    load_kg: exercise.load_kg === null ? null : { from: exercise.load_kg, to: reducedLoad(exercise.load_kg, percent, step) },
    rpe: exercise.rpe === null ? null : { from: exercise.rpe, to: Math.max(0, exercise.rpe - rpeDrop) },
    rir: exercise.rir === null ? null : { from: exercise.rir, to: Math.min(10, exercise.rir + rpeDrop) },
  };
}

function recommendForSession(
  plan: SessionPlan,
  outcomes: readonly ExerciseOutcome[],
  decision: SessionDecision,
  config: PlanningHeuristics,
  asOf: Instant,
  graph: RecommendSessionsInput['graph'],
): RecommendationDraft[] {
  const session = plan.entry.session;
  const label = sessionLabel(plan);
  const name = (id: string) => graph.movements.get(id)?.name ?? id;
  const drafts: RecommendationDraft[] = [];
  if (decision.recovery.length > 0) {
    const recovery = config.recovery;
    drafts.push(
      draft(
        plan,
        asOf,
        'rest_day',
        'replace_with_recovery',
        {
          reasons: [...decision.recovery],
          replaces: { title: session.title, planned_duration_seconds: session.planned_duration_seconds },
          recovery: { activity: recovery.activity, category: recovery.category, duration_seconds: recovery.duration_seconds, max_rpe: recovery.max_rpe },
        },
        `Replace ${label} with recovery (${recovery.activity}, ${Math.round(recovery.duration_seconds / 60)} min at RPE ${recovery.max_rpe} or less): ${decision.recovery.join('; ')}.`,
      ),
    );
    return drafts;
  }
  const kept = outcomes.filter((outcome) => outcome.movementId !== null);
  if (decision.move !== null) {
    const days = daysBetween(session.scheduled_date, decision.move.to);
    drafts.push(
      draft(
        plan,
        asOf,
        'reschedule_session',
        'move_session',
        { from_date: session.scheduled_date, to_date: decision.move.to, days_later: days, reasons: [decision.move.reason] },
        `Move ${label} to ${decision.move.to} (${days} day${days === 1 ? '' : 's'} later, a day without another planned session): ${decision.move.reason}.`,
      ),
    );
  }
  if (decision.volume !== null) {
    const percent = decision.volume.percent;
    const exercises = kept.map((outcome) => {
      const ownPercent = outcome.muscleReduction === null ? 0 : config.adjustments.muscle_volume_reduction_percent;
      return exerciseVolume(outcome, Math.max(percent, ownPercent), config);
    });
    const duration = session.planned_duration_seconds;
    const distance = session.planned_distance_m;
    drafts.push(
      draft(
        plan,
        asOf,
        'adjust_volume',
        'reduce_volume',
        {
          scope: 'session',
          reduction_percent: percent,
          reasons: [...decision.volume.reasons],
          duration_seconds: duration === null ? null : { from: duration, to: Math.round(duration * (1 - percent / 100)) },
          distance_m: distance === null ? null : { from: distance, to: Math.round(distance * (1 - percent / 100)) },
          exercises,
        },
        `Reduce the volume of ${label} by ${percent} %${exercises.length > 0 ? ' (fewer sets per exercise)' : ''}: ${decision.volume.reasons.join('; ')}.`,
      ),
    );
  }
  if (decision.intensity !== null) {
    const percent = config.adjustments.intensity_reduction_percent;
    const rpeDrop = config.adjustments.rpe_reduction;
    drafts.push(
      draft(
        plan,
        asOf,
        'adjust_load',
        'reduce_intensity',
        {
          scope: 'session',
          reduction_percent: percent,
          rpe_reduction: rpeDrop,
          reasons: [decision.intensity],
          planned_rpe: session.planned_rpe === null ? null : { from: session.planned_rpe, to: Math.max(0, session.planned_rpe - rpeDrop) },
          exercises: kept.map((outcome) => exerciseIntensity(outcome, config)),
        },
        `Reduce the intensity of ${label}: loads ${percent} % lower, RPE ${rpeDrop} lower: ${decision.intensity}.`,
      ),
    );
  }
  for (const outcome of outcomes) {
    if (outcome.swap !== null) {
      const swap = outcome.swap;
      const easier = swap.difficultyDelta < 0;
      drafts.push(
        draft(
          plan,
          asOf,
          easier ? 'regress_movement' : 'swap_movement',
          'swap_movement',
          {
            exercise_id: outcome.exercise.id,
            from_movement_id: swap.from,
            to_movement_id: swap.to,
            path: [...swap.path],
            steps: swap.steps.map((step) => ({ ...step })),
            distance: swap.distance,
            difficulty_delta: swap.difficultyDelta,
            causes: [...swap.causes],
            reasons: [...swap.reasons],
          },
          `In ${label}, swap ${name(swap.from)} for ${name(swap.to)} (${easier ? 'an easier regression' : 'a variation'}, path ${swap.path.map(name).join(' -> ')}): ${swap.reasons.map(clause).join('; ')}.`,
        ),
      );
    }
    if (outcome.removal !== null) {
      drafts.push(
        draft(
          plan,
          asOf,
          'adjust_volume',
          'remove_exercise',
          {
            exercise_id: outcome.exercise.id,
            movement_id: outcome.exercise.movement_id,
            sets_from: outcome.exercise.sets ?? 1,
            sets_to: 0,
            reasons: [outcome.removal],
          },
          `In ${label}, drop ${name(outcome.exercise.movement_id)}: ${clause(outcome.removal)}.`,
        ),
      );
    }
  }
  if (decision.volume === null && decision.move === null) {
    for (const outcome of kept) {
      if (outcome.muscleReduction === null) continue;
      const percent = config.adjustments.muscle_volume_reduction_percent;
      const volume = exerciseVolume(outcome, percent, config);
      drafts.push(
        draft(
          plan,
          asOf,
          'adjust_volume',
          'reduce_volume',
          { scope: 'exercise', reduction_percent: percent, reasons: [outcome.muscleReduction.reason], duration_seconds: null, distance_m: null, exercises: [volume] },
          `In ${label}, do ${String(volume.sets_to)} instead of ${String(volume.sets_from)} sets of ${name(outcome.movementId!)} (${percent} % fewer): ${outcome.muscleReduction.reason}.`,
        ),
      );
    }
  }
  if (decision.intensity === null) {
    for (const outcome of kept) {
      if (outcome.limitedIntensity === null) continue;
      const percent = config.adjustments.intensity_reduction_percent;
      drafts.push(
        draft(
          plan,
          asOf,
          'adjust_load',
          'reduce_intensity',
          {
            scope: 'exercise',
            reduction_percent: percent,
            rpe_reduction: config.adjustments.rpe_reduction,
            reasons: [outcome.limitedIntensity],
            planned_rpe: null,
            exercises: [exerciseIntensity(outcome, config)],
          },
          `In ${label}, lower the load of ${name(outcome.movementId!)} by ${percent} %: ${outcome.limitedIntensity}.`,
        ),
      );
    }
  }
  if (drafts.length === 0) {
    drafts.push(draft(plan, asOf, 'note', 'keep', {}, `Keep ${label} as planned: ${stateText(plan.state, config)}.`));
  }
  return drafts;
}

function sortedSessions(sessions: readonly PlannedSessionWithExercises[]): PlannedSessionWithExercises[] {
  return [...sessions]
    .sort(
      (a, b) =>
        compareText(a.session.scheduled_date, b.session.scheduled_date) ||
        a.session.order_index - b.session.order_index ||
        compareText(a.session.id, b.session.id),
    )
    .map((entry) => ({
      session: entry.session,
      exercises: [...entry.exercises].sort((a: PlanningExercise, b: PlanningExercise) => a.order_index - b.order_index || compareText(a.id, b.id)),
    }));
}

/**
 * Recommendations for upcoming planned sessions, from the fatigue report (per-muscle and systemic fatigue, form
 * from CTL/ATL, readiness, the forecast over the planned sessions), the goal revisions in force, skills,
 * constraints and equipment. Pure and deterministic: the same input (in any order) gives the same drafts, in
 * session order (date, `order_index`, id).
 *
 * Only sessions with status `planned` dated on or after the as-of day (in the report's profile zone) get
 * recommendations. Per session, with the state entering its day (`as_of` day: the state at `as_of`; later days
 * inside the forecast: the forecast's end of the previous day; beyond it: no fatigue-driven change):
 *
 * 1. **Replace with recovery** (`rest_day`): form below `form.recovery_below_percent`, systemic fatigue at
 *    `systemic.recovery_at_percent`, or readiness too low to train with no free day to move to.
 * 2. **Move** (`reschedule_session`): readiness at or below `readiness.move_at_or_below_score` on its day: to the
 *    first of the next `move.max_days` days without another planned session.
 * 3. **Reduce volume** (`adjust_volume`, by `volume_reduction_percent`): form below `form.reduce_below_percent` or
 *    systemic fatigue at `systemic.reduce_at_percent`; by `taper_volume_reduction_percent` within
 *    `goals.taper_days` before an event goal.
 * 4. **Reduce intensity** (`adjust_load`, by `intensity_reduction_percent` and `rpe_reduction`): readiness `low`.
 * 5. Per exercise: **swap** for a regression or variation (`regress_movement` / `swap_movement`) found by
 *    `scaleMovement` when the movement is `hard_no`, needs missing equipment or skill, is `limited`, or its muscles
 *    are fatigued at `muscle.swap_at_percent`; **drop** it when nothing is doable; **fewer sets** at
 *    `muscle.reduce_at_percent` (or when a goal's movement is protected); a lower load for a `limited` movement
 *    without a variant.
 * 6. Otherwise **keep** (kind `note`, payload `{ action: 'keep' }`).
 *
 * A `hard_no` movement is never recommended. Each draft carries an explanation (with the goals in force), its
 * `payload.basis` (the numbers read, and the fatigue engine and heuristics behind them) and its provenance (goal
 * revision ids, planning heuristics id + version + sha256, ingestion run ids, engine version).
 *
 * @throws {ValidationError} When `asOf` is not an instant or a session date / busy date not a local date.
 * @throws {ConfigError} When `heuristics` is not a valid planning heuristics config.
 *
 * @example
 * ```ts
 * const drafts = recommendSessions({
 *   asOf: report.as_of, sessions: [{ session, exercises }], fatigueReport: report, goals, constraints, graph,
 *   muscleMaps, ingestionRunIds: report.provenance.inputs.ingestion_run_ids,
 * });
 * drafts[0]?.explanation; // 'Keep "Lower A" on 2024-06-13 as planned: entering the day: form -12 % of fitness, ...'
 * ```
 */
export function recommendSessions(input: RecommendSessionsInput): RecommendationDraft[] {
  const asOfResult = InstantSchema.safeParse(input.asOf);
  if (!asOfResult.success) {
    throw new ValidationError('planning input', [{ path: 'asOf', rule: 'invalid_value', message: 'must be an ISO-8601 instant' }]);
  }
  const asOf = asOfResult.data;
  const dateIssues: ValidationIssue[] = [];
  input.sessions.forEach((entry, index) => {
    if (!LocalDateSchema.safeParse(entry.session.scheduled_date).success) {
      dateIssues.push({ path: `sessions.${index}.session.scheduled_date`, rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' });
    }
  });
  (input.busyDates ?? []).forEach((date, index) => {
    if (!LocalDateSchema.safeParse(date).success) dateIssues.push({ path: `busyDates.${index}`, rule: 'invalid_value', message: 'must be a local date (YYYY-MM-DD)' });
  });
  if (dateIssues.length > 0) throw new ValidationError('planning input', dateIssues);
  const config = parsePlanningHeuristics(input.heuristics ?? PLANNING_HEURISTICS);
  const report = input.fatigueReport;
  const timeZone = report.provenance.conventions.profile_time_zone;
  const today = localDayOf(asOf, { timeZone });
  const readiness = input.readiness ?? report.readiness;
  const heuristics = { id: config.id, version: config.version, sha256: config.sha256 };
  const ingestionRunIds = sortedDistinct(input.ingestionRunIds);

  // The most restrictive level per movement; sorted so the order given never matters.
  const constraintLevels = new Map<string, ScaleConstraint>();
  for (const constraint of [...(input.constraints ?? [])].sort(
    (a, b) => compareText(a.movement_id, b.movement_id) || LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] || compareText(a.reason ?? '', b.reason ?? ''),
  )) {
    if (!constraintLevels.has(constraint.movement_id)) constraintLevels.set(constraint.movement_id, constraint);
  }
  const constraints = [...constraintLevels.values()];
  const skills = [...(input.skills ?? [])].sort((a, b) => compareText(a.id, b.id));
  const equipment = input.equipment == null ? null : sortedDistinct(input.equipment) as RecommendSessionsInput['equipment'] & string[];
  const base = { graph: input.graph, muscleMaps: input.muscleMaps, config };
  const context: ExerciseContext = {
    ...base,
    skills,
    constraints,
    constraintLevels,
    equipment: equipment ?? null,
    movementsByMuscle: movementsByMuscle(base),
  };

  const sessions = sortedSessions(input.sessions);
  const busy = new Set<string>(input.busyDates ?? []);
  for (const entry of sessions) if (entry.session.status === 'planned') busy.add(entry.session.scheduled_date);

  const drafts: RecommendationDraft[] = [];
  for (const entry of sessions) {
    if (entry.session.status !== 'planned' || entry.session.scheduled_date < today) continue;
    const state = projectedState(report, entry.session.scheduled_date as LocalDate, readiness, config.readiness.applies_days);
    const goals = sessionGoals(input.goals, entry, asOf, timeZone);
    const foci = goals.map(goalFocus);
    const provenance: RecommendationProvenance = {
      goal_revision_ids: sortedDistinct(goals.map((goal) => goal.id)),
      heuristics,
      ingestion_run_ids: ingestionRunIds,
      engine_version: PLANNING_ENGINE,
    };
    const partial = { entry, state, goals, foci, provenance, basis: {} };
    const decision = decideSession(partial, config, busy);
    if (decision.move !== null) busy.add(decision.move.to);
    const withFatigue = decision.recovery.length === 0 && decision.move === null;
    const outcomes =
      decision.recovery.length > 0
        ? []
        : entry.exercises.map((exercise) =>
            scaleExercise(exercise, { context, state, withFatigue, goalFoci: foci, disciplineId: entry.session.discipline_id }),
          );
    const plan: SessionPlan = { ...partial, basis: basisOf(state, outcomes, report) };
    drafts.push(...recommendForSession(plan, outcomes, decision, config, asOf, input.graph));
  }
  return drafts;
}
