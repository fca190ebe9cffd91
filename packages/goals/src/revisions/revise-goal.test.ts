import { ConflictError, ValidationError, type GoalRow } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GoalRetiredError } from '../errors/goal-retired-error.js';
import { GoalRevisionConflictError } from '../errors/goal-revision-conflict-error.js';
import { squatGoal } from '../test-support/goal-fixtures.js';
import { createGoalRevision } from './create-goal-revision.js';
import { latestGoalRevision } from './latest-goal-revision.js';
import { retireGoal } from './retire-goal.js';
import { reviseGoal } from './revise-goal.js';

const AT = '2025-04-01T08:00:00.000Z';

function caught(work: () => unknown): unknown {
  try {
    work();
  } catch (error) {
    return error;
  }
  throw new Error('expected an error');
}

describe('createGoalRevision', () => {
  it('builds revision 1, frozen, valid from its record time unless told otherwise', () => {
    const first = squatGoal();
    expect(first).toMatchObject({
      id: 'goal_squat_r1', revision: 1, status: 'active', priority: 1, effective_from: '2025-03-01T08:00:00.000Z', effective_to: null,
      created_at: '2025-03-01T08:00:00.000Z', target_json: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 },
    });
    expect(Object.isFrozen(first)).toBe(true);
    expect(squatGoal({ effective_from: '2025-02-20T00:00:00+01:00' }).effective_from).toBe('2025-02-19T23:00:00.000Z');
  });

  it('reports every broken rule at once: target, horizon, fields', () => {
    const error = caught(() =>
      createGoalRevision(
        {
          user_id: 'u1', goal_key: 'g', title: ' ', goal_type: 'endurance', horizon: 'macro', program_id: 'block_1', parent_goal_key: 'g',
          target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 },
        },
        { at: 'yesterday', id: 'g_r1' },
      ),
    ) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.subject).toBe('goals');
    expect(error.issues.map((issue) => [issue.path, issue.rule])).toEqual([
      ['created_at', 'invalid_format'],
      ['target.type', 'goal_type_mismatch'],
      ['macro_cycle_id', 'required'],
      ['program_id', 'invalid_value'],
      ['parent_goal_key', 'invalid_value'],
      ['title', 'too_small'],
    ]);
    const horizon = caught(() => squatGoal({ horizon: 'macro', program_id: 'block_1' })) as ValidationError;
    expect(horizon.issues.map((issue) => issue.path)).toEqual(['macro_cycle_id', 'program_id']);
    const block = caught(() => squatGoal({ program_id: null })) as ValidationError;
    expect(block.issues).toEqual([{ path: 'program_id', rule: 'required', message: 'a block (12-week) goal needs the block (programs.id) it belongs to' }]);
    expect((caught(() => squatGoal({ status: 'achieved' as 'active' })) as ValidationError).issues[0]?.path).toBe('status');
  });
});

describe('reviseGoal', () => {
  it('appends the next revision through immer: frozen, sharing what did not change, the base left as it was', () => {
    const first = squatGoal();
    const before = JSON.stringify(first);
    const next = reviseGoal(first, { title: 'Squat 140 kg by May', priority: 2 }, { basedOnRevision: 1, at: AT, id: 'goal_squat_r2' });
    expect(next).toMatchObject({
      id: 'goal_squat_r2', goal_key: 'squat', revision: 2, title: 'Squat 140 kg by May', priority: 2,
      effective_from: AT, effective_to: null, created_at: AT,
    });
    expect(Object.isFrozen(next)).toBe(true);
    expect(next.target_json).toBe(first.target_json);
    expect(JSON.stringify(first)).toBe(before);
  });

  it('checks a new target against the goal type, and a new goal type against the target', () => {
    const first = squatGoal();
    const raised = reviseGoal(first, { target: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 150 } }, { basedOnRevision: 1, at: AT, id: 'r2' });
    expect(raised.target_json).toEqual({ type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 150 });
    const performance = reviseGoal(first, { goal_type: 'performance' }, { basedOnRevision: 1, at: AT, id: 'r2' });
    expect(performance.goal_type).toBe('performance');
    const error = caught(() => reviseGoal(first, { goal_type: 'endurance' }, { basedOnRevision: 1, at: AT, id: 'r2' })) as ValidationError;
    expect(error.issues.map((issue) => [issue.path, issue.rule])).toEqual([['target.type', 'goal_type_mismatch']]);
  });

  it('refuses changes that change nothing, unknown fields and a valid time not after the base', () => {
    const first = squatGoal();
    const options = { basedOnRevision: 1, at: AT, id: 'r2' };
    expect((caught(() => reviseGoal(first, {}, options)) as ValidationError).issues[0]?.rule).toBe('no_change');
    expect((caught(() => reviseGoal(first, { title: 'Squat 140 kg', priority: 1 }, options)) as ValidationError).issues[0]?.rule).toBe('no_change');
    expect((caught(() => reviseGoal(first, { horizon: 'macro' } as never, options)) as ValidationError).issues[0]?.rule).toBe('unrecognized_keys');
    const early = caught(() => reviseGoal(first, { priority: 2 }, { ...options, effectiveFrom: first.effective_from })) as ValidationError;
    expect(early.issues).toEqual([
      { path: 'effective_from', rule: 'too_small', message: 'must be after the valid-from of revision 1 (2025-03-01T08:00:00.000Z)' },
    ]);
    const backdated = caught(() => reviseGoal(first, { priority: 2 }, { ...options, at: '2025-02-01T00:00:00.000Z', effectiveFrom: AT })) as ValidationError;
    expect(backdated.issues.map((issue) => issue.path)).toEqual(['created_at']);
  });

  it('a stale base is a typed conflict naming both revisions; nothing is produced', () => {
    const first = squatGoal();
    const second = reviseGoal(first, { priority: 2 }, { basedOnRevision: 1, at: AT, id: 'r2' });
    const error = caught(() => reviseGoal(second, { priority: 3 }, { basedOnRevision: 1, at: AT, id: 'r3' }));
    expect(error).toBeInstanceOf(GoalRevisionConflictError);
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({ code: 'CONFLICT', reason: 'goal_revision_conflict', goalKey: 'squat', basedOnRevision: 1, currentRevision: 2, entity: 'goals', kind: 'check' });
    expect((error as Error).message).toBe('goals: goal squat is at revision 2, the change was based on revision 1 (re-read the goal and revise again)');
  });

  it('a retired goal cannot be revised or retired again', () => {
    const first = squatGoal();
    const achieved = retireGoal(first, 'achieved', { basedOnRevision: 1, at: AT, id: 'r2' });
    expect(achieved).toMatchObject({ revision: 2, status: 'achieved' });
    for (const attempt of [
      () => reviseGoal(achieved, { priority: 2 }, { basedOnRevision: 2, at: AT, id: 'r3' }),
      () => reviseGoal(achieved, { status: 'active' }, { basedOnRevision: 1, at: AT, id: 'r3' }),
      () => retireGoal(achieved, 'abandoned', { basedOnRevision: 2, at: AT, id: 'r3' }),
    ]) {
      const error = caught(attempt);
      expect(error).toBeInstanceOf(GoalRetiredError);
      expect(error).toMatchObject({ code: 'CONFLICT', reason: 'goal_retired', goalKey: 'squat', revision: 2, status: 'achieved' });
    }
    expect((caught(() => retireGoal(first, 'paused' as 'achieved', { basedOnRevision: 1, at: AT, id: 'r2' })) as ValidationError).issues[0]?.path).toBe('status');
  });

  it('latestGoalRevision takes the highest revision number, whatever the order', () => {
    const first = squatGoal();
    const second = reviseGoal(first, { priority: 2 }, { basedOnRevision: 1, at: AT, id: 'r2' });
    expect(latestGoalRevision([second, first])).toBe(second);
    expect(latestGoalRevision([])).toBeUndefined();
  });

  it('property: only a base equal to the latest revision is accepted; a stale one always conflicts', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 0, max: 8 }), (revisions, basedOn) => {
        let current: GoalRow = squatGoal();
        for (let revision = 2; revision <= revisions; revision++) {
          current = reviseGoal(current, { priority: revision }, { basedOnRevision: revision - 1, at: `2025-04-0${revision}T00:00:00.000Z`, id: `r${revision}` });
        }
        const attempt = () => reviseGoal(current, { title: 'changed' }, { basedOnRevision: basedOn, at: '2025-05-01T00:00:00.000Z', id: 'next' });
        if (basedOn === current.revision) expect(attempt().revision).toBe(current.revision + 1);
        else expect(attempt).toThrow(GoalRevisionConflictError);
      }),
      { seed: 9, numRuns: 200 },
    );
  });
});
