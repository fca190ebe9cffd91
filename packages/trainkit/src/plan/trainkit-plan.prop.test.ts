import { catalogId } from '@trainkit/catalog';
import { MOVEMENT_CONSTRAINT_LEVELS, type RecommendationRow } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addLocalDays } from '../time/local-date-time-to-instant.js';
import { insertPlannedSession, openPlanScenario, PLAN_USER, type PlanScenario } from '../test-support/plan-fixtures.js';

const POOL = ['back_squat', 'front_squat', 'goblet_squat', 'pull_up', 'ring_row', 'push_up', 'bench_press', 'romanian_deadlift', 'overhead_press', 'parallel_bar_dip'];

const scenarioArbitrary = fc.record({
  sessions: fc.array(
    fc.record({
      offset: fc.integer({ min: -1, max: 20 }),
      exercises: fc.array(fc.tuple(fc.constantFrom(...POOL), fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 10 }), fc.option(fc.integer({ min: 20, max: 160 }), { nil: null })), {
        maxLength: 4,
      }),
    }),
    { minLength: 1, maxLength: 4 },
  ),
  constraints: fc.uniqueArray(fc.record({ slug: fc.constantFrom(...POOL), level: fc.constantFrom(...MOVEMENT_CONSTRAINT_LEVELS) }), {
    selector: (entry) => entry.slug,
    maxLength: 4,
  }),
  newLoad: fc.integer({ min: 141, max: 200 }),
  effectiveInDays: fc.integer({ min: 0, max: 10 }),
});

async function expectProvenanceResolves(scenario: PlanScenario, rows: readonly RecommendationRow[]): Promise<void> {
  const { storage } = scenario;
  for (const row of rows) {
    for (const goalId of row.goal_revision_ids_json) expect(await storage.goals.find(PLAN_USER, goalId), goalId).toBeDefined();
    for (const runId of row.ingestion_run_ids_json) expect(await storage.ingestionRuns.find(PLAN_USER, runId), runId).toBeDefined();
    expect(row.planned_session_id).not.toBeNull();
    expect(await storage.plannedSessions.find(PLAN_USER, row.planned_session_id!)).toBeDefined();
  }
}

describe('trainkit.plan properties (SQLite)', () => {
  it('every provenance reference resolves; same inputs write nothing; a goal change adds rows and never touches earlier ones', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArbitrary, async (spec) => {
        const scenario = await openPlanScenario();
        try {
          const { trainkit, storage } = scenario;
          for (const [index, session] of spec.sessions.entries()) {
            await insertPlannedSession(storage, {
              id: `ps_${index}`,
              date: addLocalDays('2024-06-12', session.offset),
              programId: scenario.programId,
              exercises: session.exercises,
            });
          }
          for (const constraint of spec.constraints) {
            await trainkit.skills.setConstraint({ userId: PLAN_USER, movement: constraint.slug, level: constraint.level, reason: 'test' });
          }
          const range = { userId: PLAN_USER, from: '2024-06-11', to: '2024-07-05' };
          const first = await trainkit.plan.recommend(range);
          const before = await storage.recommendations.list(PLAN_USER);
          expect(before).toHaveLength(first.inserted);
          await expectProvenanceResolves(scenario, before);
          for (const row of before) expect(row.ingestion_run_ids_json).toEqual(scenario.runIds);
          const [revisionOne] = await storage.goals.list(PLAN_USER);

          const again = await trainkit.plan.recommend(range);
          expect(again.inserted).toBe(0);
          expect(await storage.recommendations.list(PLAN_USER)).toEqual(before);

          scenario.clock.now = '2024-06-12T07:00:00.000Z';
          const effectiveFrom = `${addLocalDays('2024-06-12', spec.effectiveInDays)}T00:00:00.000Z`;
          const revised = await trainkit.goals.revise({
            userId: PLAN_USER,
            goalKey: scenario.goalKey,
            basedOnRevision: 1,
            target: { type: 'one_rep_max', movement_id: catalogId('movement', 'back_squat'), load_kg: spec.newLoad },
            effectiveFrom,
          });
          await trainkit.plan.recommend(range);
          const after = await storage.recommendations.list(PLAN_USER);
          const beforeById = new Map(before.map((row) => [row.id, JSON.stringify(row)]));
          for (const row of after) if (beforeById.has(row.id)) expect(JSON.stringify(row)).toBe(beforeById.get(row.id));
          expect(after.filter((row) => beforeById.has(row.id))).toHaveLength(before.length);
          await expectProvenanceResolves(scenario, after);

          const plan = await trainkit.plan.list(range);
          for (const entry of plan.sessions) {
            const latest = entry.latest_set;
            if (latest === null) continue;
            // Berlin noon of the session's day is after midnight UTC of the same day.
            const inForce = entry.planned_session.scheduled_date >= effectiveFrom.slice(0, 10) ? revised.goal.id : revisionOne!.id;
            if (entry.planned_session.scheduled_date >= '2024-06-12' && entry.planned_session.status === 'planned') {
              for (const row of latest.recommendations) expect(row.goal_revision_ids_json).toEqual([inForce]);
            }
          }
        } finally {
          await scenario.storage.close();
        }
      }),
      { seed: 909, numRuns: 8 },
    );
  });
});
