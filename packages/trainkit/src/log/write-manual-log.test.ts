import { createSequentialIdFactory, NotFoundError, ValidationError } from '@trainkit/core';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';

const NOW = '2024-06-12T07:00:00.000Z';

let storage: KyselyStorage;
let trainkit: Trainkit;

beforeEach(async () => {
  storage = await openSqliteStorage();
  trainkit = createTrainkit({ storage, clock: () => new Date(NOW), ids: createSequentialIdFactory('id') });
  await trainkit.users.create({ id: 'u1', timeZone: 'Europe/Berlin' });
});

afterEach(async () => {
  await storage.close();
});

async function issuesOf(promise: Promise<unknown>): Promise<{ path: string; rule: string }[]> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues.map(({ path, rule }) => ({ path, rule }));
}

async function storedActivities() {
  return storage.activityInstances.list('u1' as never);
}

describe('trainkit.log', () => {
  it('strength: one call on a fresh database seeds the catalog, derives the discipline and returns the stored rows', async () => {
    const logged = await trainkit.log.strength({
      userId: 'u1',
      start: '2024-06-10T07:00:00+02:00',
      durationSeconds: 3600,
      timeZone: 'Europe/Berlin',
      sets: [
        { movement: 'back_squat', reps: 5, loadKg: 100, rpe: 8 },
        { movement: 'Back-Squat', reps: 5, loadKg: 100, rpe: 8 },
        { movement: 'mov_pull_up', reps: 8, loadKg: 0, rir: 2 },
      ],
    });
    expect(logged.kind).toBe('strength');
    expect(logged.createdUser).toBe(false);
    expect(logged.activityInstance).toMatchObject({
      id: 'id_000001',
      user_id: 'u1',
      source: 'manual',
      activity_definition_id: 'act_strength_training',
      discipline_id: logged.activityDefinition!.discipline_id,
      performed_start: '2024-06-10T05:00:00.000Z',
      performed_end: '2024-06-10T06:00:00.000Z',
      local_date: '2024-06-10',
      created_at: NOW,
    });
    expect(logged.activityInstance.discipline_id).not.toBeNull();
    expect(logged.strengthSets.map((set) => [set.set_index, set.movement_id, set.reps])).toEqual([
      [0, 'mov_back_squat', 5],
      [1, 'mov_back_squat', 5],
      [2, 'mov_pull_up', 8],
    ]);
    expect(logged.movements.map((movement) => movement.id)).toEqual(['mov_back_squat', 'mov_pull_up']);
    // What it returns is what is stored.
    expect(await storage.activityInstances.get('u1' as never, logged.activityInstance.id)).toEqual(logged.activityInstance);
    expect(await storage.activityStrengthSets.listByActivity('u1' as never, logged.activityInstance.id)).toEqual(logged.strengthSets);
  });

  it('cardio, sport and hobby take the activity by slug or id; analytics see the discipline', async () => {
    const run = await trainkit.log.cardio({ userId: 'u1', activity: 'act_running', start: '2024-06-11T06:30:00Z', durationSeconds: 2700, distanceM: 10_000 });
    expect(run.activityInstance).toMatchObject({ activity_definition_id: 'act_running', discipline_id: 'dis_running', distance_m: 10_000 });
    const tennis = await trainkit.log.sport({ userId: 'u1', activity: 'tennis', start: '2024-06-11T16:00:00Z', durationSeconds: 5400, enjoyment: 5 });
    expect(tennis.activityInstance).toMatchObject({ activity_definition_id: 'act_tennis', enjoyment_rating: 5 });
    const hike = await trainkit.log.hobby({ userId: 'u1', activity: 'Hiking', start: '2024-06-12T05:00:00Z', durationSeconds: 9000 });
    expect(hike.activityDefinition?.slug).toBe('hiking');
    // A sport may be logged as a hobby and the other way round.
    await trainkit.log.hobby({ userId: 'u1', activity: 'climbing', start: '2024-06-09T16:00:00Z', durationSeconds: 3600 });
    const weeks = await storage.analytics.weeklyVolumeByDiscipline('u1', { from: '2024-06-10', to: '2024-06-16' });
    expect(weeks.find((week) => week.discipline_id === 'dis_running')).toMatchObject({ distance_m: 10_000 });
    expect(weeks.map((week) => week.discipline_id)).not.toContain(null);
  });

  it('accepts a custom activity definition by its id or slug', async () => {
    await trainkit.seedCatalog();
    await storage.activityDefinitions.upsertMany([
      { id: 'act_club_circuit', slug: 'club_circuit', name: 'Club circuit', category: 'strength', default_metric_type: 'load', discipline_id: null } as never,
    ]);
    const byId = await trainkit.log.strength({ userId: 'u1', activity: 'act_club_circuit', sets: [{ movement: 'push_up', reps: 20 }] });
    const bySlug = await trainkit.log.strength({ userId: 'u1', activity: 'club_circuit', sets: [{ movement: 'push_up', reps: 20 }] });
    expect([byId.activityInstance.activity_definition_id, bySlug.activityInstance.activity_definition_id]).toEqual(['act_club_circuit', 'act_club_circuit']);
    expect(byId.activityInstance.performed_start).toBe(NOW);
  });

  it('refuses an activity whose category does not fit the log kind, naming the field', async () => {
    expect(await issuesOf(trainkit.log.strength({ userId: 'u1', activity: 'running', sets: [{ movement: 'back_squat', reps: 5 }] }))).toEqual([
      { path: 'activity', rule: 'invalid_category' },
    ]);
    expect(await issuesOf(trainkit.log.cardio({ userId: 'u1', activity: 'tennis', durationSeconds: 600 }))).toEqual([
      { path: 'activity', rule: 'invalid_category' },
    ]);
    expect(await issuesOf(trainkit.log.hobby({ userId: 'u1', activity: 'crossfit', durationSeconds: 600 }))).toEqual([
      { path: 'activity', rule: 'invalid_category' },
    ]);
    expect(await storedActivities()).toEqual([]);
  });

  it.each<[string, () => Promise<unknown>, { path: string; rule: string }]>([
    ['a 9999-hour session', () => trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 9999 * 3600 }), { path: 'durationSeconds', rule: 'too_big' }],
    ['a zero-length session', () => trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 0 }), { path: 'durationSeconds', rule: 'too_small' }],
    ['an end 15 days after the start', () => trainkit.log.sport({ userId: 'u1', activity: 'tennis', start: '2024-06-01T00:00:00Z', end: '2024-06-16T00:00:00Z' }), { path: 'end', rule: 'custom' }],
    ['a user id with a space', () => trainkit.log.cardio({ userId: 'a b', activity: 'running', durationSeconds: 60 }), { path: 'userId', rule: 'invalid_format' }],
    ['an unknown activity', () => trainkit.log.cardio({ userId: 'u1', activity: 'quidditch', durationSeconds: 60 }), { path: 'activity', rule: 'not_found' }],
    ['nothing saying what it was', () => trainkit.log.cardio({ userId: 'u1', durationSeconds: 60 }), { path: 'activity', rule: 'custom' }],
    ['an unknown movement', () => trainkit.log.strength({ userId: 'u1', sets: [{ movement: 'back_squat', reps: 5 }, { movement: 'squat_jump_lunge', reps: 5 }] }), { path: 'sets.1.movement', rule: 'not_found' }],
    ['a set load over 2000 kg', () => trainkit.log.strength({ userId: 'u1', sets: [{ movement: 'back_squat', reps: 1, loadKg: 2500 }] }), { path: 'sets.0.loadKg', rule: 'too_big' }],
    ['a derived field given', () => trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 60, disciplineId: 'dis_running' } as never), { path: 'disciplineId', rule: 'unrecognized_keys' }],
    ['a builder movement id given', () => trainkit.log.strength({ userId: 'u1', sets: [{ movement: 'back_squat', movementId: 'mov_back_squat', reps: 5 }] } as never), { path: 'sets.0.movementId', rule: 'unrecognized_keys' }],
    ['a misspelt field', () => trainkit.log.cardio({ userId: 'u1', activity: 'running', duration: 60 } as never), { path: '', rule: 'unrecognized_keys' }],
    ['an unknown planned session', () => trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 60, plannedSessionId: 'nope' }), { path: 'plannedSessionId', rule: 'not_found' }],
  ])('refuses %s with a ValidationError naming the field, writing nothing', async (_name, call, expected) => {
    expect(await issuesOf(call())).toContainEqual(expected);
    expect(await storedActivities()).toEqual([]);
  });

  it('needs an existing user unless asked to create it in the same transaction', async () => {
    await expect(trainkit.log.cardio({ userId: 'newbie', activity: 'running', durationSeconds: 600 })).rejects.toBeInstanceOf(NotFoundError);
    const logged = await trainkit.log.cardio({ userId: 'newbie', activity: 'running', durationSeconds: 600 }, { createUser: true });
    expect(logged.createdUser).toBe(true);
    expect((await trainkit.users.get('newbie')).createdAt).toBe(NOW);
    const again = await trainkit.log.cardio({ userId: 'newbie', activity: 'running', durationSeconds: 600 }, { createUser: true });
    expect(again.createdUser).toBe(false);
  });

  it('marks the named planned session completed and returns it', async () => {
    await storage.plannedSessions.insert({
      id: 'ps_run', user_id: 'u1', scheduled_date: '2024-06-11', title: 'Easy run', created_at: '2024-06-01T00:00:00Z', updated_at: '2024-06-01T00:00:00Z',
    });
    const logged = await trainkit.log.cardio({ userId: 'u1', activity: 'running', durationSeconds: 2400, plannedSessionId: 'ps_run' });
    expect(logged.activityInstance).toMatchObject({ source: 'planned', planned_session_id: 'ps_run' });
    expect(logged.plannedSession).toMatchObject({ id: 'ps_run', status: 'completed', updated_at: NOW });
    expect(await storage.plannedSessions.get('u1' as never, 'ps_run' as never)).toEqual(logged.plannedSession);
  });
});
