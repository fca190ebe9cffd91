import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { programGoalSnapshot } from './program-goal-snapshot.js';

const goal = (goal_key: string, priority: number, status: 'active' | 'paused' | 'achieved' | 'abandoned' = 'active') => ({
  goal_key, title: `Title ${goal_key}`, priority, status,
});

describe('programGoalSnapshot', () => {
  it('takes the three highest-priority goals that are not retired, ties by goal_key', () => {
    expect(
      programGoalSnapshot([goal('d', 2), goal('b', 1), goal('a', 3), goal('c', 1, 'achieved'), goal('e', 1, 'abandoned'), goal('f', 2, 'paused')]),
    ).toEqual({ goal_1: 'Title b', goal_2: 'Title d', goal_3: 'Title f' });
    expect(programGoalSnapshot([goal('a', 1)])).toEqual({ goal_1: 'Title a', goal_2: null, goal_3: null });
    expect(programGoalSnapshot([])).toEqual({ goal_1: null, goal_2: null, goal_3: null });
  });

  it('property: the order of the input never matters', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.record({ key: fc.string({ minLength: 1, maxLength: 3 }), priority: fc.integer({ min: 1, max: 4 }), retired: fc.boolean() }), {
          selector: (entry) => entry.key,
          maxLength: 8,
        }),
        (entries) => {
          const goals = entries.map((entry) => goal(entry.key, entry.priority, entry.retired ? 'achieved' : 'active'));
          expect(programGoalSnapshot([...goals].reverse())).toEqual(programGoalSnapshot(goals));
        },
      ),
      { seed: 9, numRuns: 200 },
    );
  });
});
