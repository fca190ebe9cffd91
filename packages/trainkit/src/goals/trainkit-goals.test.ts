import { ConflictError, NotFoundError, type TrainkitRepositories, type TrainkitStorage, type ValidationError } from '@trainkit/core';
import { BlockOutsideCycleError, GoalRetiredError, GoalRevisionConflictError, MacroCycleOverlapError } from '@trainkit/goals';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';

let storage: KyselyStorage;
let clock: Date;
let trainkit: Trainkit;

beforeEach(async () => {
  storage = await openSqliteStorage();
  clock = new Date('2025-01-06T08:00:00.000Z');
  trainkit = createTrainkit({ storage, clock: () => new Date(clock.getTime()) });
  await trainkit.users.create({ id: 'u1', timeZone: 'Europe/Berlin' });
});

afterEach(async () => {
  await storage.close();
});

/** Moves the facade's clock to `instant`. */
function setClock(instant: string): void {
  clock = new Date(instant);
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

/** Row counts of every table a goal write touches, and the blocks as stored. */
async function snapshotOf(repositories: TrainkitRepositories = storage) {
  return {
    cycles: (await repositories.macroCycles.list('u1' as never)).length,
    goals: await repositories.goals.list('u1' as never, { orderBy: [{ column: 'goal_key' }, { column: 'revision' }] }),
    checkins: (await repositories.goalCheckins.list('u1' as never)).length,
    programs: await repositories.programs.list('u1' as never, { orderBy: [{ column: 'id' }] }),
  };
}

/** A 2025 macro cycle with a 12-week block, a 12-month strength goal and a block goal serving it. */
async function season() {
  const cycle = await trainkit.goals.createCycle({ userId: 'u1', id: 'c2025', name: '2025 season', startDate: '2025-01-06', endDate: '2025-12-28' });
  const block = await trainkit.goals.createBlock({ userId: 'u1', id: 'b1', macroCycleId: cycle.id, name: 'Strength 1', startDate: '2025-01-06', endDate: '2025-03-30' });
  const macro = await trainkit.goals.create({
    userId: 'u1', goalKey: 'strength_2025', title: 'Squat 160 kg this year', goalType: 'strength', horizon: 'macro', macroCycleId: cycle.id,
    target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 160 },
  });
  const squat = await trainkit.goals.create({
    userId: 'u1', goalKey: 'squat', title: 'Squat 140 kg', goalType: 'strength', horizon: 'block', programId: block.id, parentGoalKey: 'strength_2025',
    target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 140 },
  });
  return { cycle, block, macro, squat };
}

describe('trainkit.goals: cycles and blocks', () => {
  it('stores cycles and blocks, refusing an overlapping cycle and a block outside its cycle; nothing is written then', async () => {
    await season();
    const before = await snapshotOf();
    const overlap = await rejection(trainkit.goals.createCycle({ userId: 'u1', name: '2026 season', startDate: '2025-12-01', endDate: '2026-11-30' }));
    expect(overlap).toBeInstanceOf(MacroCycleOverlapError);
    expect((overlap as Error).message).toContain("overlaps c2025 '2025 season' (2025-01-06..2025-12-28) on 2025-12-01..2025-12-28");
    const outside = await rejection(trainkit.goals.createBlock({ userId: 'u1', macroCycleId: 'c2025', name: 'Late', startDate: '2025-11-03', endDate: '2026-01-25' }));
    expect(outside).toBeInstanceOf(BlockOutsideCycleError);
    expect(await rejection(trainkit.goals.createBlock({ userId: 'u1', macroCycleId: 'nope', name: 'X', startDate: '2025-01-06', endDate: '2025-03-30' }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(trainkit.goals.createCycle({ userId: 'nobody', name: 'X', startDate: '2025-01-06', endDate: '2025-12-28' }))).toBeInstanceOf(NotFoundError);
    expect(await snapshotOf()).toEqual(before);
    const next = await trainkit.goals.createCycle({ userId: 'u1', name: '2026 season', startDate: '2025-12-29', endDate: '2026-12-27' });
    expect(next).toMatchObject({ start_date: '2025-12-29', end_date: '2026-12-27', created_at: '2025-01-06T08:00:00.000Z' });
  });
});

describe('trainkit.goals: goals', () => {
  it('creates goals with catalog slugs resolved to ids, and keeps the block snapshot current', async () => {
    const { squat, macro } = await season();
    expect(macro.program).toBeNull();
    expect(squat.goal).toMatchObject({
      goal_key: 'squat', revision: 1, horizon: 'block', program_id: 'b1', macro_cycle_id: 'c2025', parent_goal_key: 'strength_2025',
      target_json: { type: 'one_rep_max', movement_id: 'mov_back_squat', load_kg: 140 }, effective_from: '2025-01-06T08:00:00.000Z',
    });
    expect(squat.program).toMatchObject({ id: 'b1', goal_1: 'Squat 140 kg', goal_2: null, goal_3: null });
    const run = await trainkit.goals.create({
      userId: 'u1', goalKey: 'run', title: 'Run 10 km in 50:00', goalType: 'endurance', horizon: 'block', programId: 'b1', priority: 2,
      target: { type: 'time', discipline_id: 'running', distance_m: 10_000, duration_seconds: 3000 },
    });
    expect(run.goal.target_json).toEqual({ type: 'time', discipline_id: 'dis_running', distance_m: 10_000, duration_seconds: 3000 });
    expect(run.program).toMatchObject({ goal_1: 'Squat 140 kg', goal_2: 'Run 10 km in 50:00', goal_3: null });
  });

  it('refuses invalid goals with typed errors naming what is wrong, writing nothing', async () => {
    await season();
    const before = await snapshotOf();
    const base = { userId: 'u1', title: 'X', goalType: 'strength', horizon: 'block', programId: 'b1' } as const;
    const unknown = (await rejection(trainkit.goals.create({ ...base, target: { type: 'one_rep_max', movement_id: 'moon_squat', load_kg: 140 } }))) as ValidationError;
    expect(unknown.issues.map((issue) => [issue.path, issue.rule])).toEqual([['target.movement_id', 'not_found']]);
    const mismatch = (await rejection(trainkit.goals.create({ ...base, target: { type: 'pace', discipline_id: 'running', seconds_per_km: 300 } }))) as ValidationError;
    expect(mismatch.issues.map((issue) => [issue.path, issue.rule])).toEqual([['target.type', 'goal_type_mismatch']]);
    const horizon = (await rejection(trainkit.goals.create({ ...base, programId: null, target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 100 } }))) as ValidationError;
    expect(horizon.issues.map((issue) => issue.path)).toEqual(['programId']);
    const parent = (await rejection(trainkit.goals.create({ ...base, parentGoalKey: 'squat', target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 100 } }))) as ValidationError;
    expect(parent.issues[0]?.message).toBe("a block goal serves a goal of a longer horizon; 'squat' is a block goal");
    expect(await rejection(trainkit.goals.create({ ...base, goalKey: 'squat', target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 100 } }))).toBeInstanceOf(ConflictError);
    expect(await rejection(trainkit.goals.create({ ...base, programId: 'nope', target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 100 } }))).toBeInstanceOf(NotFoundError);
    expect(await snapshotOf()).toEqual(before);
  });

  it('revises append-only: old revisions stay, "as known on" answers from before the revision do not change', async () => {
    await season();
    const knownBefore = '2025-02-01T00:00:00.000Z';
    const inForceBefore = await trainkit.goals.inForce({ userId: 'u1', validAt: '2025-03-01', knownOn: knownBefore });
    setClock('2025-02-10T09:00:00.000Z');
    const revised = await trainkit.goals.revise({
      userId: 'u1', goalKey: 'squat', basedOnRevision: 1, title: 'Squat 145 kg', effectiveFrom: '2025-02-03',
      target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 145 },
    });
    expect(revised.goal).toMatchObject({ revision: 2, title: 'Squat 145 kg', effective_from: '2025-02-02T23:00:00.000Z', created_at: '2025-02-10T09:00:00.000Z' });
    expect(revised.program).toMatchObject({ goal_1: 'Squat 145 kg', updated_at: '2025-02-10T09:00:00.000Z' });
    const rows = await storage.goals.listRevisions('u1' as never, 'squat' as never);
    expect(rows.map((row) => [row.revision, row.title, row.effective_to])).toEqual([
      [1, 'Squat 140 kg', '2025-02-02T23:00:00.000Z'],
      [2, 'Squat 145 kg', null],
    ]);
    expect(await trainkit.goals.inForce({ userId: 'u1', validAt: '2025-03-01', knownOn: knownBefore })).toEqual(inForceBefore);
    expect((await trainkit.goals.inForce({ userId: 'u1', validAt: '2025-03-01' })).map((goal) => goal.title)).toEqual(['Squat 145 kg', 'Squat 160 kg this year']);
    const history = await trainkit.goals.history({ userId: 'u1', goalKey: 'squat', asKnownOn: '2025-02-09' });
    expect(history.asKnownOn).toBe('2025-02-09T22:59:59.999Z');
    expect(history.revisions.map((entry) => [entry.revision.revision, entry.valid_to])).toEqual([[1, null]]);
    const now = await trainkit.goals.history({ userId: 'u1', goalKey: 'squat' });
    expect(now.revisions.map((entry) => [entry.revision.revision, entry.valid_from, entry.valid_to])).toEqual([
      [1, '2025-01-06T08:00:00.000Z', '2025-02-02T23:00:00.000Z'],
      [2, '2025-02-02T23:00:00.000Z', null],
    ]);
  });

  it('a stale base and a retired goal are typed conflicts; the row counts and the block do not change', async () => {
    await season();
    setClock('2025-02-10T09:00:00.000Z');
    await trainkit.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 1, priority: 2 });
    setClock('2025-02-11T09:00:00.000Z');
    let before = await snapshotOf();
    const stale = await rejection(trainkit.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 1, priority: 3 }));
    expect(stale).toBeInstanceOf(GoalRevisionConflictError);
    expect(await snapshotOf()).toEqual(before);

    const retired = await trainkit.goals.retire({ userId: 'u1', goalKey: 'squat', basedOnRevision: 2, status: 'achieved' });
    expect(retired.goal).toMatchObject({ revision: 3, status: 'achieved' });
    expect(retired.program).toMatchObject({ goal_1: null });
    setClock('2025-02-12T09:00:00.000Z');
    before = await snapshotOf();
    const again = await rejection(trainkit.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 3, title: 'Squat 150 kg' }));
    expect(again).toBeInstanceOf(GoalRetiredError);
    expect(await rejection(trainkit.goals.retire({ userId: 'u1', goalKey: 'squat', basedOnRevision: 3, status: 'abandoned' }))).toBeInstanceOf(GoalRetiredError);
    expect(await rejection(trainkit.goals.revise({ userId: 'u1', goalKey: 'nope', basedOnRevision: 1, priority: 2 }))).toBeInstanceOf(NotFoundError);
    expect(await snapshotOf()).toEqual(before);
  });

  it('one unit of work: when the snapshot write fails, the new revision is rolled back too', async () => {
    await season();
    const failing: TrainkitStorage = Object.create(storage) as TrainkitStorage;
    Object.defineProperty(failing, 'transaction', {
      value: <T>(work: (tx: TrainkitRepositories) => Promise<T>) =>
        storage.transaction((tx) => {
          const programs = new Proxy(tx.programs, {
            get: (target, key) => {
              if (key === 'update') return () => Promise.reject(new Error('disk full'));
              const value: unknown = Reflect.get(target, key);
              return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
            },
          });
          return work(new Proxy(tx, { get: (target, key) => (key === 'programs' ? programs : Reflect.get(target, key)) }));
        }),
    });
    const broken = createTrainkit({ storage: failing, clock: () => new Date('2025-02-10T09:00:00.000Z') });
    const before = await snapshotOf();
    expect(await rejection(broken.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 1, title: 'Squat 150 kg' }))).toMatchObject({ message: 'disk full' });
    expect(
      await rejection(broken.goals.create({ userId: 'u1', title: 'Bench 100 kg', goalType: 'strength', horizon: 'block', programId: 'b1', target: { type: 'one_rep_max', movement_id: 'bench_press', load_kg: 100 } })),
    ).toMatchObject({ message: 'disk full' });
    expect(await snapshotOf()).toEqual(before);
  });
});

describe('trainkit.goals: check-ins and progress', () => {
  it('records check-ins against the revision in force on their date, shaped like the measure', async () => {
    await season();
    setClock('2025-02-10T09:00:00.000Z');
    await trainkit.goals.revise({ userId: 'u1', goalKey: 'squat', basedOnRevision: 1, priority: 2, effectiveFrom: '2025-02-03' });
    const early = await trainkit.goals.checkin({ userId: 'u1', goalKey: 'squat', value: 125, date: '2025-01-20' });
    const late = await trainkit.goals.checkin({ userId: 'u1', goalKey: 'squat', value: 130, notes: 'single' });
    const revisions = await storage.goals.listRevisions('u1' as never, 'squat' as never);
    expect([early.goal_id, late.goal_id]).toEqual([revisions[0]!.id, revisions[1]!.id]);
    expect(late).toMatchObject({ date: '2025-02-10', value_json: { load_kg: 130 }, notes: 'single', created_at: '2025-02-10T09:00:00.000Z' });
    const bad = (await rejection(trainkit.goals.checkin({ userId: 'u1', goalKey: 'squat', value: 'advanced' }))) as ValidationError;
    expect(bad.issues[0]).toMatchObject({ path: 'value', message: "expected a number of load_kg, got 'advanced'" });
    expect(await rejection(trainkit.goals.checkin({ userId: 'u1', goalKey: 'nope', value: 1 }))).toBeInstanceOf(NotFoundError);
    const history = await trainkit.goals.history({ userId: 'u1', goalKey: 'squat', asKnownOn: '2025-02-09' });
    expect(history.checkins).toEqual([]);
  });

  it('projects a 1RM goal from logged sets (Epley) and check-ins, citing every stored row it used', async () => {
    await season();
    // Weekly top sets: 5 reps at 105, 107.5, 110, 112.5, 115 kg with RIR 1 (Epley on 6 reps: x 1.2).
    for (let week = 0; week < 5; week++) {
      await trainkit.log.strength({
        userId: 'u1',
        start: new Date(Date.parse('2025-01-07T17:00:00.000Z') + week * 7 * 86_400_000).toISOString(),
        durationSeconds: 3600,
        sets: [
          { movement: 'back_squat', reps: 10, loadKg: 60, rir: 5 },
          { movement: 'back_squat', reps: 5, loadKg: 105 + 2.5 * week, rir: 1 },
        ],
      });
    }
    setClock('2025-02-10T09:00:00.000Z');
    const progress = await trainkit.goals.progress({ userId: 'u1', goalKey: 'squat' });
    expect(progress.observations.map((observation) => observation.value)).toEqual([126, 129, 132, 135, 138]);
    expect(progress.observations.every((observation) => observation.source === 'activity_strength_sets')).toBe(true);
    const sets = await storage.activityStrengthSets.list('u1' as never, { where: { reps: 5 } });
    expect(new Set(progress.observations.map((observation) => observation.ref))).toEqual(new Set(sets.map((set) => set.id)));
    expect(progress).toMatchObject({ status: 'ahead', deadline: '2025-03-30T21:59:59.999Z', current_value: 138, goal: { goal_key: 'squat', revision: 1 } });
    expect(progress.slope_per_week).toBeCloseTo(3, 10);
    await trainkit.goals.checkin({ userId: 'u1', goalKey: 'squat', value: 141, date: '2025-02-10' });
    setClock('2025-02-10T20:00:00.000Z');
    expect(await trainkit.goals.progress({ userId: 'u1', goalKey: 'squat' })).toMatchObject({ status: 'achieved', checkins_used: 1 });
    // As of the morning, as known then: the check-in had not been recorded.
    expect(await trainkit.goals.progress({ userId: 'u1', goalKey: 'squat', asOf: '2025-02-10T09:00:00.000Z' })).toMatchObject({ status: 'ahead', checkins_used: 0 });
  });

  it('body composition from the biometrics history, one value a day; adherence from weekly sessions', async () => {
    await season();
    await trainkit.goals.create({
      userId: 'u1', goalKey: 'cut', title: 'Weigh 80 kg', goalType: 'body_composition', horizon: 'block', programId: 'b1', priority: 3,
      target: { type: 'body_composition', metric: 'weight_kg', target: 80, direction: 'decrease' },
    });
    const weights = [86, 85.4, 84.9, 84.1, 83.6];
    for (const [week, value] of weights.entries()) {
      const date = new Date(Date.parse('2025-01-08T00:00:00.000Z') + week * 7 * 86_400_000).toISOString().slice(0, 10);
      await storage.biometrics.insert({ id: `w${week}`, user_id: 'u1', date, metric_type: 'weight_kg', value, source: 'manual', created_at: '2025-01-06T08:00:00.000Z' } as never);
      await storage.biometrics.insert({ id: `w${week}_scale`, user_id: 'u1', date, metric_type: 'weight_kg', value: value + 3, source: 'provider', provider: 'garmin', created_at: '2025-01-06T08:00:00.000Z' } as never);
    }
    setClock('2025-02-10T09:00:00.000Z');
    const cut = await trainkit.goals.progress({ userId: 'u1', goalKey: 'cut' });
    expect(cut.observations.map((observation) => [observation.ref, observation.value])).toEqual(weights.map((value, week) => [`w${week}`, value]));
    expect(cut).toMatchObject({ status: 'ahead', current_value: 83.6, measure: { basis: 'latest', better: 'lower' } });

    await trainkit.goals.create({
      userId: 'u1', goalKey: 'often', title: 'Train 3 times a week', goalType: 'consistency', horizon: 'session', effectiveFrom: '2025-01-06',
      target: { type: 'adherence', sessions_per_week: 3 },
    });
    for (const day of ['2025-01-07', '2025-01-09', '2025-01-14', '2025-01-16', '2025-01-18', '2025-01-21']) {
      await trainkit.log.cardio({ userId: 'u1', activity: 'running', start: `${day}T06:00:00.000Z`, durationSeconds: 1800 });
    }
    // Recorded on 2025-02-10, valid from 2025-01-06: the progress on 2025-01-27 as known on 2025-02-10.
    const often = await trainkit.goals.progress({ userId: 'u1', goalKey: 'often', asOf: '2025-01-27T09:00:00.000Z', knownOn: '2025-02-10' });
    expect(often.observations.map((observation) => [observation.ref, observation.value])).toEqual([
      ['week:2024-12-09', 0], ['week:2024-12-16', 0], ['week:2024-12-23', 0], ['week:2024-12-30', 0],
      ['week:2025-01-06', 2], ['week:2025-01-13', 3], ['week:2025-01-20', 1],
    ]);
    // No block, no deadline: the direction of the trend decides.
    expect(often).toMatchObject({ status: 'on_track', deadline: null, latest_value: 1 });
    expect(often.explanation).toMatch(/^sessions a week: latest 1 sessions\/week, target 3 sessions\/week; trend toward the target .*; no deadline: on track$/);
  });
});
