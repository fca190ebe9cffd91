import { catalogId } from '@trainkit/catalog';
import { isTrainkitError, type RecommendationRow } from '@trainkit/core';
import { PLANNING_ENGINE, PLANNING_HEURISTICS } from '@trainkit/planning';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { insertPlannedSession, openPlanScenario, PLAN_NOW, PLAN_USER, type PlanScenario } from '../test-support/plan-fixtures.js';
import { PlanRecommendationResultSchema } from './plan-recommendation-result-schema.js';
import { TrainkitPlanAdherenceSchema } from './trainkit-plan-adherence-schema.js';
import { TrainkitPlanListSchema } from './trainkit-plan-list-schema.js';

let scenario: PlanScenario;

beforeEach(async () => {
  scenario = await openPlanScenario();
  const { storage, programId } = scenario;
  await insertPlannedSession(storage, { id: 'ps_past', date: '2024-06-10', programId, exercises: [['back_squat', 5, 5, 100]] });
  await insertPlannedSession(storage, { id: 'ps_thu', date: '2024-06-13', programId, exercises: [['back_squat', 5, 5, 100], ['pull_up', 4, 6, null]] });
  await insertPlannedSession(storage, { id: 'ps_sat', date: '2024-06-15', programId, exercises: [['bench_press', 4, 8, 70]] });
  await insertPlannedSession(storage, { id: 'ps_far', date: '2024-07-20', programId, exercises: [['conventional_deadlift', 3, 5, 140]] });
});
afterEach(async () => scenario.storage.close());

async function allRecommendations(): Promise<RecommendationRow[]> {
  return scenario.storage.recommendations.list(PLAN_USER);
}

describe('trainkit.plan', () => {
  it('stores one set per upcoming session with resolvable provenance, and nothing new for the same inputs', async () => {
    const { trainkit, storage } = scenario;
    const result = await trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-10', to: '2024-07-31' });
    expect(PlanRecommendationResultSchema.parse(result)).toBeTruthy();
    expect(result.as_of).toBe(PLAN_NOW);
    expect(result.heuristics).toEqual({ id: PLANNING_HEURISTICS.id, version: PLANNING_HEURISTICS.version, sha256: PLANNING_HEURISTICS.sha256 });
    expect(result.outcomes).toEqual([
      { planned_session_id: 'ps_past', outcome: 'not_upcoming', sequence: null },
      { planned_session_id: 'ps_thu', outcome: 'new_set', sequence: 1 },
      { planned_session_id: 'ps_sat', outcome: 'new_set', sequence: 1 },
      { planned_session_id: 'ps_far', outcome: 'new_set', sequence: 1 },
    ]);
    const rows = await allRecommendations();
    expect(rows).toHaveLength(result.inserted);
    expect(result.fatigue.ingestion_run_ids).toEqual(scenario.runIds);
    const goals = await storage.goals.list(PLAN_USER);
    for (const row of rows) {
      expect(row).toMatchObject({ user_id: PLAN_USER, status: 'proposed', as_of: PLAN_NOW, created_at: PLAN_NOW, engine_version: PLANNING_ENGINE });
      expect(row.heuristics_config_sha256).toBe(PLANNING_HEURISTICS.sha256);
      expect(row.goal_revision_ids_json).toEqual([goals[0]!.id]);
      for (const goalId of row.goal_revision_ids_json) expect(await storage.goals.find(PLAN_USER, goalId)).toBeDefined();
      expect(row.ingestion_run_ids_json).toEqual(scenario.runIds);
      for (const runId of row.ingestion_run_ids_json) expect(await storage.ingestionRuns.find(PLAN_USER, runId)).toBeDefined();
      expect(await storage.plannedSessions.find(PLAN_USER, row.planned_session_id!)).toBeDefined();
      expect(row.explanation).toContain('"Back squat 140 kg" (revision 1)');
    }
    const far = result.sessions.find((entry) => entry.planned_session.id === 'ps_far')!;
    expect(far.latest_set!.recommendations.map((row) => (row.payload_json as { action: string }).action)).toEqual(['keep']);

    scenario.clock.now = '2024-06-12T06:00:00.000Z';
    const again = await trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-10', to: '2024-07-31' });
    expect(again.inserted).toBe(0);
    expect(again.outcomes.filter((entry) => entry.outcome === 'unchanged').map((entry) => entry.sequence)).toEqual([1, 1, 1]);
    expect(await allRecommendations()).toEqual(rows);
  });

  it('a goal revision writes a new set citing the new revision; the earlier rows stay byte for byte', async () => {
    const { trainkit, storage, goalKey } = scenario;
    await trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-12', to: '2024-07-31' });
    const before = await allRecommendations();
    const beforeJson = JSON.stringify(before);

    scenario.clock.now = '2024-06-12T09:00:00.000Z';
    const revised = await trainkit.goals.revise({
      userId: PLAN_USER,
      goalKey,
      basedOnRevision: 1,
      title: 'Back squat 150 kg',
      target: { type: 'one_rep_max', movement_id: catalogId('movement', 'back_squat'), load_kg: 150 },
      effectiveFrom: '2024-06-12T09:00:00.000Z',
    });
    const result = await trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-12', to: '2024-07-31' });
    expect(result.outcomes.map((entry) => [entry.outcome, entry.sequence])).toEqual([
      ['new_set', 2],
      ['new_set', 2],
      ['new_set', 2],
    ]);
    const after = await allRecommendations();
    const stillThere = after.filter((row) => before.some((old) => old.id === row.id));
    expect(JSON.stringify(stillThere)).toBe(beforeJson);
    const added = after.filter((row) => !before.some((old) => old.id === row.id));
    expect(added.length).toBe(result.inserted);
    for (const row of added) {
      expect(row.goal_revision_ids_json).toEqual([revised.goal.id]);
      expect(row.explanation).toContain('"Back squat 150 kg" (revision 2)');
    }

    const plan = await trainkit.plan.list({ userId: PLAN_USER, from: '2024-06-12', to: '2024-07-31', includeHistory: true });
    expect(TrainkitPlanListSchema.parse(plan)).toBeTruthy();
    for (const entry of plan.sessions) {
      expect(entry.latest_set!.sequence).toBe(2);
      expect(entry.earlier_sets).toBe(1);
      expect(entry.history![0]!.recommendations.every((row) => before.some((old) => old.id === row.id))).toBe(true);
    }
    expect((await storage.goals.list(PLAN_USER)).length).toBe(2);
  });

  it('swaps a movement the athlete refuses and passes equipment to scaling', async () => {
    const { trainkit } = scenario;
    await trainkit.skills.setConstraint({ userId: PLAN_USER, movement: 'pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
    const result = await trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-13', to: '2024-06-13', equipment: ['barbell', 'rings'] });
    const rows = result.sessions[0]!.latest_set!.recommendations;
    const swap = rows.find((row) => (row.payload_json as { action: string }).action === 'swap_movement');
    expect(swap).toBeDefined();
    const payload = swap!.payload_json as { from_movement_id: string; to_movement_id: string; set: { sequence: number; size: number } };
    expect(payload.from_movement_id).toBe(catalogId('movement', 'pull_up'));
    expect(payload.to_movement_id).not.toBe(catalogId('movement', 'pull_up'));
    expect(payload.set).toMatchObject({ sequence: 1, size: rows.length });
    expect(swap!.explanation).toContain('elbow tendinopathy');
  });

  it('reports adherence per week and per block, with unplanned activities', async () => {
    const { trainkit, storage } = scenario;
    // Monday's planned session was a strength session; the Strava run that day and the strength session on
    // Tuesday were not planned.
    const result = await trainkit.plan.adherence({ userId: PLAN_USER, from: '2024-06-10', to: '2024-06-16' });
    expect(TrainkitPlanAdherenceSchema.parse(result)).toBeTruthy();
    expect(result.time_zone).toBe('Europe/Berlin');
    expect(result.matches.today).toBe('2024-06-12');
    expect(result.matches.planned.map((match) => [match.planned_session_id, match.outcome])).toEqual([
      ['ps_past', 'missed'],
      ['ps_thu', 'pending'],
      ['ps_sat', 'pending'],
    ]);
    expect(result.matches.unplanned).toHaveLength(2);
    expect(result.adherence.weeks).toHaveLength(1);
    expect(result.adherence.weeks[0]).toMatchObject({ week_start: '2024-06-10', planned: 3, missed: 1, pending: 2, due: 1, ratio: 0, unplanned: 2 });
    expect(result.adherence.blocks.map((block) => [block.name, block.planned])).toEqual([['Base', 3]]);

    // Link Tuesday's strength session to Monday's plan: an explicit link counts.
    const [strength] = (await storage.activityInstances.listByLocalDate(PLAN_USER, '2024-06-11' as never, '2024-06-11' as never));
    await storage.activityInstances.update(PLAN_USER, strength!.id, { planned_session_id: 'ps_past' as never, updated_at: PLAN_NOW as never });
    const linked = await trainkit.plan.adherence({ userId: PLAN_USER, from: '2024-06-10', to: '2024-06-16', weekStart: 'sunday' });
    expect(linked.matches.planned[0]).toMatchObject({ outcome: 'completed', method: 'explicit_link', activity_ids: [strength!.id] });
    expect(linked.adherence.totals).toMatchObject({ completed: 1, ratio: 1, unplanned: 1 });
    expect(linked.adherence.weeks.map((week) => week.week_start)).toEqual(['2024-06-09', '2024-06-16']);
  });

  it('refuses bad input with typed errors and writes nothing', async () => {
    const { trainkit } = scenario;
    const attempts = [
      trainkit.plan.recommend({ userId: 'nobody', from: '2024-06-10', to: '2024-06-20' }),
      trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-20', to: '2024-06-10' }),
      trainkit.plan.recommend({ userId: PLAN_USER, from: '10/06/2024', to: '2024-06-20' }),
      trainkit.plan.recommend({ userId: PLAN_USER, from: '2024-06-10', to: '2024-06-20', equipment: ['spaceship' as never] }),
      trainkit.plan.list({ userId: 'bad id!', from: '2024-06-10', to: '2024-06-20' }),
      trainkit.plan.adherence({ userId: PLAN_USER, from: '2024-06-10', to: '2024-06-20', weekStart: 'someday' as never }),
    ];
    const codes = [];
    for (const attempt of attempts) {
      try {
        await attempt;
        codes.push('ok');
      } catch (error) {
        codes.push(isTrainkitError(error) ? error.code : String(error));
      }
    }
    expect(codes).toEqual(['NOT_FOUND', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'VALIDATION_FAILED', 'VALIDATION_FAILED']);
    expect(await allRecommendations()).toEqual([]);
  });
});
