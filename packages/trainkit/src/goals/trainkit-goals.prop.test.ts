/**
 * Properties of `trainkit.goals` on SQLite: a failed write (invalid target, overlapping cycle, block outside its
 * cycle, stale revision, revision of a retired goal) is a typed error and leaves every row as it was; a successful
 * revision never changes what an earlier "as known on" query returned.
 */
import { ValidationError, type TrainkitRepositories, type UserId } from '@trainkit/core';
import { BlockOutsideCycleError, GoalRetiredError, GoalRevisionConflictError, MacroCycleOverlapError } from '@trainkit/goals';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTrainkit } from '../create-trainkit.js';
import { openSqliteStorage } from '../test-support/fatigue-fixtures.js';

let storage: KyselyStorage;
beforeAll(async () => {
  storage = await openSqliteStorage();
});
afterAll(async () => {
  await storage.close();
});

const HOUR = 3_600_000;
const dayText = (days: number) => new Date(Date.UTC(2025, 0, 6) + days * 86_400_000).toISOString().slice(0, 10);

type Operation =
  | { readonly kind: 'revise'; readonly stale: boolean; readonly backdateHours: number }
  | { readonly kind: 'retire'; readonly status: 'achieved' | 'abandoned' }
  | { readonly kind: 'invalidTarget'; readonly loadKg: number }
  | { readonly kind: 'cycle'; readonly start: number; readonly length: number }
  | { readonly kind: 'block'; readonly start: number; readonly length: number };

const operation: fc.Arbitrary<Operation> = fc.oneof(
  fc.record({ kind: fc.constant('revise' as const), stale: fc.boolean(), backdateHours: fc.integer({ min: 0, max: 30 }) }),
  fc.record({ kind: fc.constant('retire' as const), status: fc.constantFrom('achieved' as const, 'abandoned' as const) }),
  fc.record({ kind: fc.constant('invalidTarget' as const), loadKg: fc.oneof(fc.constant(-1), fc.constant(0), fc.constant(5000)) }),
  fc.record({ kind: fc.constant('cycle' as const), start: fc.integer({ min: -400, max: 800 }), length: fc.integer({ min: 0, max: 400 }) }),
  fc.record({ kind: fc.constant('block' as const), start: fc.integer({ min: -30, max: 380 }), length: fc.integer({ min: 0, max: 100 }) }),
);

/** Every row of one user that a goal write can touch. */
async function rowsOf(repositories: TrainkitRepositories, userId: UserId) {
  return {
    cycles: await repositories.macroCycles.list(userId, { orderBy: [{ column: 'id' }] }),
    programs: await repositories.programs.list(userId, { orderBy: [{ column: 'id' }] }),
    goals: await repositories.goals.list(userId, { orderBy: [{ column: 'goal_key' }, { column: 'revision' }] }),
  };
}

let run = 0;

describe('trainkit.goals properties (SQLite)', () => {
  it('failed writes are typed and change nothing; successful revisions never change earlier "as known on" answers', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        const userId = `prop_${run++}` as UserId;
        let now = Date.parse('2025-01-06T08:00:00.000Z');
        const trainkit = createTrainkit({ storage, clock: () => new Date(now) });
        await trainkit.users.create({ id: userId, timeZone: 'UTC' });
        const cycle = await trainkit.goals.createCycle({ userId, id: `${userId}_c`, name: 'Season', startDate: dayText(0), endDate: dayText(357) });
        await trainkit.goals.createBlock({ userId, id: `${userId}_b`, macroCycleId: cycle.id, name: 'Block', startDate: dayText(0), endDate: dayText(83) });
        await trainkit.goals.create({
          userId, goalKey: 'squat', title: 'Squat', goalType: 'strength', horizon: 'block', programId: `${userId}_b`,
          target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: 140 },
        });
        const cycles = [{ start: 0, end: 357 }];
        const answers: { knownOn: string; validAt: string; inForce: unknown; history: unknown }[] = [];
        let revision = 1;
        let retired = false;
        for (const [index, step] of operations.entries()) {
          now += HOUR;
          const before = await rowsOf(storage, userId);
          let attempt: Promise<unknown>;
          let expected: (abstract new (...args: never[]) => Error) | null = null;
          switch (step.kind) {
            case 'revise':
              attempt = trainkit.goals.revise({
                userId, goalKey: 'squat', basedOnRevision: step.stale ? revision + 1 : revision, title: `Squat v${index}`,
                effectiveFrom: new Date(now - step.backdateHours * 60_000).toISOString(),
              });
              expected = retired ? GoalRetiredError : step.stale ? GoalRevisionConflictError : null;
              break;
            case 'retire':
              attempt = trainkit.goals.retire({ userId, goalKey: 'squat', basedOnRevision: revision, status: step.status });
              expected = retired ? GoalRetiredError : null;
              break;
            case 'invalidTarget':
              attempt = trainkit.goals.create({
                userId, title: 'Bad', goalType: 'strength', horizon: 'session', target: { type: 'one_rep_max', movement_id: 'back_squat', load_kg: step.loadKg },
              });
              expected = ValidationError;
              break;
            case 'cycle': {
              const end = step.start + step.length;
              attempt = trainkit.goals.createCycle({ userId, name: `Cycle ${index}`, startDate: dayText(step.start), endDate: dayText(end) });
              expected = cycles.some((other) => step.start <= other.end && other.start <= end) ? MacroCycleOverlapError : null;
              if (expected === null) cycles.push({ start: step.start, end });
              break;
            }
            case 'block': {
              const end = step.start + step.length;
              attempt = trainkit.goals.createBlock({ userId, macroCycleId: cycle.id, name: `Block ${index}`, startDate: dayText(step.start), endDate: dayText(end) });
              expected = step.start >= 0 && end <= 357 ? null : BlockOutsideCycleError;
              break;
            }
          }
          const outcome = await attempt.then(
            () => null,
            (error: unknown) => error,
          );
          if (expected === null) {
            expect(outcome).toBeNull();
            if (step.kind === 'revise' || step.kind === 'retire') revision++;
            if (step.kind === 'retire') retired = true;
          } else {
            expect(outcome).toBeInstanceOf(expected);
            expect(await rowsOf(storage, userId)).toEqual(before);
          }
          const knownOn = new Date(now).toISOString();
          answers.push({
            knownOn,
            validAt: knownOn,
            inForce: await trainkit.goals.inForce({ userId, validAt: knownOn, knownOn, includeRetired: true }),
            history: await trainkit.goals.history({ userId, goalKey: 'squat', asKnownOn: knownOn }),
          });
        }
        for (const answer of answers) {
          expect(await trainkit.goals.inForce({ userId, validAt: answer.validAt, knownOn: answer.knownOn, includeRetired: true })).toEqual(answer.inForce);
          expect(await trainkit.goals.history({ userId, goalKey: 'squat', asKnownOn: answer.knownOn })).toEqual(answer.history);
        }
      }),
      { seed: 9, numRuns: 25 },
    );
  }, 120_000);
});
