import {
  ActivityInstanceIdSchema,
  ActivityStrengthSetIdSchema,
  DisciplineIdSchema,
  ExternalActivityRecordIdSchema,
  GoalIdSchema,
  MuscleIdSchema,
  ValidationError,
  type TableRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { buildReferenceFixtures } from '../fixtures/reference-fixtures.js';
import { buildUserFixtures, type UserFixtures } from '../fixtures/user-fixtures.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { expectConflict, expectNotFound, expectValidation, rejectionOf } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { writeReferenceFixtures, writeUserFixtures } from './write-fixtures.js';

const JANE = 'usr_jane' as UserId;
const OTHER = 'usr_other' as UserId;

interface Seeded {
  readonly repos: TrainkitRepositories;
  readonly jane: UserFixtures;
  readonly other: UserFixtures;
}

async function seed(repos: TrainkitRepositories): Promise<Seeded> {
  await writeReferenceFixtures(repos, buildReferenceFixtures());
  const jane = buildUserFixtures(JANE);
  const other = buildUserFixtures(OTHER);
  await writeUserFixtures(repos, jane);
  await writeUserFixtures(repos, other);
  return { repos, jane, other };
}

/** A fresh, valid manual activity of Jane with no children. */
function newActivity(id: string, overrides: Partial<Record<keyof TableRow<'activity_instances'>, unknown>> = {}) {
  return {
    id,
    user_id: JANE,
    source: 'manual',
    performed_start: '2024-04-02T16:00:00.250Z',
    performed_end: '2024-04-02T17:00:00.250Z',
    timezone: null,
    utc_offset_minutes: 120,
    local_date: '2024-04-02',
    duration_seconds: 3600,
    created_at: '2024-04-02T17:05:00.000Z',
    updated_at: '2024-04-02T17:05:00.000Z',
    ...overrides,
  } as TableRow<'activity_instances'>;
}

/** A fresh, valid strength set of Jane's strength activity. */
function newSet(jane: UserFixtures, id: string, overrides: Partial<Record<keyof TableRow<'activity_strength_sets'>, unknown>> = {}) {
  return {
    id,
    user_id: JANE,
    activity_instance_id: jane.activity_instances[0]!.id,
    movement_id: 'back_squat',
    set_index: 10,
    reps: 3,
    load_kg: 125,
    rpe: 9,
    ...overrides,
  } as TableRow<'activity_strength_sets'>;
}

/**
 * Typed errors, identical on every dialect: duplicate keys and missing or foreign-owned parents are `ConflictError`s
 * (`unique` / `foreign_key`) naming the table, and a broken foreign key names itself (`foreignKey`: referencing table
 * and column, referenced table and column) in its fields and message; missing rows are `NotFoundError`s naming table and key; bad input is a
 * `ValidationError` naming field and rule, and nothing is written.
 */
export function describeTypedErrorsContract(options: StorageContractOptions): void {
  describe('typed errors', () => {
    const storage = useFreshStorage(options, { migrate: true });

    describe('ConflictError', () => {
      it('duplicate primary key: unique, naming the table; the stored row is unchanged', async () => {
        const { repos, jane } = await seed(storage());
        const stored = jane.activity_instances[0]!;
        await expectConflict(repos.activityInstances.insert({ ...stored, notes: 'second copy' }), 'activity_instances', 'unique', 'insert of an existing id');
        await expectConflict(repos.users.insert(jane.users[0]!), 'users', 'unique', 'insert of an existing user');
        expect(await repos.activityInstances.get(JANE, stored.id)).toStrictEqual(stored);
      });

      it('duplicate unique key: unique, naming the table', async () => {
        const { repos, jane } = await seed(storage());
        const raw = jane.external_activity_records[0]!;
        await expectConflict(
          repos.externalActivityRecords.insert({ ...raw, id: 'raw_dup' }),
          'external_activity_records',
          'unique',
          'raw record with the same (user, provider, external_id)',
        );
        const set = jane.activity_strength_sets[1]!;
        await expectConflict(
          repos.activityStrengthSets.insert({ ...set, id: 'set_dup' }),
          'activity_strength_sets',
          'unique',
          'set with the same (activity, set_index)',
        );
        await expectConflict(
          repos.disciplines.upsertMany([{ id: 'crossfit', slug: 'powerlifting', name: 'CrossFit', description: null }]),
          'disciplines',
          'unique',
          'discipline with a slug of another discipline',
        );
        expect(await repos.externalActivityRecords.find(JANE, ExternalActivityRecordIdSchema.parse('raw_dup'))).toBeUndefined();
        expect(await repos.disciplines.find(DisciplineIdSchema.parse('crossfit'))).toBeUndefined();
      });

      it('an update that collides with a unique key: unique, and the row is unchanged', async () => {
        const { repos, jane } = await seed(storage());
        const [warmup, top] = jane.activity_strength_sets as [TableRow<'activity_strength_sets'>, TableRow<'activity_strength_sets'>];
        await expectConflict(
          repos.activityStrengthSets.update(JANE, top.id, { set_index: warmup.set_index }),
          'activity_strength_sets',
          'unique',
          'update to an existing set_index',
        );
        expect(await repos.activityStrengthSets.get(JANE, top.id)).toStrictEqual(top);
      });

      it('missing parent: foreign_key, naming the table and the broken foreign key (table, column, parent)', async () => {
        const { repos, jane } = await seed(storage());
        await expectConflict(
          repos.activityStrengthSets.insert(newSet(jane, 'set_orphan', { activity_instance_id: 'act_missing' })),
          'activity_strength_sets',
          'foreign_key',
          'set of a missing activity',
          { table: 'activity_strength_sets', columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] } },
        );
        await expectConflict(
          repos.programs.insert({ ...jane.programs[0]!, id: 'prog_orphan', user_id: 'usr_missing' as UserId, macro_cycle_id: null }),
          'programs',
          'foreign_key',
          'program of a missing user',
          { table: 'programs', columns: ['user_id'], references: { table: 'users', columns: ['id'] } },
        );
        await expectConflict(
          repos.activityInstances.insert(newActivity('act_bad_discipline', { discipline_id: 'underwater_hockey' })),
          'activity_instances',
          'foreign_key',
          'activity of a missing discipline',
          { table: 'activity_instances', columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] } },
        );
        await expectConflict(
          repos.movementMuscleMap.upsertMany([{ movement_id: 'back_squat', muscle_id: 'missing_muscle', role: 'primary', magnitude: 0.1 }]),
          'movement_muscle_map',
          'foreign_key',
          'muscle map row of a missing muscle',
          { table: 'movement_muscle_map', columns: ['muscle_id'], references: { table: 'muscles', columns: ['id'] } },
        );
        expect(await repos.activityStrengthSets.find(JANE, ActivityStrengthSetIdSchema.parse('set_orphan'))).toBeUndefined();
        expect(await repos.activityInstances.find(JANE, ActivityInstanceIdSchema.parse('act_bad_discipline'))).toBeUndefined();
      });

      it('parent owned by another user: foreign_key, exactly like a missing parent', async () => {
        const { repos, jane, other } = await seed(storage());
        await expectConflict(
          repos.activityStrengthSets.insert(newSet(jane, 'set_foreign_parent', { activity_instance_id: other.activity_instances[0]!.id })),
          'activity_strength_sets',
          'foreign_key',
          'set pointing at another user\'s activity',
          { table: 'activity_strength_sets', columns: ['activity_instance_id'], references: { table: 'activity_instances', columns: ['id'] } },
        );
        expect(await repos.activityStrengthSets.find(JANE, ActivityStrengthSetIdSchema.parse('set_foreign_parent'))).toBeUndefined();
        expect(await repos.activityStrengthSets.find(OTHER, ActivityStrengthSetIdSchema.parse('set_foreign_parent'))).toBeUndefined();
      });

      it('deleting reference data that user rows still use: foreign_key naming the referencing column, and nothing is deleted', async () => {
        const { repos, jane } = await seed(storage());
        await expectConflict(
          repos.disciplines.delete(DisciplineIdSchema.parse('powerlifting')),
          'disciplines',
          'foreign_key',
          'delete of a used discipline',
          // The first table (in creation order) still referencing it: its activity definitions.
          { table: 'activity_definitions', columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] } },
        );
        expect((await repos.disciplines.get(DisciplineIdSchema.parse('powerlifting'))).name).toBe('Powerlifting');
        expect(await repos.activityInstances.get(JANE, jane.activity_instances[0]!.id)).toStrictEqual(jane.activity_instances[0]);
      });
    });

    describe('NotFoundError', () => {
      it('get, update and delete of a missing row name the table and key; find returns undefined', async () => {
        const { repos } = await seed(storage());
        const missing = ActivityInstanceIdSchema.parse('act_missing');
        await expectNotFound(repos.activityInstances.get(JANE, missing), 'activity_instances', 'act_missing', 'get');
        expect(await repos.activityInstances.find(JANE, missing)).toBeUndefined();
        await expectNotFound(repos.activityInstances.update(JANE, missing, { notes: 'x' }), 'activity_instances', 'act_missing', 'update');
        await expectNotFound(repos.activityInstances.delete(JANE, missing), 'activity_instances', 'act_missing', 'delete');
        await expectNotFound(repos.goals.get(JANE, GoalIdSchema.parse('goal_missing')), 'goals', 'goal_missing', 'goals.get');
        await expectNotFound(repos.users.get('usr_missing' as UserId), 'users', 'usr_missing', 'users.get');
        await expectNotFound(repos.userProfiles.get('usr_missing' as UserId), 'user_profile', 'usr_missing', 'userProfiles.get');
        await expectNotFound(repos.userSettings.get('usr_missing' as UserId), 'user_settings', 'usr_missing', 'userSettings.get');
        await expectNotFound(repos.muscles.get(MuscleIdSchema.parse('missing_muscle')), 'muscles', 'missing_muscle', 'muscles.get');
        await expectNotFound(repos.muscles.delete(MuscleIdSchema.parse('missing_muscle')), 'muscles', 'missing_muscle', 'muscles.delete');
        expect(await repos.muscles.find(MuscleIdSchema.parse('missing_muscle'))).toBeUndefined();
      });

      it('rows of another user are not found for this user', async () => {
        const { repos, other } = await seed(storage());
        const foreign = other.activity_instances[0]!;
        await expectNotFound(repos.activityInstances.get(JANE, foreign.id), 'activity_instances', foreign.id, 'get of another user\'s row');
        await expectNotFound(repos.activityInstances.delete(JANE, foreign.id), 'activity_instances', foreign.id, 'delete of another user\'s row');
        expect(await repos.activityInstances.get(OTHER, foreign.id)).toStrictEqual(foreign);
      });
    });

    describe('ValidationError', () => {
      it('names the field and the rule, and writes nothing', async () => {
        const { repos, jane } = await seed(storage());
        const cases: { readonly write: () => Promise<unknown>; readonly field: string; readonly rule: string; readonly id: string }[] = [
          { id: 'act_neg', field: 'duration_seconds', rule: 'too_small', write: () => repos.activityInstances.insert(newActivity('act_neg', { duration_seconds: -1 })) },
          { id: 'act_hr', field: 'avg_hr_bpm', rule: 'too_big', write: () => repos.activityInstances.insert(newActivity('act_hr', { avg_hr_bpm: 300 })) },
          { id: 'act_rpe', field: 'perceived_difficulty', rule: 'too_big', write: () => repos.activityInstances.insert(newActivity('act_rpe', { perceived_difficulty: 11 })) },
          { id: 'act_source', field: 'source', rule: 'invalid_value', write: () => repos.activityInstances.insert(newActivity('act_source', { source: 'imported' })) },
          { id: 'act_instant', field: 'performed_start', rule: 'custom', write: () => repos.activityInstances.insert(newActivity('act_instant', { performed_start: '10/03/2024 07:00' })) },
          { id: 'act_order', field: 'performed_end', rule: 'custom', write: () => repos.activityInstances.insert(newActivity('act_order', { performed_end: '2024-04-02T15:59:59.999Z' })) },
          { id: 'act_type', field: 'distance_m', rule: 'invalid_type', write: () => repos.activityInstances.insert(newActivity('act_type', { distance_m: '10 km' })) },
        ];
        for (const { write, field, rule, id } of cases) {
          await expectValidation(write(), field, rule, `activity ${id}`);
          expect(await repos.activityInstances.find(JANE, ActivityInstanceIdSchema.parse(id)), `${id} must not be written`).toBeUndefined();
        }
        await expectValidation(repos.activityStrengthSets.insert(newSet(jane, 'set_rpe', { rpe: 11 })), 'rpe', 'too_big', 'set RPE 11');
        expect(await repos.activityStrengthSets.find(JANE, ActivityStrengthSetIdSchema.parse('set_rpe'))).toBeUndefined();
        await expectValidation(
          repos.userSettings.upsert({ ...jane.user_settings[0]!, hr_max_bpm: 300 }),
          'hr_max_bpm',
          'too_big',
          'settings with HR max 300',
        );
        expect(await repos.userSettings.get(JANE)).toStrictEqual(jane.user_settings[0]);
        await expectValidation(
          repos.muscles.upsertMany([{ id: 'soleus', name: 'Soleus', region: 'lower_leg' }, { id: 'tibialis', name: '', region: 'lower_leg' }]),
          'name',
          'too_small',
          'muscles with an empty name',
        );
        expect(await repos.muscles.find(MuscleIdSchema.parse('soleus'))).toBeUndefined();
      });

      it('rejects unknown columns', async () => {
        const { repos } = await seed(storage());
        const error = await expectValidation(
          repos.activityInstances.insert({ ...newActivity('act_extra'), heart_rate: 150 } as TableRow<'activity_instances'>),
          '',
          'unrecognized_keys',
          'activity with an unknown column',
        );
        expect(error.message).toContain('heart_rate');
        expect(await repos.activityInstances.find(JANE, ActivityInstanceIdSchema.parse('act_extra'))).toBeUndefined();
      });

      it('a batch with one bad row writes none of its rows', async () => {
        const { repos, jane } = await seed(storage());
        const sets = [newSet(jane, 'set_b0', { set_index: 20 }), newSet(jane, 'set_b1', { set_index: 21, reps: -2 }), newSet(jane, 'set_b2', { set_index: 22 })];
        await expectValidation(repos.activityStrengthSets.insertMany(sets), 'reps', 'too_small', 'batch with reps -2');
        for (const set of sets) expect(await repos.activityStrengthSets.find(JANE, set.id), `${set.id} must not be written`).toBeUndefined();
      });

      it('an invalid update changes nothing', async () => {
        const { repos, jane } = await seed(storage());
        const set = jane.activity_strength_sets[1]!;
        await expectValidation(repos.activityStrengthSets.update(JANE, set.id, { rir: 0.3 }), 'rir', 'not_multiple_of', 'RIR 0.3');
        const activity = jane.activity_instances[1]!;
        await expectValidation(
          repos.activityInstances.update(JANE, activity.id, { max_hr_bpm: 100 }),
          'max_hr_bpm',
          'custom',
          'max HR below average HR',
        );
        expect(await repos.activityStrengthSets.get(JANE, set.id)).toStrictEqual(set);
        expect(await repos.activityInstances.get(JANE, activity.id)).toStrictEqual(activity);
      });

      it('rejects invalid list paging and analytics ranges', async () => {
        const { repos } = await seed(storage());
        await expectValidation(repos.activityInstances.list(JANE, { limit: 0 }), 'limit', null, 'limit 0');
        await expectValidation(repos.activityInstances.list(JANE, { offset: -1 }), 'offset', null, 'offset -1');
        await expectValidation(
          repos.analytics.weeklyDurationByDiscipline(JANE, { from: '2024-03-10', to: '2024-03-01' }),
          'to',
          'custom',
          'range ending before it starts',
        );
        const error = await rejectionOf(
          repos.analytics.categoricalValues({ field: { table: 'activity_instances', column: 'notes' } }),
          'categorical values of a column that is not open categorical',
        );
        expect(error).toBeInstanceOf(ValidationError);
      });
    });
  });
}
