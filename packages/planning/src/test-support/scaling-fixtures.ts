import type { Equipment, MovementPattern } from '@trainkit/core';
import fc from 'fast-check';
import type { GraphMovement } from '../scaling/graph-movement.js';
import type { ProgressionEdgeInput } from '../scaling/progression-edge-input.js';

/** A movement of a synthetic graph: id `m_<slug>`. */
export function movement(slug: string, equipment: Equipment = 'bodyweight', pattern: MovementPattern = 'vertical_pull'): GraphMovement {
  return { id: `m_${slug}`, slug, name: slug.replaceAll('_', ' '), pattern, equipment };
}

/** A progression `easier -> harder` with its inverse regression, between `m_<slug>` ids. */
export function rung(easier: string, harder: string, delta = 1): ProgressionEdgeInput[] {
  return [
    { source_movement_id: `m_${easier}`, target_movement_id: `m_${harder}`, relationship_type: 'progression', difficulty_delta: delta },
    { source_movement_id: `m_${harder}`, target_movement_id: `m_${easier}`, relationship_type: 'regression', difficulty_delta: -delta },
  ];
}

/** Equipment a synthetic graph draws from. */
export const FIXTURE_EQUIPMENT = ['bodyweight', 'rings', 'band', 'pull_up_bar', 'barbell', 'cable'] as const satisfies readonly Equipment[];
/** Patterns a synthetic graph draws from. */
export const FIXTURE_PATTERNS = ['vertical_pull', 'horizontal_pull', 'squat'] as const satisfies readonly MovementPattern[];

/** A random graph whose difficulty is consistent: every movement has a level and edges follow it. */
export interface RandomGraph {
  readonly movements: GraphMovement[];
  readonly edges: ProgressionEdgeInput[];
  readonly levels: ReadonlyMap<string, number>;
}

/**
 * Arbitrary acyclic graphs: 2..14 movements with random equipment, pattern and a difficulty level 0..5; edges between
 * random pairs, a progression (or regression) towards the higher level, a variation between equal levels or neighbours;
 * the inverse edge present or left for the graph to imply.
 */
export const randomGraph: fc.Arbitrary<RandomGraph> = fc
  .array(fc.record({ equipment: fc.constantFrom(...FIXTURE_EQUIPMENT), pattern: fc.constantFrom(...FIXTURE_PATTERNS), level: fc.integer({ min: 0, max: 5 }) }), { minLength: 2, maxLength: 14 })
  .chain((nodes) =>
    fc
      .uniqueArray(
        fc.record({
          pair: fc.tuple(fc.nat({ max: nodes.length - 1 }), fc.nat({ max: nodes.length - 1 })).filter(([left, right]) => left !== right),
          variation: fc.boolean(),
          withInverse: fc.boolean(),
          fromHarder: fc.boolean(),
        }),
        { selector: (edge) => [Math.min(...edge.pair), Math.max(...edge.pair)].join('-'), maxLength: 30 },
      )
      .map((specs) => {
        const movements = nodes.map((node, index) => movement(`n${index}`, node.equipment, node.pattern));
        const levels = new Map(movements.map((entry, index) => [entry.id, (nodes[index] as { level: number }).level]));
        const edges: ProgressionEdgeInput[] = [];
        for (const spec of specs) {
          const [left, right] = spec.pair;
          const leftLevel = (nodes[left] as { level: number }).level;
          const rightLevel = (nodes[right] as { level: number }).level;
          const delta = rightLevel - leftLevel;
          const forward = (from: number, to: number, d: number): ProgressionEdgeInput => ({
            source_movement_id: `m_n${from}`,
            target_movement_id: `m_n${to}`,
            relationship_type: (spec.variation && Math.abs(d) <= 1) || d === 0 ? 'variation' : d > 0 ? 'progression' : 'regression',
            difficulty_delta: d,
          });
          const first = spec.fromHarder ? forward(right, left, -delta) : forward(left, right, delta);
          edges.push(first);
          if (spec.withInverse) {
            edges.push(spec.fromHarder ? forward(left, right, delta) : forward(right, left, -delta));
          }
        }
        return { movements, edges, levels };
      }),
  );
