import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { randomGraph } from '../test-support/scaling-fixtures.js';
import { buildProgressionGraph } from './build-progression-graph.js';
import type { ProgressionEdgeInput } from './progression-edge-input.js';
import { ProgressionCycleError } from './progression-cycle-error.js';

const SEED = 9_0303;

/** Harder-direction pairs `easier -> harder` of the input edges, as the graph checks them. */
function harderPairs(edges: readonly ProgressionEdgeInput[]): Set<string> {
  const pairs = new Set<string>();
  for (const edge of edges) {
    const delta = edge.difficulty_delta ?? { progression: 1, regression: -1, variation: 0 }[edge.relationship_type];
    if (delta > 0) pairs.add(`${edge.source_movement_id}>${edge.target_movement_id}`);
    if (delta < 0) pairs.add(`${edge.target_movement_id}>${edge.source_movement_id}`);
  }
  return pairs;
}

describe('buildProgressionGraph properties', () => {
  it('accepts every graph whose difficulty is consistent, and implies every missing inverse', () => {
    fc.assert(
      fc.property(randomGraph, ({ movements, edges }) => {
        const graph = buildProgressionGraph(edges, movements);
        for (const [source, outgoing] of graph.outgoing) {
          for (const edge of outgoing) {
            expect(edge.source).toBe(source);
            const back = graph.outgoing.get(edge.target)?.find((candidate) => candidate.target === source);
            expect(back?.difficulty_delta).toBe(edge.difficulty_delta === 0 ? 0 : -edge.difficulty_delta);
          }
        }
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('always rejects a graph with a cycle of harder steps, naming a real cycle of its movements', () => {
    const withCycle = randomGraph.chain((graph) =>
      fc
        .uniqueArray(fc.nat({ max: graph.movements.length - 1 }), { minLength: 2, maxLength: Math.min(5, graph.movements.length) })
        .chain((loop) =>
          fc.constantFrom<'progression' | 'regression'>('progression', 'regression').map((relationship) => {
            const ids = loop.map((index) => (graph.movements[index] as { id: string }).id);
            const extra: ProgressionEdgeInput[] = ids.map((id, position) => {
              const next = ids[(position + 1) % ids.length] as string;
              // progression id -> next, or the same "next is harder" said as a regression next -> id
              return relationship === 'progression'
                ? { source_movement_id: id, target_movement_id: next, relationship_type: 'progression', difficulty_delta: 1 }
                : { source_movement_id: next, target_movement_id: id, relationship_type: 'regression', difficulty_delta: -1 };
            });
            return { ...graph, edges: [...graph.edges, ...extra] };
          }),
        ),
    );
    fc.assert(
      fc.property(withCycle, ({ movements, edges }) => {
        let caught: unknown;
        try {
          buildProgressionGraph(edges, movements);
        } catch (error) {
          caught = error;
        }
        expect(caught).toBeInstanceOf(ProgressionCycleError);
        const { cycle, reason, message } = caught as ProgressionCycleError;
        expect(reason).toBe('progression_cycle');
        expect(cycle.length).toBeGreaterThanOrEqual(2);
        expect(new Set(cycle).size).toBe(cycle.length);
        const pairs = harderPairs(edges);
        cycle.forEach((id, index) => {
          expect(pairs.has(`${id}>${cycle[(index + 1) % cycle.length] as string}`)).toBe(true);
        });
        const slugs = cycle.map((id) => movements.find((entry) => entry.id === id)?.slug);
        expect(message).toContain([...slugs, slugs[0]].join(' -> '));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });
});
