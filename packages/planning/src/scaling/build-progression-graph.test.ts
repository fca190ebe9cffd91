import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { movement, rung } from '../test-support/scaling-fixtures.js';
import { buildProgressionGraph } from './build-progression-graph.js';
import { catalogProgressionGraph } from './catalog-progression-graph.js';
import { ProgressionCycleError } from './progression-cycle-error.js';
import { UnknownMovementError } from './unknown-movement-error.js';

const a = movement('a');
const b = movement('b');
const c = movement('c');

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('buildProgressionGraph', () => {
  it('keeps the edges given and implies the missing inverses, smallest step first', () => {
    const graph = buildProgressionGraph(
      [
        ...rung('a', 'b'),
        { source_movement_id: 'm_b', target_movement_id: 'm_c', relationship_type: 'progression', difficulty_delta: 2, id: 'e1', notes: 'x' },
        { source_movement_id: 'm_a', target_movement_id: 'm_c', relationship_type: 'progression', difficulty_delta: null },
      ],
      [c, b, a],
    );
    expect(graph.outgoing.get('m_c')).toEqual([
      { id: null, source: 'm_c', target: 'm_a', relationship: 'regression', difficulty_delta: -1, notes: null, implied: true },
      { id: null, source: 'm_c', target: 'm_b', relationship: 'regression', difficulty_delta: -2, notes: 'x', implied: true },
    ]);
    expect(graph.outgoing.get('m_a')?.map((edge) => [edge.target, edge.difficulty_delta, edge.implied])).toEqual([
      ['m_b', 1, false],
      ['m_c', 1, false],
    ]);
    expect(graph.movementsBySlug.get('b')).toEqual(b);
  });

  it('keeps one edge per ordered pair, whatever the input order', () => {
    const edges = [
      { source_movement_id: 'm_a', target_movement_id: 'm_b', relationship_type: 'progression' as const, difficulty_delta: 1, id: 'p2' },
      { source_movement_id: 'm_a', target_movement_id: 'm_b', relationship_type: 'progression' as const, difficulty_delta: 1, id: 'p1' },
    ];
    const forward = buildProgressionGraph(edges, [a, b]);
    const backward = buildProgressionGraph([...edges].reverse(), [a, b]);
    expect(forward.outgoing.get('m_a')).toEqual([expect.objectContaining({ id: 'p1' })]);
    expect(backward.outgoing).toEqual(forward.outgoing);
  });

  it('names every unknown movement and where it was found', () => {
    const error = thrown(() =>
      buildProgressionGraph(
        [
          { source_movement_id: 'm_a', target_movement_id: 'm_zz', relationship_type: 'progression', difficulty_delta: 1 },
          { source_movement_id: 'm_yy', target_movement_id: 'm_zz', relationship_type: 'variation', difficulty_delta: 0 },
        ],
        [a],
      ),
    );
    expect(error).toBeInstanceOf(UnknownMovementError);
    expect(error).toBeInstanceOf(ValidationError);
    const unknown = error as UnknownMovementError;
    expect(unknown.reason).toBe('unknown_movement');
    expect(unknown.code).toBe('VALIDATION_FAILED');
    expect(unknown.movementIds).toEqual(['m_yy', 'm_zz']);
    expect(unknown.issues.map((issue) => issue.path)).toEqual(['edges.0.target_movement_id', 'edges.1.source_movement_id', 'edges.1.target_movement_id']);
    expect(unknown.message).toContain("no movement 'm_zz'");
  });

  it('rejects a cycle of harder steps and names its movements', () => {
    const error = thrown(() =>
      buildProgressionGraph(
        [
          ...rung('a', 'b'),
          ...rung('b', 'c'),
          // "a is harder than c" through a regression c -> a would close the loop
          { source_movement_id: 'm_c', target_movement_id: 'm_a', relationship_type: 'progression', difficulty_delta: 1 },
        ],
        [a, b, c],
      ),
    );
    expect(error).toBeInstanceOf(ProgressionCycleError);
    const cycle = error as ProgressionCycleError;
    expect(cycle.reason).toBe('progression_cycle');
    expect(cycle.cycle).toEqual(['m_a', 'm_b', 'm_c']);
    expect(cycle.issues[0]?.rule).toBe('progression_cycle');
    expect(cycle.message).toContain('a -> b -> c -> a');
  });

  it('sees a loop closed by a regression or by a variation with a difficulty', () => {
    const byRegression = thrown(() =>
      buildProgressionGraph(
        [...rung('a', 'b'), { source_movement_id: 'm_a', target_movement_id: 'm_b', relationship_type: 'regression', difficulty_delta: -1 }],
        [a, b],
      ),
    );
    expect((byRegression as ProgressionCycleError).cycle).toEqual(['m_a', 'm_b']);
    const byVariation = thrown(() =>
      buildProgressionGraph(
        [...rung('a', 'b'), { source_movement_id: 'm_b', target_movement_id: 'm_a', relationship_type: 'variation', difficulty_delta: 0.5 }],
        [a, b],
      ),
    );
    expect(byVariation).toBeInstanceOf(ProgressionCycleError);
  });

  it('accepts sideways loops of variations without difficulty', () => {
    const graph = buildProgressionGraph(
      [
        { source_movement_id: 'm_a', target_movement_id: 'm_b', relationship_type: 'variation', difficulty_delta: 0 },
        { source_movement_id: 'm_b', target_movement_id: 'm_c', relationship_type: 'variation', difficulty_delta: 0 },
        { source_movement_id: 'm_c', target_movement_id: 'm_a', relationship_type: 'variation', difficulty_delta: 0 },
      ],
      [a, b, c],
    );
    expect(graph.outgoing.get('m_a')?.map((edge) => edge.target)).toEqual(['m_b', 'm_c']);
  });

  it('rejects a delta whose sign contradicts the relationship, a self loop and duplicate movements', () => {
    const inconsistent = thrown(() =>
      buildProgressionGraph([{ source_movement_id: 'm_a', target_movement_id: 'm_b', relationship_type: 'progression', difficulty_delta: -1 }], [a, b]),
    ) as ValidationError;
    expect(inconsistent.issues[0]).toMatchObject({ path: 'edges.0.difficulty_delta', rule: 'inconsistent_difficulty' });
    const loop = thrown(() =>
      buildProgressionGraph([{ source_movement_id: 'm_a', target_movement_id: 'm_a', relationship_type: 'variation', difficulty_delta: 0 }], [a]),
    ) as ValidationError;
    expect(loop.issues[0]).toMatchObject({ rule: 'self_loop' });
    const duplicate = thrown(() => buildProgressionGraph([], [a, { ...a, slug: 'other' }])) as ValidationError;
    expect(duplicate.issues[0]).toMatchObject({ path: 'movements.1.id', rule: 'duplicate' });
    const malformed = thrown(() => buildProgressionGraph([], [{ ...a, equipment: 'spaceship' as never }])) as ValidationError;
    expect(malformed.issues[0]?.path).toBe('0.equipment');
  });
});

describe('catalogProgressionGraph', () => {
  it('builds the catalog graph with storage ids, acyclic and with the issue ladders', () => {
    const graph = catalogProgressionGraph();
    expect(graph.movementsBySlug.get('pull_up')?.id).toBe('mov_pull_up');
    expect(graph).toBe(catalogProgressionGraph());
    const reaches = (from: string, to: string) =>
      graph.outgoing.get(`mov_${from}`)?.some((edge) => edge.target === `mov_${to}` && edge.relationship === 'progression');
    for (const [from, to] of [
      ['knee_push_up', 'push_up'], ['negative_pull_up', 'pull_up'], ['bench_dip', 'parallel_bar_dip'], ['air_squat', 'goblet_squat'],
      ['kettlebell_deadlift', 'trap_bar_deadlift'], ['split_squat', 'bodyweight_walking_lunge'], ['hang_power_clean', 'power_clean'],
      ['chest_to_wall_handstand_hold', 'freestanding_handstand'], ['banded_muscle_up', 'bar_muscle_up'], ['easy_run', 'tempo_run'],
    ] as const) {
      expect(reaches(from, to), `${from} -> ${to}`).toBe(true);
    }
  });
});
