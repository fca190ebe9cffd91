import {
  EquipmentSchema,
  parseWithSchema,
  SkillLevelSchema,
  type Equipment,
  type MovementConstraintLevel,
  type MovementRelationshipType,
  type SkillLevel,
} from '@trainkit/core';
import { z } from 'zod';
import { SkillProfilesSchema } from '../skills/pick-skill-profile.js';
import type { SkillProfileInput } from '../skills/skill-profile-input.js';
import {
  assessCandidate,
  describeBlocker,
  formatDelta,
  type CandidateBlocker,
  type CandidateContext,
  type EffectiveConstraint,
} from './assess-candidate.js';
import type { GraphMovement } from './graph-movement.js';
import type { ProgressionGraph, ProgressionGraphEdge } from './progression-graph.js';
import { ScaleConstraintSchema, type ScaleConstraint } from './scale-constraint.js';
import type { ScaleResult, ScaleStep } from './scale-result.js';
import { UnknownMovementError } from './unknown-movement-error.js';

/**
 * The skill level a user needs (at the movement, pattern or discipline scope) before scaling picks a variant harder
 * than the prescribed movement. Override per call with `harderVariantMinLevel`.
 *
 * @example
 * ```ts
 * SCALE_HARDER_VARIANT_MIN_LEVEL; // 'intermediate'
 * ```
 */
export const SCALE_HARDER_VARIANT_MIN_LEVEL: SkillLevel = 'intermediate';

/**
 * Input of {@link scaleMovement}.
 *
 * @example
 * ```ts
 * const input: ScaleMovementInput = {
 *   movementId: 'mov_pull_up',
 *   graph: catalogProgressionGraph(),
 *   constraints: [{ movement_id: 'mov_pull_up', level: 'hard_no', reason: 'elbow tendinopathy' }],
 *   equipment: ['rings'],
 * };
 * ```
 */
export interface ScaleMovementInput {
  /** The prescribed movement: an id of the graph (a slug of the graph is accepted too). */
  readonly movementId: string;
  /** The progression graph, see {@link buildProgressionGraph}. */
  readonly graph: ProgressionGraph;
  /** When given, only these movements may be chosen (e.g. what a gym offers); by default every movement of the graph. */
  readonly movements?: readonly { readonly id: string }[] | null;
  /** The user's `user_skill_profiles` rows. */
  readonly skills?: readonly SkillProfileInput[];
  /** The user's `user_movement_constraints` rows. */
  readonly constraints?: readonly ScaleConstraint[];
  /** Equipment at hand; omitted or null means everything. Bodyweight is always available. */
  readonly equipment?: readonly Equipment[] | null;
  /** Discipline id of the session, for discipline-scoped skills. */
  readonly disciplineId?: string | null;
  /** Skill level needed for a harder variant; default {@link SCALE_HARDER_VARIANT_MIN_LEVEL}. */
  readonly harderVariantMinLevel?: SkillLevel;
}

const OptionsSchema = z.object({
  constraints: z.array(ScaleConstraintSchema).readonly(),
  skills: SkillProfilesSchema,
  equipment: z.array(EquipmentSchema).readonly().nullable(),
  harderVariantMinLevel: SkillLevelSchema,
  disciplineId: z.string().min(1).nullable(),
});

/** Most restrictive first when one movement has several constraints. */
const RESTRICTION: Readonly<Record<MovementConstraintLevel, number>> = { hard_no: 3, limited: 2, allowed: 1, preferred: 0 };

type Direction = 'flat' | 'up' | 'down';

/** A way of reaching a movement: the walk never climbs and descends in one path (variations go either way). */
interface WalkState {
  readonly movement: GraphMovement;
  readonly direction: Direction;
  readonly distance: number;
  readonly difficulty: number;
  readonly parent: WalkState | null;
  readonly edge: ProgressionGraphEdge | null;
}

interface Assessed {
  readonly state: WalkState;
  readonly blockers: readonly CandidateBlocker[];
  readonly constraint: EffectiveConstraint | undefined;
}

/**
 * Finds the closest doable variant of a prescribed movement for one user, and explains the path taken.
 *
 * The walk starts at the prescribed movement and follows the graph's edges breadth first; one path never both climbs
 * (progressions) and descends (regressions), so a pull-up is never "scaled" into a dip by way of the muscle-up.
 * A movement is doable when it is not `hard_no`, its equipment is available (bodyweight always is), the user's skill
 * does not mark it (or, for a pattern or discipline row, anything not easier than prescribed) as not doable, and, when
 * it is harder than prescribed, the user's skill is known and at least `harderVariantMinLevel`. Of the doable ones
 * the closest wins: fewest steps; then `allowed`, `preferred` or unconstrained before `limited` (a `limited` movement
 * is used only when nothing else is as close); then the smallest difficulty change; then `preferred` first; then the
 * easier one; then by slug. The prescribed movement itself, when doable, is always the answer (`as_prescribed`).
 *
 * Every step of the returned path is an edge of the graph and says why its `from` movement could not be used. Pure
 * and deterministic: the same input gives the same result.
 *
 * @param input - See {@link ScaleMovementInput}.
 * @returns A {@link ScaleResult}; `none_doable` (with `movement_id` null) when nothing reachable is doable.
 * @throws {UnknownMovementError} `movementId` is not a movement of the graph.
 * @throws {ValidationError} A malformed skill, constraint or equipment value.
 *
 * @example
 * ```ts
 * const result = scaleMovement({
 *   movementId: 'mov_pull_up',
 *   graph: catalogProgressionGraph(),
 *   constraints: [{ movement_id: 'mov_pull_up', level: 'hard_no', reason: 'elbow tendinopathy' }],
 *   equipment: ['rings'],
 * });
 * result.movement_id; // 'mov_ring_row'
 * result.path; // ['mov_pull_up', 'mov_negative_pull_up', 'mov_band_assisted_pull_up', 'mov_ring_row']
 * result.steps[0]?.reason; // 'Pull-up is refused (hard_no: elbow tendinopathy)'
 * ```
 */
export function scaleMovement(input: ScaleMovementInput): ScaleResult {
  const { graph } = input;
  const prescribed = graph.movements.get(input.movementId) ?? graph.movementsBySlug.get(input.movementId);
  if (prescribed === undefined) throw new UnknownMovementError('scaleMovement', [{ path: 'movementId', movementId: input.movementId }]);
  const options = parseWithSchema(
    OptionsSchema,
    {
      constraints: input.constraints ?? [],
      skills: input.skills ?? [],
      equipment: input.equipment ?? null,
      harderVariantMinLevel: input.harderVariantMinLevel ?? SCALE_HARDER_VARIANT_MIN_LEVEL,
      disciplineId: input.disciplineId ?? null,
    },
    'scaleMovement input',
  );
  const constraints = new Map<string, EffectiveConstraint>();
  for (const row of options.constraints) {
    const current = constraints.get(row.movement_id);
    const reason = row.reason ?? null;
    if (current === undefined || RESTRICTION[row.level] > RESTRICTION[current.level] ||
      (row.level === current.level && current.reason === null && reason !== null)) {
      constraints.set(row.movement_id, { level: row.level, reason });
    }
  }
  const context: CandidateContext = {
    offered: input.movements === undefined || input.movements === null ? null : new Set(input.movements.map((movement) => movement.id)),
    constraints,
    equipment: options.equipment === null ? null : new Set<Equipment>([...options.equipment, 'bodyweight']),
    skills: options.skills,
    disciplineId: options.disciplineId,
    harderVariantMinLevel: options.harderVariantMinLevel,
  };

  const assessed = walkUntilDoable(graph, prescribed, (state): Assessed => ({
    state,
    blockers: assessCandidate(state.movement, state.difficulty, context),
    constraint: constraints.get(state.movement.id),
  }));
  const doable = assessed.filter((entry) => entry.blockers.length === 0).sort(compareCandidates);
  const best = doable[0];
  const start = assessed[0] as Assessed;
  if (best === undefined) return noneDoable(prescribed, start, assessed, context);

  const chain: Assessed[] = [];
  const byState = new Map(assessed.map((entry) => [entry.state, entry]));
  for (let state: WalkState | null = best.state; state !== null; state = state.parent) chain.unshift(byState.get(state) as Assessed);
  const steps: ScaleStep[] = [];
  for (let index = 1; index < chain.length; index += 1) {
    const from = chain[index - 1] as Assessed;
    const edge = (chain[index] as Assessed).state.edge as ProgressionGraphEdge;
    steps.push({
      from: edge.source,
      to: edge.target,
      relationship: edge.relationship,
      difficulty_delta: edge.difficulty_delta,
      reason: reasonOf(from),
    });
  }
  const chosen = best.state.movement;
  const status = best.state.distance === 0 ? 'as_prescribed' : 'scaled';
  return {
    status,
    prescribed_movement_id: prescribed.id,
    movement_id: chosen.id,
    path: chain.map((entry) => entry.state.movement.id),
    steps,
    distance: best.state.distance,
    difficulty_delta: best.state.difficulty,
    constraint_level: best.constraint?.level ?? null,
    constraint_reason: best.constraint?.reason ?? null,
    explanation: status === 'as_prescribed' ? explainAsPrescribed(best) : explainScaled(prescribed, best, chain),
  };
}

/**
 * The states reachable from the prescribed movement, breadth first in a deterministic order, each assessed, level by
 * level: the walk stops after the first level (number of steps) that holds a doable movement, since no farther one
 * can win; with none doable it covers everything reachable.
 */
function walkUntilDoable(graph: ProgressionGraph, prescribed: GraphMovement, assess: (state: WalkState) => Assessed): Assessed[] {
  const root: WalkState = { movement: prescribed, direction: 'flat', distance: 0, difficulty: 0, parent: null, edge: null };
  const assessed: Assessed[] = [];
  const seen = new Set<string>([stateKey(prescribed.id, 'flat')]);
  let level: WalkState[] = [root];
  while (level.length > 0) {
    let found = false;
    for (const state of level) {
      const entry = assess(state);
      assessed.push(entry);
      if (entry.blockers.length === 0) found = true;
    }
    if (found) break;
    const next: WalkState[] = [];
    for (const state of level) {
      for (const edge of graph.outgoing.get(state.movement.id) ?? []) {
        const direction = nextDirection(state.direction, edge.relationship);
        if (direction === null) continue;
        const key = stateKey(edge.target, direction);
        if (seen.has(key)) continue;
        seen.add(key);
        next.push({
          movement: graph.movements.get(edge.target) as GraphMovement,
          direction,
          distance: state.distance + 1,
          difficulty: roundRungs(state.difficulty + edge.difficulty_delta),
          parent: state,
          edge,
        });
      }
    }
    level = next;
  }
  return assessed;
}

function stateKey(movementId: string, direction: Direction): string {
  return `${direction}:${movementId}`;
}

function nextDirection(direction: Direction, relationship: MovementRelationshipType): Direction | null {
  if (relationship === 'variation') return direction;
  if (relationship === 'progression') return direction === 'down' ? null : 'up';
  return direction === 'up' ? null : 'down';
}

function roundRungs(value: number): number {
  const rounded = Math.round(value * 1e9) / 1e9;
  return rounded === 0 ? 0 : rounded;
}

function compareCandidates(left: Assessed, right: Assessed): number {
  const limited = (entry: Assessed) => (entry.constraint?.level === 'limited' ? 1 : 0);
  const preferred = (entry: Assessed) => (entry.constraint?.level === 'preferred' ? 0 : 1);
  return (
    left.state.distance - right.state.distance ||
    limited(left) - limited(right) ||
    Math.abs(left.state.difficulty) - Math.abs(right.state.difficulty) ||
    preferred(left) - preferred(right) ||
    left.state.difficulty - right.state.difficulty ||
    compareText(left.state.movement.slug, right.state.movement.slug) ||
    compareText(left.state.movement.id, right.state.movement.id)
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function reasonOf(entry: Assessed): string {
  const name = entry.state.movement.name;
  if (entry.blockers.length === 0) return `${name} is on the way`;
  return `${name} ${entry.blockers.map(describeBlocker).join('; ')}`;
}

function constraintNote(entry: Assessed): string {
  const name = entry.state.movement.name;
  const reason = entry.constraint?.reason ? ` (${entry.constraint.reason})` : '';
  if (entry.constraint?.level === 'limited') return ` ${name} is limited${reason}: use it with care.`;
  if (entry.constraint?.level === 'preferred') return ` ${name} is preferred${reason}.`;
  return '';
}

function explainAsPrescribed(best: Assessed): string {
  return `${best.state.movement.name} as prescribed.${constraintNote(best)}`;
}

function explainScaled(prescribed: GraphMovement, best: Assessed, chain: readonly Assessed[]): string {
  const delta = best.state.difficulty;
  const difficulty = delta < 0 ? `${formatDelta(delta)} rungs easier` : delta > 0 ? `${formatDelta(delta)} rungs harder` : 'same difficulty';
  const count = best.state.distance;
  const route = chain
    .slice(1)
    .map((entry) => `${entry.state.edge?.relationship ?? 'step'} to ${entry.state.movement.name}`)
    .join(', ');
  const reasons = chain.slice(0, -1).map(reasonOf).join('. ');
  const limitedNote = best.constraint?.level === 'limited' ? ' No allowed or preferred variant was as close.' : '';
  return (
    `${prescribed.name} scaled to ${best.state.movement.name} (${count} step${count === 1 ? '' : 's'}: ${route}; ${difficulty}). ` +
    `${reasons}.${constraintNote(best)}${limitedNote}`
  );
}

function noneDoable(prescribed: GraphMovement, start: Assessed, assessed: readonly Assessed[], context: CandidateContext): ScaleResult {
  const others = new Map<string, readonly CandidateBlocker[]>();
  for (const entry of assessed) {
    if (entry.state.movement.id !== prescribed.id && !others.has(entry.state.movement.id)) others.set(entry.state.movement.id, entry.blockers);
  }
  const byKind = new Map<string, number>();
  for (const blockers of others.values()) {
    for (const kind of new Set(blockers.map((blocker) => blocker.kind))) byKind.set(kind, (byKind.get(kind) ?? 0) + 1);
  }
  const labels: Readonly<Record<CandidateBlocker['kind'], string>> = {
    hard_no: 'refused',
    equipment: 'need equipment that is not available',
    not_offered: 'not offered',
    cannot_do: 'marked as not doable',
    skill_too_low: 'harder than the skill level allows',
    no_skill: 'harder with no known skill level',
  };
  const summary = [...byKind].sort(([left], [right]) => compareText(left, right)).map(([kind, count]) => `${count} ${labels[kind as CandidateBlocker['kind']]}`);
  const equipment = context.equipment === null ? 'all equipment' : [...context.equipment].sort().join(', ');
  const related = others.size === 0
    ? 'it has no related movements in the graph'
    : `none of its ${others.size} related movement${others.size === 1 ? ' is' : 's is'} doable (${summary.join(', ')})`;
  return {
    status: 'none_doable',
    prescribed_movement_id: prescribed.id,
    movement_id: null,
    path: [],
    steps: [],
    distance: 0,
    difficulty_delta: 0,
    constraint_level: start.constraint?.level ?? null,
    constraint_reason: start.constraint?.reason ?? null,
    explanation: `No doable variant of ${prescribed.name}: ${reasonOf(start)}, and ${related}; equipment: ${equipment}.`,
  };
}
