import { MovementProgressionInsertSchema } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { getMovement } from '../movements/get-movement.js';
import { expandMovementProgressions } from './expand-movement-progressions.js';
import { MovementProgressionSchema } from './movement-progression-definition.js';
import { MOVEMENT_PROGRESSION_LADDERS, MOVEMENT_VARIATION_PAIRS } from './movement-progression-ladders.js';
import { MOVEMENT_PROGRESSIONS } from './movement-progressions.js';
import { movementProgressionsFrom } from './movement-progressions-from.js';

const edgeKey = (source: string, target: string): string => `${source}->${target}`;
const edgesByKey = new Map(MOVEMENT_PROGRESSIONS.map((edge) => [edgeKey(edge.source, edge.target), edge]));

/** True when the directed graph of the given edges has a cycle (iterative three-colour depth-first search). */
function hasCycle(edges: readonly { source: string; target: string }[]): boolean {
  const next = new Map<string, string[]>();
  for (const edge of edges) next.set(edge.source, [...(next.get(edge.source) ?? []), edge.target]);
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (node: string): boolean => {
    if (state.get(node) === 'visiting') return true;
    if (state.get(node) === 'done') return false;
    state.set(node, 'visiting');
    const cyclic = (next.get(node) ?? []).some(visit);
    state.set(node, 'done');
    return cyclic;
  };
  return [...next.keys()].some(visit);
}

describe('movement progression graph', () => {
  it('has at least 40 valid edges between existing movements', () => {
    expect(MOVEMENT_PROGRESSIONS.length).toBeGreaterThanOrEqual(40);
    for (const edge of MOVEMENT_PROGRESSIONS) {
      const parsed = MovementProgressionSchema.safeParse(edge);
      expect(parsed.success, `${edge.source} -> ${edge.target}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(getMovement(edge.source), edge.source).toBeDefined();
      expect(getMovement(edge.target), edge.target).toBeDefined();
    }
  });

  it('has at most one edge per ordered pair of movements', () => {
    expect(edgesByKey.size).toBe(MOVEMENT_PROGRESSIONS.length);
  });

  it('pairs every progression with the inverse regression and every variation with its reverse', () => {
    for (const edge of MOVEMENT_PROGRESSIONS) {
      const inverse = edgesByKey.get(edgeKey(edge.target, edge.source));
      const expectedType = { progression: 'regression', regression: 'progression', variation: 'variation' }[edge.relationshipType];
      expect(inverse?.relationshipType, `${edge.source} -> ${edge.target}`).toBe(expectedType);
      expect((inverse?.difficultyDelta ?? Number.NaN) + edge.difficultyDelta).toBe(0);
      expect(Object.is(edge.difficultyDelta, -0)).toBe(false);
    }
  });

  it('never loops back to a movement through progressions alone', () => {
    expect(hasCycle(MOVEMENT_PROGRESSIONS.filter((edge) => edge.relationshipType === 'progression'))).toBe(false);
    expect(hasCycle([{ source: 'a', target: 'b' }, { source: 'b', target: 'a' }])).toBe(true);
  });

  it('has the skill ladders coaches use', () => {
    const path = (...slugs: string[]): void => {
      for (let index = 1; index < slugs.length; index += 1) {
        const step = edgesByKey.get(edgeKey(slugs[index - 1] as string, slugs[index] as string));
        expect(step?.relationshipType, `${slugs[index - 1]} -> ${slugs[index]}`).toBe('progression');
      }
    };
    path('wall_push_up', 'incline_push_up', 'knee_push_up', 'push_up', 'diamond_push_up', 'archer_push_up', 'one_arm_push_up');
    path('dead_hang', 'scapular_pull_up', 'band_assisted_pull_up', 'negative_pull_up', 'pull_up', 'chest_to_bar_pull_up');
    path('air_squat', 'goblet_squat', 'back_squat');
    path('air_squat', 'split_squat', 'bodyweight_bulgarian_split_squat', 'assisted_pistol_squat', 'box_pistol_squat', 'pistol_squat');
    path('pull_up', 'chest_to_bar_pull_up', 'banded_muscle_up', 'bar_muscle_up', 'ring_muscle_up');
    path('ring_support_hold', 'ring_dip', 'ring_muscle_up_transition', 'ring_muscle_up');
    path('crow_pose', 'wall_walk', 'chest_to_wall_handstand_hold', 'freestanding_handstand', 'handstand_walk');
    path('push_up', 'pike_push_up', 'elevated_pike_push_up', 'strict_handstand_push_up', 'deficit_handstand_push_up');
    path('bench_dip', 'parallel_bar_dip', 'straight_bar_dip', 'bar_muscle_up');
    path('split_squat', 'bodyweight_walking_lunge', 'dumbbell_walking_lunge');
    path('split_squat', 'dumbbell_reverse_lunge', 'barbell_reverse_lunge');
    path('box_step_up', 'dumbbell_step_up', 'barbell_step_up');
    path('glute_bridge', 'kettlebell_deadlift', 'trap_bar_deadlift', 'conventional_deadlift', 'deficit_deadlift');
    path('kettlebell_deadlift', 'dumbbell_romanian_deadlift', 'single_leg_romanian_deadlift');
    path('kettlebell_swing', 'kettlebell_clean', 'hang_power_clean', 'power_clean', 'clean', 'clean_and_jerk');
    path('dumbbell_snatch', 'hang_power_snatch', 'power_snatch', 'snatch');
    path('kettlebell_swing', 'kettlebell_sumo_high_pull', 'kettlebell_snatch');
    path('brisk_walk', 'walk_run_intervals', 'easy_run', 'tempo_run', 'interval_run', 'sprint');
  });

  it('conforms every edge to the movement_progressions table once ids are attached', () => {
    for (const edge of MOVEMENT_PROGRESSIONS) {
      const row = {
        id: `${edge.source}__${edge.target}`,
        source_movement_id: edge.source,
        target_movement_id: edge.target,
        relationship_type: edge.relationshipType,
        difficulty_delta: edge.difficultyDelta,
        notes: edge.notes,
      };
      expect(MovementProgressionInsertSchema.safeParse(row).success).toBe(true);
    }
  });

  it('expands ladders and pairs into both directions, keeping duplicates for the checks above', () => {
    const edges = expandMovementProgressions(
      [{ name: 'x', movements: ['a', 'b', 'c'], steps: [1, 2] }, { name: 'y', movements: ['a', 'b'] }],
      [{ from: 'c', to: 'd', difficultyDelta: 0.5, notes: 'z' }],
    );
    expect(edges).toEqual([
      { source: 'a', target: 'b', relationshipType: 'progression', difficultyDelta: 1, notes: 'x' },
      { source: 'b', target: 'a', relationshipType: 'regression', difficultyDelta: -1, notes: 'x' },
      { source: 'b', target: 'c', relationshipType: 'progression', difficultyDelta: 2, notes: 'x' },
      { source: 'c', target: 'b', relationshipType: 'regression', difficultyDelta: -2, notes: 'x' },
      { source: 'a', target: 'b', relationshipType: 'progression', difficultyDelta: 1, notes: 'y' },
      { source: 'b', target: 'a', relationshipType: 'regression', difficultyDelta: -1, notes: 'y' },
      { source: 'c', target: 'd', relationshipType: 'variation', difficultyDelta: 0.5, notes: 'z' },
      { source: 'd', target: 'c', relationshipType: 'variation', difficultyDelta: -0.5, notes: 'z' },
    ]);
  });

  it('gives every ladder a step size per step', () => {
    for (const ladder of MOVEMENT_PROGRESSION_LADDERS) {
      expect(ladder.movements.length, ladder.name).toBeGreaterThanOrEqual(2);
      if (ladder.steps !== undefined) expect(ladder.steps.length, ladder.name).toBe(ladder.movements.length - 1);
    }
    for (const pair of MOVEMENT_VARIATION_PAIRS) expect(Math.abs(pair.difficultyDelta)).toBeLessThanOrEqual(1);
  });

  it('lists the edges leaving a movement, smallest step first', () => {
    expect(movementProgressionsFrom('push_up', 'regression').map((edge) => edge.target)).toEqual(['knee_push_up']);
    expect(movementProgressionsFrom('pull_up', 'variation').map((edge) => edge.target)).toEqual(['kipping_pull_up', 'chin_up']);
    expect(movementProgressionsFrom('push_up', 'progression').map((edge) => edge.target)).toEqual([
      'diamond_push_up', 'decline_push_up', 'planche_lean', 'pike_push_up',
    ]);
    expect(movementProgressionsFrom('unknown_lift')).toEqual([]);
  });
});
