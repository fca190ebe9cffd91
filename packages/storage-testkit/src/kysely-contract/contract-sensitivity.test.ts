/**
 * The contract must be able to fail. Each case wraps a real, correct storage (kysely on in-memory SQLite) in a
 * "mutant" that breaks one promise the way real adapters break it, and checks that the contract's own check function
 * rejects the mutant, while the unmodified storage passes the same check.
 */
import { NotFoundError, type TrainkitRepositories, type TrainkitStorage, type UserId } from '@trainkit/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkUserRoundTrip } from '../contract/round-trip-contract.js';
import { checkUserIsolation } from '../contract/user-isolation-contract.js';
import { writeReferenceFixtures } from '../contract/write-fixtures.js';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { sqliteMemoryHarness } from './kysely-harnesses.js';

const USER = 'usr_mutant' as UserId;

/** `repos` with some methods of one repository replaced; every other call goes to the real repository. */
function withMutation<K extends keyof TrainkitRepositories>(
  repos: TrainkitRepositories,
  key: K,
  mutate: (original: TrainkitRepositories[K]) => Partial<TrainkitRepositories[K]>,
): TrainkitRepositories {
  const original = repos[key];
  const overrides = mutate(original) as Record<PropertyKey, unknown>;
  const mutant = new Proxy(original as object, {
    get(target, property) {
      if (property in overrides) return overrides[property];
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { ...repos, [key]: mutant } as TrainkitRepositories;
}

describe('the contract rejects broken adapters', () => {
  const harness = sqliteMemoryHarness();
  let storage: TrainkitStorage;

  beforeEach(async () => {
    storage = await harness.createStorage();
    expect((await storage.migrations.migrateToLatest()).ok).toBe(true);
    await writeReferenceFixtures(storage, buildReferenceFixtures());
  });
  afterEach(async () => harness.destroyStorage!(storage));

  it('control: the real storage passes the round-trip and isolation checks through the mutation wrapper', async () => {
    const untouched = withMutation(storage, 'activityInstances', () => ({}));
    await expect(checkUserRoundTrip(untouched, USER)).resolves.toBeUndefined();
    await expect(checkUserIsolation(untouched, 3)).resolves.toBeUndefined();
  });

  it('rejects an adapter that drops the milliseconds of instants', async () => {
    const mutant = withMutation(storage, 'activityInstances', (original) => ({
      get: async (userId, id) => {
        const row = await original.get(userId, id);
        return { ...row, performed_start: row.performed_start.replace(/\.\d{3}Z$/, '.000Z') as typeof row.performed_start };
      },
    }));
    await expect(checkUserRoundTrip(mutant, USER)).rejects.toThrow(/activity_instances: get/);
  });

  it('rejects an adapter that mangles unicode inside JSON', async () => {
    const mutant = withMutation(storage, 'externalActivityRecords', (original) => ({
      get: async (userId, id) => {
        const row = await original.get(userId, id);
        return { ...row, raw_payload_json: JSON.parse(JSON.stringify(row.raw_payload_json).replaceAll('’', "'")) };
      },
    }));
    await expect(checkUserRoundTrip(mutant, USER)).rejects.toThrow(/external_activity_records: get/);
  });

  it('rejects an adapter that returns undefined (a missing key) instead of null', async () => {
    const mutant = withMutation(storage, 'plannedSessionExercises', (original) => ({
      find: async (userId, id) => {
        const row = await original.find(userId, id);
        return row && (Object.fromEntries(Object.entries(row).filter(([, value]) => value !== null)) as typeof row);
      },
    }));
    await expect(checkUserRoundTrip(mutant, USER)).rejects.toThrow(/planned_session_exercises: find/);
  });

  it('rejects an adapter whose find ignores the user', async () => {
    const mutant = withMutation(storage, 'ingestionRuns', (original) => ({
      // Looks the id up for every user: exactly the bug a missing `where user_id = ?` makes.
      find: async (_userId, id) => {
        const owner = String(id).replace(/_run$/, '') as UserId;
        return original.find(owner, id);
      },
    }));
    await expect(checkUserIsolation(mutant, 5)).rejects.toThrow(/external_ingestion_runs\.find/);
  });

  it('rejects an adapter whose get of another user\'s row does not throw NotFoundError', async () => {
    const mutant = withMutation(storage, 'ingestionRuns', (original) => ({
      get: async (userId, id) => {
        try {
          return await original.get(userId, id);
        } catch (error) {
          if (error instanceof NotFoundError) throw new Error('row missing');
          throw error;
        }
      },
    }));
    await expect(checkUserIsolation(mutant, 5)).rejects.toThrow(/NotFoundError/);
  });
});
