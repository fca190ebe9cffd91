import { ConflictError, NotFoundError, ValidationError } from '@trainkit/core';
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
  trainkit = createTrainkit({ storage, clock: () => new Date(NOW) });
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

describe('trainkit.users', () => {
  it('creates a user with its profile in one call and reads it back with plain string ids', async () => {
    const created = await trainkit.users.create({
      id: 'athlete_1',
      displayName: 'Ada',
      timeZone: 'Europe/Berlin',
      birthDate: '1990-04-12',
      sex: 'female',
      heightCm: 168,
      restingHeartRateBpm: 52,
      maxHeartRateBpm: 188,
      thresholdHeartRateBpm: 170,
    });
    expect(created).toEqual({
      id: 'athlete_1',
      displayName: 'Ada',
      createdAt: NOW,
      profile: {
        timeZone: 'Europe/Berlin',
        birthDate: '1990-04-12',
        sex: 'female',
        heightCm: 168,
        unitSystem: 'metric',
        weekStartDay: 'monday',
        restingHeartRateBpm: 52,
        maxHeartRateBpm: 188,
        thresholdHeartRateBpm: 170,
        ftpW: null,
        thresholdPaceSecondsPerKm: null,
      },
    });
    expect(await trainkit.users.get('athlete_1')).toEqual(created);
    expect(await trainkit.users.profile('athlete_1')).toEqual(created.profile);
    // The rows the fatigue engine reads.
    expect(await storage.userSettings.get('athlete_1' as never)).toMatchObject({ timezone: 'Europe/Berlin', hr_max_bpm: 188, hr_rest_bpm: 52 });
    expect(await storage.userProfiles.get('athlete_1' as never)).toMatchObject({ date_of_birth: '1990-04-12', sex: 'female', height_cm: 168 });
  });

  it('creates a bare user without profile rows, and finds nothing for an unknown id', async () => {
    const bare = await trainkit.users.create({ id: 'u2', createdAt: '2024-01-01T00:00:00Z' });
    expect(bare).toMatchObject({ id: 'u2', displayName: null, createdAt: '2024-01-01T00:00:00.000Z', profile: { timeZone: null, unitSystem: 'metric' } });
    expect(await storage.userSettings.find('u2' as never)).toBeUndefined();
    expect(await storage.userProfiles.find('u2' as never)).toBeUndefined();
    expect(await trainkit.users.find('nobody')).toBeUndefined();
    await expect(trainkit.users.get('nobody')).rejects.toBeInstanceOf(NotFoundError);
    await expect(trainkit.users.profile('nobody')).rejects.toBeInstanceOf(NotFoundError);
  });

  it('updates only the fields given; null clears one', async () => {
    await trainkit.users.create({ id: 'u3', displayName: 'Bo', timeZone: 'UTC', heightCm: 180, ftpW: 250 });
    const updated = await trainkit.users.update('u3', { timeZone: 'America/New_York', heightCm: null, birthDate: '1985-02-03' });
    expect(updated).toMatchObject({
      displayName: 'Bo',
      profile: { timeZone: 'America/New_York', heightCm: null, birthDate: '1985-02-03', ftpW: 250 },
    });
    expect((await trainkit.users.update('u3', { displayName: null })).displayName).toBeNull();
    await expect(trainkit.users.update('nobody', { heightCm: 170 })).rejects.toBeInstanceOf(NotFoundError);
  });

  it('refuses malformed ids, taken ids and out-of-bounds profiles with typed errors naming the field', async () => {
    const badId = await rejection(trainkit.users.create({ id: 'a b' }));
    expect(badId).toBeInstanceOf(ValidationError);
    expect((badId as ValidationError).issues[0]).toMatchObject({ path: 'id', rule: 'invalid_format' });
    await expect(trainkit.users.get('a b')).rejects.toBeInstanceOf(ValidationError);

    await trainkit.users.create({ id: 'u4', restingHeartRateBpm: 60 });
    await expect(trainkit.users.create({ id: 'u4' })).rejects.toBeInstanceOf(ConflictError);

    const order = await rejection(trainkit.users.update('u4', { maxHeartRateBpm: 60 }));
    expect((order as ValidationError).issues).toContainEqual(expect.objectContaining({ path: 'maxHeartRateBpm', rule: 'custom' }));
    const range = await rejection(trainkit.users.create({ id: 'u5', maxHeartRateBpm: 300, birthDate: '1750-01-01', shoeSize: 44 } as never));
    expect((range as ValidationError).issues.map((issue) => issue.path).sort()).toEqual(['', 'birthDate', 'maxHeartRateBpm']);
    expect(await trainkit.users.find('u5')).toBeUndefined();
  });
});
