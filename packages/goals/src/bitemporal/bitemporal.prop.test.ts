import { parseGoal, ValidationError, type GoalRow } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reviseGoal } from '../revisions/revise-goal.js';
import { retireGoal } from '../revisions/retire-goal.js';
import { day, historyFromSteps, revisionStepsArbitrary } from '../test-support/goal-fixtures.js';
import { goalTimelineAsKnownOn } from './goal-timeline-as-known-on.js';
import { goalsInForce } from './goals-in-force.js';
import { resolveGoalAsKnownOn } from './resolve-goal-as-known-on.js';

const SEED = 9;
/** A query instant: any day from before the first revision to well after the last one, at any hour. */
const queryDay = fc.integer({ min: -20 * 24, max: 600 * 24 }).map((hours) => day(hours / 24));

/** The model: of the revisions recorded by `knownOn`, the highest one whose valid-from is not after `validAt`. */
function model(rows: readonly GoalRow[], validAt: string, knownOn: string | undefined): GoalRow | undefined {
  const candidates = rows.filter(
    (row) => (knownOn === undefined || row.created_at <= knownOn) && row.effective_from <= validAt,
  );
  return candidates.sort((a, b) => b.revision - a.revision)[0];
}

/** The model's valid end of `revision`: the earliest valid-from of a later revision recorded by `knownOn`. */
function modelValidTo(rows: readonly GoalRow[], revision: GoalRow, knownOn: string | undefined): string | null {
  const later = rows
    .filter((row) => row.revision > revision.revision && (knownOn === undefined || row.created_at <= knownOn))
    .map((row) => row.effective_from)
    .sort();
  return later[0] ?? null;
}

/** What the storage does on revise: stamps the previous open revision's effective_to with the new valid-from. */
function storeRevision(rows: readonly GoalRow[], next: GoalRow): GoalRow[] {
  return [...rows.map((row) => (row.effective_to === null ? parseGoal({ ...row, effective_to: next.effective_from }) : row)), next];
}

function shuffle<T>(items: readonly T[], seed: number): T[] {
  return items
    .map((item, index) => ({ item, key: Math.sin(seed * 7919 + index * 104729) }))
    .sort((a, b) => a.key - b.key)
    .map(({ item }) => item);
}

describe('bitemporal goal queries', () => {
  it('example: a correction recorded later changes the answer only for questions asked after it was recorded', () => {
    // r1 recorded and valid from day 0; on day 40 the athlete records that from day 30 on the goal was different.
    const [r1] = historyFromSteps([{ validGap: 1, recordGap: 1, priority: 1 }]);
    const r2 = reviseGoal(r1!, { title: 'corrected' }, { basedOnRevision: 1, at: day(40), effectiveFrom: day(30), id: 'g1_r2' });
    const stored = storeRevision([r1!], r2);
    expect(stored[0]!.effective_to).toBe(day(30));
    const ask = (validAt: number, knownOn: number) => resolveGoalAsKnownOn(stored, { validAt: day(validAt), knownOn: day(knownOn) })?.revision;
    expect(ask(35, 39)).toBe(1); // on day 39 nobody knew about the change yet
    expect(ask(35, 40)).toBe(2);
    expect(ask(20, 40)).toBe(1);
    expect(ask(0.5, 40)).toBeUndefined();
    expect(resolveGoalAsKnownOn(stored, { validAt: day(35) })?.revision).toBe(2);
    expect(goalTimelineAsKnownOn(stored, { knownOn: day(39) }).map((entry) => [entry.revision.revision, entry.valid_from, entry.valid_to])).toEqual([
      [1, day(1), null],
    ]);
    expect(goalTimelineAsKnownOn(stored).map((entry) => [entry.revision.revision, entry.valid_to])).toEqual([[1, day(30)], [2, null]]);
  });

  it('rejects bad queries and mixed lineages with typed errors', () => {
    const rows = historyFromSteps([{ validGap: 1, recordGap: 1, priority: 1 }]);
    expect(() => resolveGoalAsKnownOn(rows, { validAt: 'soon' })).toThrow(ValidationError);
    expect(() => resolveGoalAsKnownOn(rows, { validAt: day(1), knownOn: '2025-13-01T00:00:00Z' })).toThrow(/knownOn/);
    const mixed = [...rows, ...historyFromSteps([{ validGap: 1, recordGap: 1, priority: 1 }], 'g2')];
    expect(() => resolveGoalAsKnownOn(mixed, { validAt: day(1) })).toThrow(/revisions of one goal expected/);
    expect(() => goalTimelineAsKnownOn([...rows, ...rows])).toThrow(/appears twice/);
    expect(() => goalsInForce(mixed, { validAt: 'now' })).toThrow(ValidationError);
  });

  it('property: the answer is the model answer and never reads the stored effective_to', () => {
    fc.assert(
      fc.property(revisionStepsArbitrary, queryDay, fc.option(queryDay, { nil: undefined }), (steps, validAt, knownOn) => {
        const stored = historyFromSteps(steps);
        const unstamped = stored.map((row) => ({ ...row, effective_to: null }));
        const garbage = stored.map((row, index) => ({ ...row, effective_to: day(index) as GoalRow['effective_to'] }));
        const expected = model(stored, validAt, knownOn);
        const query = knownOn === undefined ? { validAt } : { validAt, knownOn };
        const found = resolveGoalAsKnownOn(stored, query);
        expect(found?.id).toBe(expected?.id);
        if (expected) expect(found).toEqual({ ...expected, effective_to: modelValidTo(stored, expected, knownOn) });
        expect(resolveGoalAsKnownOn(unstamped, query)).toEqual(found);
        expect(resolveGoalAsKnownOn(garbage, query)).toEqual(found);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });

  it('property: revising a goal never changes what an earlier "as known on" query returns', () => {
    fc.assert(
      fc.property(
        revisionStepsArbitrary,
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: -100, max: 100 }),
        fc.array(fc.tuple(queryDay, queryDay), { minLength: 1, maxLength: 8 }),
        (steps, recordGap, validShift, queries) => {
          const before = historyFromSteps(steps);
          const latest = before.at(-1)!;
          const at = day((Date.parse(latest.created_at) - Date.parse(day(0))) / 86_400_000 + recordGap);
          // Valid from any time after the latest revision's valid-from: in the past (a correction) or the future.
          const effectiveFrom = day(Math.max(
            (Date.parse(latest.effective_from) - Date.parse(day(0))) / 86_400_000 + 0.5,
            (Date.parse(at) - Date.parse(day(0))) / 86_400_000 + validShift,
          ));
          const next = reviseGoal(latest, { title: 'revised' }, { basedOnRevision: latest.revision, at, effectiveFrom, id: 'g1_next' });
          const after = storeRevision(before, next);
          for (const [validAt, knownOnCandidate] of queries) {
            // An earlier question: asked strictly before the revision was recorded.
            const knownOn = knownOnCandidate < at ? knownOnCandidate : day(-30);
            expect(resolveGoalAsKnownOn(after, { validAt, knownOn })).toEqual(resolveGoalAsKnownOn(before, { validAt, knownOn }));
            expect(goalTimelineAsKnownOn(after, { knownOn })).toEqual(goalTimelineAsKnownOn(before, { knownOn }));
            expect(goalsInForce(after, { validAt, knownOn })).toEqual(goalsInForce(before, { validAt, knownOn }));
          }
          // Asked once it is recorded, from its valid-from on, the new revision is the answer.
          expect(resolveGoalAsKnownOn(after, { validAt: effectiveFrom, knownOn: at })?.id).toBe('g1_next');
        },
      ),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('property: same inputs, same outputs, whatever their order', () => {
    fc.assert(
      fc.property(revisionStepsArbitrary, queryDay, queryDay, fc.integer(), (steps, validAt, knownOn, seed) => {
        const rows = historyFromSteps(steps);
        const shuffled = shuffle(rows, seed);
        expect(resolveGoalAsKnownOn(shuffled, { validAt, knownOn })).toEqual(resolveGoalAsKnownOn(rows, { validAt, knownOn }));
        expect(goalTimelineAsKnownOn(shuffled, { knownOn })).toEqual(goalTimelineAsKnownOn(rows, { knownOn }));
      }),
      { seed: SEED, numRuns: 300 },
    );
  });

  it('property: goalsInForce resolves every lineage, leaves retired goals out unless asked, orders by priority then key', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(revisionStepsArbitrary, fc.boolean()), { minLength: 1, maxLength: 5 }),
        queryDay,
        fc.option(queryDay, { nil: undefined }),
        fc.integer(),
        (lineages, validAt, knownOn, seed) => {
          const all: GoalRow[] = [];
          const expected: GoalRow[] = [];
          const expectedWithRetired: GoalRow[] = [];
          lineages.forEach(([steps, retire], index) => {
            let rows = historyFromSteps(steps, `g${index}`);
            if (retire) {
              const latest = rows.at(-1)!;
              const retired = retireGoal(latest, 'abandoned', {
                basedOnRevision: latest.revision, at: latest.created_at, effectiveFrom: day(600), id: `g${index}_retired`,
              });
              rows = storeRevision(rows, retired);
            }
            all.push(...rows);
            const found = model(rows, validAt, knownOn);
            if (found) {
              expectedWithRetired.push(found);
              if (found.status !== 'abandoned') expected.push(found);
            }
          });
          const order = (a: GoalRow, b: GoalRow) => a.priority - b.priority || (a.goal_key < b.goal_key ? -1 : 1);
          const query = knownOn === undefined ? { validAt } : { validAt, knownOn };
          expect(goalsInForce(shuffle(all, seed), query).map((row) => row.id)).toEqual(expected.sort(order).map((row) => row.id));
          expect(goalsInForce(all, { ...query, includeRetired: true }).map((row) => row.id)).toEqual(expectedWithRetired.sort(order).map((row) => row.id));
        },
      ),
      { seed: SEED, numRuns: 200 },
    );
  });
});
