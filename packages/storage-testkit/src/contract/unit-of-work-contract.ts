import { ConflictError, StorageError, type TableRow, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { buildUserFixtures, type UserFixtures } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { rejectionOf } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { writeReferenceFixtures } from './write-fixtures.js';

const JANE = 'usr_jane' as UserId;

/** The parent chain of one planned, performed strength workout across six tables. */
async function writeWorkout(repos: TrainkitRepositories, f: UserFixtures): Promise<void> {
  await repos.users.insert(f.users[0]!);
  await repos.macroCycles.insert(f.macro_cycles[0]!);
  await repos.programs.insert(f.programs[0]!);
  await repos.plannedSessions.insert(f.planned_sessions[0]!);
  await repos.plannedSessionExercises.insertMany(f.planned_session_exercises);
  await repos.activityInstances.insert(f.activity_instances[0]!);
  await repos.activityStrengthSets.insertMany(f.activity_strength_sets);
}

/** Asserts that none of the workout's rows exist. */
async function expectNoWorkout(repos: TrainkitRepositories, f: UserFixtures): Promise<void> {
  expect(await repos.users.find(JANE), 'users').toBeUndefined();
  expect(await repos.macroCycles.list(JANE), 'macro_cycles').toStrictEqual([]);
  expect(await repos.programs.list(JANE), 'programs').toStrictEqual([]);
  expect(await repos.plannedSessions.list(JANE), 'planned_sessions').toStrictEqual([]);
  expect(await repos.plannedSessionExercises.list(JANE), 'planned_session_exercises').toStrictEqual([]);
  expect(await repos.activityInstances.find(JANE, f.activity_instances[0]!.id), 'activity_instances').toBeUndefined();
  expect(await repos.activityStrengthSets.list(JANE), 'activity_strength_sets').toStrictEqual([]);
}

/**
 * Units of work: a transaction commits everything or nothing, rethrows the error of a failed callback unchanged, sees
 * its own writes, and its repositories are unusable once it settled. Batch writes are atomic too.
 */
export function describeUnitOfWorkContract(options: StorageContractOptions): void {
  describe('unit of work', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('a successful transaction commits the writes of every table and returns the callback\'s value', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      const result = await storage().transaction(async (tx) => {
        await writeWorkout(tx, f);
        return { sets: (await tx.activityStrengthSets.list(JANE)).length };
      });
      expect(result).toStrictEqual({ sets: f.activity_strength_sets.length });
      expect(await repos.activityInstances.get(JANE, f.activity_instances[0]!.id)).toStrictEqual(f.activity_instances[0]);
      expect(await repos.plannedSessions.get(JANE, f.planned_sessions[0]!.id)).toStrictEqual(f.planned_sessions[0]);
      expect(await repos.activityStrengthSets.list(JANE)).toHaveLength(f.activity_strength_sets.length);
    });

    it('a transaction that throws after writing several tables leaves nothing behind and rethrows the same error', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      const failure = new Error('the coach changed their mind');
      const error = await rejectionOf(
        storage().transaction(async (tx) => {
          await writeWorkout(tx, f);
          expect(await tx.activityInstances.get(JANE, f.activity_instances[0]!.id), 'a transaction sees its own writes').toStrictEqual(
            f.activity_instances[0],
          );
          throw failure;
        }),
        'transaction that throws',
      );
      expect(error).toBe(failure);
      await expectNoWorkout(repos, f);
    });

    it('a storage error inside a transaction (a conflict on the last write) rolls back the earlier writes', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      const error = await rejectionOf(
        storage().transaction(async (tx) => {
          await writeWorkout(tx, f);
          await tx.activityStrengthSets.insert({ ...f.activity_strength_sets[0]!, id: 'set_same_index' } as TableRow<'activity_strength_sets'>);
        }),
        'transaction with a duplicate set index',
      );
      expect(error).toBeInstanceOf(ConflictError);
      await expectNoWorkout(repos, f);
    });

    it('rolled-back writes do not block later ones: the same rows can be written again', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      await rejectionOf(
        storage().transaction(async (tx) => {
          await writeWorkout(tx, f);
          throw new Error('abort');
        }),
        'aborted transaction',
      );
      await writeWorkout(repos, f);
      expect(await repos.activityStrengthSets.list(JANE)).toHaveLength(f.activity_strength_sets.length);
    });

    it('repositories of a settled transaction throw StorageError', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      let leaked: TrainkitRepositories | undefined;
      await storage().transaction(async (tx) => {
        leaked = tx;
        await tx.users.insert(f.users[0]!);
      });
      expect(await rejectionOf(leaked!.users.get(JANE), 'use of a committed transaction')).toBeInstanceOf(StorageError);
      expect(await rejectionOf(leaked!.macroCycles.insert(f.macro_cycles[0]!), 'write through a committed transaction')).toBeInstanceOf(
        StorageError,
      );
      expect(await repos.macroCycles.list(JANE)).toStrictEqual([]);
    });

    it('a batch insert with a conflicting row writes none of its rows', async () => {
      const repos = storage();
      await writeReferenceFixtures(repos, buildReferenceFixtures());
      const f = buildUserFixtures(JANE);
      await writeWorkout(repos, f);
      const [existing] = f.activity_strength_sets;
      const batch = [
        { ...existing!, id: 'set_new_1', set_index: 30 },
        { ...existing!, id: 'set_new_2', set_index: 31 },
        existing!,
      ] as TableRow<'activity_strength_sets'>[];
      const error = await rejectionOf(repos.activityStrengthSets.insertMany(batch), 'batch with an existing id');
      expect(error).toBeInstanceOf(ConflictError);
      expect(await repos.activityStrengthSets.find(JANE, batch[0]!.id)).toBeUndefined();
      expect(await repos.activityStrengthSets.find(JANE, batch[1]!.id)).toBeUndefined();
      expect(await repos.activityStrengthSets.list(JANE)).toHaveLength(f.activity_strength_sets.length);
    });
  });
}
