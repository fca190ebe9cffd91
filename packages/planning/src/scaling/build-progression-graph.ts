import { parseWithSchema, ValidationError, type MovementRelationshipType, type ValidationIssue } from '@trainkit/core';
import { z } from 'zod';
import { findHarderCycle } from './find-harder-cycle.js';
import { GraphMovementSchema, type GraphMovement } from './graph-movement.js';
import { ProgressionCycleError } from './progression-cycle-error.js';
import { ProgressionEdgeInputSchema, type ProgressionEdgeInput } from './progression-edge-input.js';
import type { ProgressionGraph, ProgressionGraphEdge } from './progression-graph.js';
import { UnknownMovementError } from './unknown-movement-error.js';

const MovementsSchema = z.array(GraphMovementSchema).readonly();
const EdgesSchema = z.array(ProgressionEdgeInputSchema).readonly();

/** Order of relationships among edges of equal difficulty change: sideways first, then easier, then harder. */
const RELATIONSHIP_RANK: Readonly<Record<MovementRelationshipType, number>> = { variation: 0, regression: 1, progression: 2 };
/** A missing `difficulty_delta` counts as one rung in the edge's direction. */
const DEFAULT_DELTA: Readonly<Record<MovementRelationshipType, number>> = { progression: 1, regression: -1, variation: 0 };
const INVERSE: Readonly<Record<MovementRelationshipType, MovementRelationshipType>> = {
  progression: 'regression',
  regression: 'progression',
  variation: 'variation',
};

/**
 * Builds and checks the movement progression graph from `movement_progressions` rows and `movements` rows (stored
 * rows and catalog seed rows fit as they are; extra columns are ignored).
 *
 * Checks, all before anything is returned: rows are well formed and movement ids unique (`ValidationError`); every
 * edge joins two known movements (`UnknownMovementError`, reason `unknown_movement`, naming every unknown id and where
 * it was found); a `progression` is harder (`difficulty_delta` > 0) and a `regression` easier (< 0), a missing delta
 * counting as one rung (`ValidationError`, rule `inconsistent_difficulty`); and difficulty never loops: following
 * every edge in its harder direction (a progression forwards, a regression backwards, a variation with a non-zero
 * delta towards its harder end) never comes back to a movement (`ProgressionCycleError`, reason `progression_cycle`,
 * naming the movements of the loop).
 *
 * The result holds one edge per ordered pair of movements (of duplicates the variation, then regression, then
 * progression, then smallest |delta|, then smallest id is kept) and adds the inverse of every edge whose reverse is
 * missing (marked `implied`), so every step can be walked both ways. Pure and deterministic.
 *
 * @param edges - `movement_progressions` rows.
 * @param movements - `movements` rows; every edge endpoint must be among them.
 * @returns The {@link ProgressionGraph}.
 * @throws {UnknownMovementError} An edge names a movement id that is not in `movements`.
 * @throws {ProgressionCycleError} Difficulty loops back on itself.
 * @throws {ValidationError} A malformed row, a duplicate movement id, or a delta whose sign contradicts its type.
 *
 * @example
 * ```ts
 * const graph = buildProgressionGraph(
 *   [{ source_movement_id: 'm_knee', target_movement_id: 'm_push', relationship_type: 'progression', difficulty_delta: 1 }],
 *   [
 *     { id: 'm_knee', slug: 'knee_push_up', name: 'Knee push-up', pattern: 'horizontal_push', equipment: 'bodyweight' },
 *     { id: 'm_push', slug: 'push_up', name: 'Push-up', pattern: 'horizontal_push', equipment: 'bodyweight' },
 *   ],
 * );
 * graph.outgoing.get('m_push')?.[0]?.relationship; // 'regression' (implied inverse)
 * ```
 */
export function buildProgressionGraph(
  edges: readonly ProgressionEdgeInput[],
  movements: readonly GraphMovement[],
): ProgressionGraph {
  const movementRows = parseWithSchema(MovementsSchema, movements, 'movements');
  const edgeRows = parseWithSchema(EdgesSchema, edges, 'movement_progressions');

  const byId = new Map<string, GraphMovement>();
  const bySlug = new Map<string, GraphMovement>();
  const duplicates: ValidationIssue[] = [];
  movementRows.forEach((movement, index) => {
    if (byId.has(movement.id)) {
      duplicates.push({ path: `movements.${index}.id`, rule: 'duplicate', message: `movement id '${movement.id}' is given twice` });
      return;
    }
    if (bySlug.has(movement.slug)) {
      duplicates.push({ path: `movements.${index}.slug`, rule: 'duplicate', message: `movement slug '${movement.slug}' is given twice` });
      return;
    }
    byId.set(movement.id, movement);
    bySlug.set(movement.slug, movement);
  });
  if (duplicates.length > 0) throw new ValidationError('movements', duplicates);

  const unknown: { path: string; movementId: string }[] = [];
  edgeRows.forEach((edge, index) => {
    if (!byId.has(edge.source_movement_id)) unknown.push({ path: `edges.${index}.source_movement_id`, movementId: edge.source_movement_id });
    if (!byId.has(edge.target_movement_id)) unknown.push({ path: `edges.${index}.target_movement_id`, movementId: edge.target_movement_id });
  });
  if (unknown.length > 0) throw new UnknownMovementError('movement_progressions', unknown);

  const issues: ValidationIssue[] = [];
  const resolved: ProgressionGraphEdge[] = [];
  edgeRows.forEach((edge, index) => {
    const delta = edge.difficulty_delta ?? DEFAULT_DELTA[edge.relationship_type];
    if (edge.source_movement_id === edge.target_movement_id) {
      issues.push({ path: `edges.${index}.target_movement_id`, rule: 'self_loop', message: 'must differ from source_movement_id' });
    } else if ((edge.relationship_type === 'progression' && delta <= 0) || (edge.relationship_type === 'regression' && delta >= 0)) {
      issues.push({
        path: `edges.${index}.difficulty_delta`,
        rule: 'inconsistent_difficulty',
        message: `a ${edge.relationship_type} must be ${edge.relationship_type === 'progression' ? 'harder (> 0)' : 'easier (< 0)'}, got ${delta}`,
      });
    }
    resolved.push({
      id: edge.id ?? null,
      source: edge.source_movement_id,
      target: edge.target_movement_id,
      relationship: edge.relationship_type,
      difficulty_delta: normalizeZero(delta),
      notes: edge.notes ?? null,
      implied: false,
    });
  });
  if (issues.length > 0) throw new ValidationError('movement_progressions', issues);

  const harder = new Map<string, Set<string>>();
  for (const edge of resolved) {
    if (edge.difficulty_delta === 0) continue;
    const [easier, harderEnd] = edge.difficulty_delta > 0 ? [edge.source, edge.target] : [edge.target, edge.source];
    let targets = harder.get(easier);
    if (targets === undefined) harder.set(easier, (targets = new Set()));
    targets.add(harderEnd);
  }
  const cycle = findHarderCycle(harder);
  if (cycle !== null) {
    throw new ProgressionCycleError(cycle, cycle.map((id) => byId.get(id)?.slug ?? id));
  }

  const kept = new Map<string, ProgressionGraphEdge>();
  for (const edge of resolved) {
    const key = pairKey(edge.source, edge.target);
    const current = kept.get(key);
    if (current === undefined || preferEdge(edge, current)) kept.set(key, edge);
  }
  for (const edge of [...kept.values()]) {
    const reverseKey = pairKey(edge.target, edge.source);
    if (kept.has(reverseKey)) continue;
    kept.set(reverseKey, {
      id: null,
      source: edge.target,
      target: edge.source,
      relationship: INVERSE[edge.relationship],
      difficulty_delta: normalizeZero(-edge.difficulty_delta),
      notes: edge.notes,
      implied: true,
    });
  }

  const outgoing = new Map<string, ProgressionGraphEdge[]>();
  for (const edge of kept.values()) {
    let list = outgoing.get(edge.source);
    if (list === undefined) outgoing.set(edge.source, (list = []));
    list.push(edge);
  }
  for (const list of outgoing.values()) {
    list.sort(
      (left, right) =>
        Math.abs(left.difficulty_delta) - Math.abs(right.difficulty_delta) ||
        RELATIONSHIP_RANK[left.relationship] - RELATIONSHIP_RANK[right.relationship] ||
        compareText((byId.get(left.target) as GraphMovement).slug, (byId.get(right.target) as GraphMovement).slug),
    );
  }
  return { movements: byId, movementsBySlug: bySlug, outgoing };
}

function pairKey(source: string, target: string): string {
  return JSON.stringify([source, target]);
}

/** Of two edges between the same ordered pair, the one to keep. */
function preferEdge(candidate: ProgressionGraphEdge, current: ProgressionGraphEdge): boolean {
  return (
    (RELATIONSHIP_RANK[candidate.relationship] - RELATIONSHIP_RANK[current.relationship] ||
      Math.abs(candidate.difficulty_delta) - Math.abs(current.difficulty_delta) ||
      compareText(candidate.id ?? '', current.id ?? '')) < 0
  );
}

function compareText(left: string, right: string): number {
  return left < right ? -1 : left > right ? 1 : 0;
}

function normalizeZero(value: number): number {
  return value === 0 ? 0 : value;
}
