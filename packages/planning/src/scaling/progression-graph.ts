import type { MovementRelationshipType } from '@trainkit/core';
import type { GraphMovement } from './graph-movement.js';

/**
 * A directed edge of a {@link ProgressionGraph}, difficulty made explicit. `implied` edges were not in the input:
 * they are the inverse of an input edge whose reverse was missing (a regression for a progression, a variation for
 * a variation), so every step can be walked both ways.
 *
 * @example
 * ```ts
 * const edge: ProgressionGraphEdge = {
 *   id: 'mpr_push_up__knee_push_up', source: 'mov_push_up', target: 'mov_knee_push_up', relationship: 'regression',
 *   difficulty_delta: -1, notes: 'push-up ladder', implied: false,
 * };
 * ```
 */
export interface ProgressionGraphEdge {
  /** Id of the input row, or null for an implied edge or an input edge without id. */
  readonly id: string | null;
  /** Movement id the edge starts from. */
  readonly source: string;
  /** Movement id the edge leads to. */
  readonly target: string;
  /** `progression` (target harder), `regression` (target easier) or `variation`. */
  readonly relationship: MovementRelationshipType;
  /** Target difficulty minus source difficulty, in ladder rungs (a missing input value is ±1 or 0). */
  readonly difficulty_delta: number;
  /** The ladder or family of the edge. */
  readonly notes: string | null;
  /** True when the edge is the inverse of an input edge, added because the input lacked it. */
  readonly implied: boolean;
}

/**
 * A validated movement progression graph, built by {@link buildProgressionGraph}: acyclic in the harder direction,
 * every edge between known movements. Read-only; build a new one to change it.
 *
 * @example
 * ```ts
 * const graph: ProgressionGraph = catalogProgressionGraph();
 * graph.outgoing.get('mov_push_up')?.map((edge) => edge.target);
 * ```
 */
export interface ProgressionGraph {
  /** Movements by id. */
  readonly movements: ReadonlyMap<string, GraphMovement>;
  /** Movements by slug. */
  readonly movementsBySlug: ReadonlyMap<string, GraphMovement>;
  /**
   * Edges leaving each movement id, one per target: smallest absolute difficulty change first, then variation,
   * regression, progression, then by target slug.
   */
  readonly outgoing: ReadonlyMap<string, readonly ProgressionGraphEdge[]>;
}
