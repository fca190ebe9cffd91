import type { Equipment } from '@trainkit/core';
import type { MuscleMaps } from '@trainkit/fatigue';
import type { PlanningHeuristics } from '../heuristics/planning-heuristics-schema.js';
import { scaleMovement, type ProgressionGraph, type ScaleConstraint, type ScaleResult, type ScaleStep } from '../scaling/index.js';
import type { SkillProfileInput } from '../skills/index.js';
import type { GoalFocus } from './goal-focus.js';
import type { ProjectedState } from './projected-state.js';
import type { PlanningExercise } from './recommend-sessions-input.js';

/** Internal: why an exercise's movement was swapped. */
export type SwapCause = 'constraint' | 'equipment_or_skill' | 'limited' | 'fatigue';

/** Internal: a swap of an exercise, composed of every scaling step taken. */
export interface ExerciseSwap {
  readonly from: string;
  readonly to: string;
  readonly path: readonly string[];
  readonly steps: readonly ScaleStep[];
  readonly distance: number;
  readonly difficultyDelta: number;
  readonly causes: readonly SwapCause[];
  readonly reasons: readonly string[];
}

/** Internal: what the exercise-level rules decided for one exercise. */
export interface ExerciseOutcome {
  readonly exercise: PlanningExercise;
  /** The movement to do (after any swap), or null when the exercise is removed. */
  readonly movementId: string | null;
  readonly swap: ExerciseSwap | null;
  /** Why the exercise is removed (no doable variant of a refused movement). */
  readonly removal: string | null;
  /** Muscles (fatigue percent) that call for fewer sets, and why; null when none. */
  readonly muscleReduction: { readonly muscles: Readonly<Record<string, number>>; readonly reason: string } | null;
  /** Why the load should drop (a `limited` movement without an allowed variant); null when not. */
  readonly limitedIntensity: string | null;
  /** Fatigue percent of the muscles the final movement loads (role-filtered), for the basis. */
  readonly loadedMuscles: Readonly<Record<string, number>>;
}

/** Internal: everything the exercise rules read. */
export interface ExerciseContext {
  readonly graph: ProgressionGraph;
  readonly muscleMaps: MuscleMaps;
  readonly skills: readonly SkillProfileInput[];
  readonly constraints: readonly ScaleConstraint[];
  readonly constraintLevels: ReadonlyMap<string, ScaleConstraint>;
  readonly equipment: readonly Equipment[] | null;
  readonly config: PlanningHeuristics;
  /** Movement ids by muscle slug they load with one of the configured roles (graph movements only). */
  readonly movementsByMuscle: ReadonlyMap<string, readonly string[]>;
}

/** Internal: the muscles a movement loads with one of the configured roles (muscle slugs, sorted). */
export function loadedMuscleSlugs(movementId: string, context: Pick<ExerciseContext, 'graph' | 'muscleMaps' | 'config'>): string[] {
  const slug = context.graph.movements.get(movementId)?.slug ?? movementId;
  const map = Object.hasOwn(context.muscleMaps.movements, slug) ? context.muscleMaps.movements[slug] : undefined;
  if (map === undefined) return [];
  const roles = new Set<string>(context.config.muscle.roles);
  return [...new Set(map.muscles.filter((entry) => roles.has(entry.role)).map((entry) => entry.muscle))].sort();
}

/** Internal: movement ids of the graph by the muscles they load (role-filtered). */
export function movementsByMuscle(context: Pick<ExerciseContext, 'graph' | 'muscleMaps' | 'config'>): Map<string, string[]> {
  const result = new Map<string, string[]>();
  for (const id of [...context.graph.movements.keys()].sort()) {
    for (const muscle of loadedMuscleSlugs(id, context)) {
      const list = result.get(muscle);
      if (list) list.push(id);
      else result.set(muscle, [id]);
    }
  }
  return result;
}

function percentText(value: number): string {
  return `${Math.round(value)} %`;
}

function nameOf(movementId: string, graph: ProgressionGraph): string {
  return graph.movements.get(movementId)?.name ?? movementId;
}

/** A scaling result whose chosen movement is refused is treated as none doable (never recommend a `hard_no`). */
function safeScale(
  movementId: string,
  context: ExerciseContext,
  constraints: readonly ScaleConstraint[],
  disciplineId: string | null,
): ScaleResult {
  const result = scaleMovement({
    movementId,
    graph: context.graph,
    skills: context.skills,
    constraints,
    equipment: context.equipment,
    disciplineId,
  });
  const refused = new Set(constraints.filter((constraint) => constraint.level === 'hard_no').map((constraint) => constraint.movement_id));
  if (result.movement_id !== null && refused.has(result.movement_id)) {
    return { ...result, status: 'none_doable', movement_id: null, path: [], steps: [] };
  }
  return result;
}

function composeSwap(previous: ExerciseSwap | null, result: ScaleResult, cause: SwapCause, reason: string): ExerciseSwap {
  const to = result.movement_id!;
  if (previous === null) {
    return {
      from: result.prescribed_movement_id,
      to,
      path: result.path,
      steps: result.steps,
      distance: result.distance,
      difficultyDelta: result.difficulty_delta,
      causes: [cause],
      reasons: [reason],
    };
  }
  return {
    from: previous.from,
    to,
    path: [...previous.path, ...result.path.slice(1)],
    steps: [...previous.steps, ...result.steps],
    distance: previous.distance + result.distance,
    difficultyDelta: previous.difficultyDelta + result.difficulty_delta,
    causes: [...previous.causes, cause],
    reasons: [...previous.reasons, reason],
  };
}

/**
 * Internal: the exercise-level rules for one exercise.
 *
 * 1. Scaling (always): `scaleMovement` with the user's skills, constraints and equipment. `scaled` -> swap;
 *    `none_doable` -> remove the exercise. A prescribed `limited` movement is swapped for the closest other doable
 *    variant when there is one, else kept with a lower load. A movement outside the graph cannot be scaled: removed
 *    when refused, lower load when `limited`.
 * 2. Fatigue (when `withFatigue`): the highest fatigue among the muscles the movement loads. At `swap_at_percent` a
 *    variant loading none of those muscles is sought (`scaleMovement` with them refused); a goal's movement is kept
 *    with fewer sets instead when `protect_goal_movements`; no variant -> fewer sets. At `reduce_at_percent` -> fewer sets.
 */
export function scaleExercise(
  exercise: PlanningExercise,
  options: {
    readonly context: ExerciseContext;
    readonly state: ProjectedState;
    readonly withFatigue: boolean;
    readonly goalFoci: readonly GoalFocus[];
    readonly disciplineId: string | null;
  },
): ExerciseOutcome {
  const { context, state } = options;
  const graph = context.graph;
  const prescribed = exercise.movement_id;
  const constraint = context.constraintLevels.get(prescribed);
  let movementId: string | null = prescribed;
  let swap: ExerciseSwap | null = null;
  let removal: string | null = null;
  let limitedIntensity: string | null = null;

  const because = (entry: ScaleConstraint | undefined) => (entry?.reason ? ` (${entry.reason})` : '');
  if (!graph.movements.has(prescribed)) {
    if (constraint?.level === 'hard_no') {
      movementId = null;
      removal = `${prescribed} is refused (hard_no${because(constraint)}) and has no known variants`;
    } else if (constraint?.level === 'limited') {
      limitedIntensity = `${prescribed} is limited${because(constraint)} and has no known variants`;
    }
  } else {
    const result = safeScale(prescribed, context, context.constraints, options.disciplineId);
    if (result.status === 'scaled') {
      const cause: SwapCause = constraint?.level === 'hard_no' ? 'constraint' : 'equipment_or_skill';
      swap = composeSwap(null, result, cause, [...new Set(result.steps.map((step) => step.reason))].join('; '));
      movementId = result.movement_id;
    } else if (result.status === 'none_doable') {
      movementId = null;
      removal = `no doable variant of ${nameOf(prescribed, graph)}: ${result.explanation}`;
    } else if (constraint?.level === 'limited') {
      const retry = safeScale(
        prescribed,
        context,
        [...context.constraints, { movement_id: prescribed, level: 'hard_no', reason: `limited${because(constraint)}` }],
        options.disciplineId,
      );
      if (retry.status === 'scaled') {
        swap = composeSwap(null, retry, 'limited', `${nameOf(prescribed, graph)} is limited${because(constraint)}; ${retry.explanation}`);
        movementId = retry.movement_id;
      } else {
        limitedIntensity = `${nameOf(prescribed, graph)} is limited${because(constraint)} and no allowed variant is doable`;
      }
    }
  }

  let muscleReduction: ExerciseOutcome['muscleReduction'] = null;
  const loadedMuscles: Record<string, number> = {};
  if (movementId !== null) {
    for (const muscle of loadedMuscleSlugs(movementId, context)) {
      const value = state.muscles[muscle];
      if (value !== undefined) loadedMuscles[muscle] = value;
    }
  }
  if (movementId !== null && options.withFatigue && state.source !== 'none') {
    const { reduce_at_percent: reduceAt, swap_at_percent: swapAt } = context.config.muscle;
    const atSwap = Object.entries(loadedMuscles).filter(([, value]) => value >= swapAt);
    const atReduce = Object.entries(loadedMuscles).filter(([, value]) => value >= reduceAt);
    const listed = (entries: readonly [string, number][]) => entries.map(([muscle, value]) => `${muscle} ${percentText(value)}`).join(', ');
    const current: string = movementId;
    const goal = options.goalFoci.find(
      (focus) => focus.movementId !== null && (focus.movementId === current || focus.movementId === graph.movements.get(current)?.slug),
    );
    if (atSwap.length > 0) {
      const protectedByGoal = context.config.goals.protect_goal_movements && goal !== undefined;
      let swapped = false;
      if (!protectedByGoal && graph.movements.has(current)) {
        const blocked = new Set<string>();
        for (const [muscle] of atSwap) for (const id of context.movementsByMuscle.get(muscle) ?? []) blocked.add(id);
        blocked.add(current);
        const reason = `fatigue: ${listed(atSwap)}`;
        const retry = safeScale(
          current,
          context,
          [...context.constraints, ...[...blocked].sort().map((id) => ({ movement_id: id, level: 'hard_no' as const, reason }))],
          options.disciplineId,
        );
        if (retry.status === 'scaled' && retry.movement_id !== null) {
          swap = composeSwap(
            swap,
            retry,
            'fatigue',
            `${listed(atSwap)} entering the day (at or above ${percentText(swapAt)}); ${nameOf(retry.movement_id, graph)} spares ${atSwap.length === 1 ? 'it' : 'them'}`,
          );
          movementId = retry.movement_id;
          swapped = true;
          for (const key of Object.keys(loadedMuscles)) delete loadedMuscles[key];
          for (const muscle of loadedMuscleSlugs(movementId, context)) {
            const value = state.muscles[muscle];
            if (value !== undefined) loadedMuscles[muscle] = value;
          }
        }
      }
      if (!swapped) {
        muscleReduction = {
          muscles: Object.fromEntries(atSwap),
          reason: protectedByGoal
            ? `${listed(atSwap)} entering the day (at or above ${percentText(swapAt)}); kept for goal "${goal.goal.title}" with fewer sets`
            : `${listed(atSwap)} entering the day (at or above ${percentText(swapAt)}) and no doable variant spares ${atSwap.length === 1 ? 'it' : 'them'}`,
        };
      }
    } else if (atReduce.length > 0) {
      muscleReduction = {
        muscles: Object.fromEntries(atReduce),
        reason: `${listed(atReduce)} entering the day (at or above ${percentText(reduceAt)})`,
      };
    }
  }
  return { exercise, movementId, swap, removal, muscleReduction, limitedIntensity, loadedMuscles };
}
