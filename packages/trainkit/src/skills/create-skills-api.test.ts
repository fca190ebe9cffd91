import { createSequentialIdFactory, NotFoundError, ValidationError } from '@trainkit/core';
import { ProgressionCycleError, UnknownMovementError } from '@trainkit/planning';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';
import type { Trainkit } from '../trainkit.js';
import { TrainkitScaleResultSchema } from './trainkit-scale-result.js';

const NOW = '2024-06-12T07:00:00.000Z';
const LATER = '2024-06-13T07:00:00.000Z';

let storage: KyselyStorage;
let trainkit: Trainkit;
let clock: Date;

beforeEach(async () => {
  storage = await openSqliteStorage();
  clock = new Date(NOW);
  trainkit = createTrainkit({ storage, clock: () => clock, ids: createSequentialIdFactory('id') });
  await trainkit.users.create({ id: 'athlete_1', timeZone: 'Europe/Berlin' });
});

afterEach(async () => {
  await storage.close();
});

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (error: unknown) => error,
  );
}

describe('trainkit.skills', () => {
  it('sets skills by movement slug, pattern and discipline slug, seeding the catalog on first use, and replaces them', async () => {
    const pullUp = await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'movement', scope: 'pull_up', level: 'none', canDo: false, notes: 'elbow' });
    expect(pullUp).toMatchObject({ user_id: 'athlete_1', scope_type: 'movement', scope_id: 'mov_pull_up', skill_level: 'none', can_do_flag: false, notes: 'elbow', created_at: NOW });
    await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'pattern', scope: 'vertical_pull', level: 'beginner' });
    await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'discipline', scope: 'CrossFit', level: 'intermediate' });

    clock = new Date(LATER);
    const replaced = await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'movement', scope: 'mov_pull_up', level: 'beginner' });
    expect(replaced).toMatchObject({ id: pullUp.id, skill_level: 'beginner', can_do_flag: true, notes: null, created_at: NOW, updated_at: LATER });

    const skills = await trainkit.skills.listSkills({ userId: 'athlete_1' });
    expect(skills.map((row) => [row.scope_type, row.scope_id, row.skill_level])).toEqual([
      ['discipline', 'dis_crossfit', 'intermediate'],
      ['movement', 'mov_pull_up', 'beginner'],
      ['pattern', 'vertical_pull', 'beginner'],
    ]);
    expect((await trainkit.skills.listSkills({ userId: 'athlete_1', scopeType: 'pattern' })).map((row) => row.scope_id)).toEqual(['vertical_pull']);
  });

  it('names what is wrong in a skill or constraint and writes nothing', async () => {
    const movement = await rejection(trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'movement', scope: 'moonwalk', level: 'elite' }));
    expect(movement).toBeInstanceOf(UnknownMovementError);
    expect((movement as UnknownMovementError).issues[0]).toMatchObject({ path: 'scope', rule: 'unknown_movement' });
    const pattern = await rejection(trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'pattern', scope: 'juggling', level: 'elite' }));
    expect((pattern as ValidationError).issues[0]).toMatchObject({ path: 'scope', rule: 'invalid_value' });
    const discipline = await rejection(trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'discipline', scope: 'quidditch', level: 'elite' }));
    expect((discipline as ValidationError).issues[0]).toMatchObject({ path: 'scope', rule: 'not_found' });
    const level = await rejection(trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'pattern', scope: 'squat', level: 'godlike' as never }));
    expect((level as ValidationError).issues[0]?.path).toBe('level');
    const constraint = await rejection(trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'pull_up', level: 'never' as never }));
    expect((constraint as ValidationError).issues[0]?.path).toBe('level');
    expect(await rejection(trainkit.skills.setConstraint({ userId: 'nobody', movement: 'pull_up', level: 'hard_no' }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(trainkit.skills.listSkills({ userId: 'nobody' }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(trainkit.skills.listConstraints({ userId: 'bad id' }))).toBeInstanceOf(ValidationError);
    expect(await trainkit.skills.listSkills({ userId: 'athlete_1' })).toEqual([]);
    expect(await trainkit.skills.listConstraints({ userId: 'athlete_1' })).toEqual([]);
  });

  it('sets constraints with their reason, one per movement, and lists them by level', async () => {
    const refused = await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
    expect(refused).toMatchObject({ movement_id: 'mov_pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
    await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'back squat', level: 'limited', reason: 'knee' });
    clock = new Date(LATER);
    const again = await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'mov_back_squat', level: 'allowed' });
    expect(again).toMatchObject({ movement_id: 'mov_back_squat', level: 'allowed', reason: null, updated_at: LATER });
    expect((await trainkit.skills.listConstraints({ userId: 'athlete_1' })).map((row) => [row.movement_id, row.level])).toEqual([
      ['mov_back_squat', 'allowed'],
      ['mov_pull_up', 'hard_no'],
    ]);
    expect((await trainkit.skills.listConstraints({ userId: 'athlete_1', level: 'hard_no' })).map((row) => row.movement_id)).toEqual(['mov_pull_up']);
  });

  it('scales a refused pull-up over the stored graph: ring row with rings, band-assisted with a band, explained', async () => {
    await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'pull_up', level: 'hard_no', reason: 'elbow tendinopathy' });
    const rings = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up', equipment: ['rings'] });
    expect(TrainkitScaleResultSchema.parse(rings)).toEqual(rings);
    expect(rings).toMatchObject({
      status: 'scaled',
      prescribed_movement: { id: 'mov_pull_up', slug: 'pull_up', name: 'Pull-up' },
      movement: { id: 'mov_ring_row', slug: 'ring_row', name: 'Ring row' },
      path: ['mov_pull_up', 'mov_negative_pull_up', 'mov_band_assisted_pull_up', 'mov_ring_row'],
      constraint_level: null,
    });
    expect(rings.steps[0]?.reason).toBe('Pull-up is refused (hard_no: elbow tendinopathy); needs pull_up_bar (not available)');
    const band = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'mov_pull_up', equipment: ['band', 'rings'] });
    expect(band.movement?.slug).toBe('band_assisted_pull_up');
    const gym = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up' });
    expect(gym.movement?.slug).toBe('kipping_pull_up');
  });

  it('reads skills (with the session discipline) and custom stored edges', async () => {
    await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'push_up', level: 'hard_no', reason: 'wrist' });
    await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'knee_push_up', level: 'hard_no', reason: 'wrist' });
    await trainkit.skills.setConstraint({ userId: 'athlete_1', movement: 'decline_push_up', level: 'hard_no', reason: 'wrist' });
    const unskilled = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'push_up', equipment: [] });
    expect(unskilled.movement?.slug).toBe('incline_push_up');
    await trainkit.skills.setSkill({ userId: 'athlete_1', scopeType: 'discipline', scope: 'calisthenics', level: 'advanced' });
    const skilled = await trainkit.skills.scale({ userId: 'athlete_1', movement: 'push_up', equipment: [], discipline: 'calisthenics' });
    expect(skilled.movement?.slug).toBe('diamond_push_up');
    expect(skilled.difficulty_delta).toBe(1);

    // A custom edge stored by the host joins the graph; one that loops is refused with the loop named.
    await storage.movementProgressions.upsertMany([
      { id: 'custom_loop', source_movement_id: 'mov_one_arm_push_up', target_movement_id: 'mov_wall_push_up', relationship_type: 'progression', difficulty_delta: 1 },
    ]);
    const loop = await rejection(trainkit.skills.scale({ userId: 'athlete_1', movement: 'push_up' }));
    expect(loop).toBeInstanceOf(ProgressionCycleError);
    expect((loop as ProgressionCycleError).cycle).toContain('mov_one_arm_push_up');
  });

  it('rejects an unknown movement, equipment or discipline and an unknown user', async () => {
    const unknown = await rejection(trainkit.skills.scale({ userId: 'athlete_1', movement: 'moonwalk' }));
    expect(unknown).toBeInstanceOf(UnknownMovementError);
    expect((unknown as UnknownMovementError).movementIds).toEqual(['moonwalk']);
    const equipment = await rejection(trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up', equipment: ['spaceship' as never] }));
    expect((equipment as ValidationError).issues[0]?.path).toBe('equipment.0');
    const discipline = await rejection(trainkit.skills.scale({ userId: 'athlete_1', movement: 'pull_up', discipline: 'quidditch' }));
    expect((discipline as ValidationError).issues[0]).toMatchObject({ path: 'discipline', rule: 'not_found' });
    expect(await rejection(trainkit.skills.scale({ userId: 'ghost', movement: 'pull_up' }))).toBeInstanceOf(NotFoundError);
  });
});
