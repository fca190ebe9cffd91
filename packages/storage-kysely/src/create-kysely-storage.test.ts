import { ConfigError, ConflictError, StorageError, ValidationError, type UserId } from '@trainkit/core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKyselyStorage } from './create-kysely-storage.js';
import { createPostgresStorage } from './postgres/index.js';
import { createSqliteStorage, sqliteDriver } from './sqlite/index.js';
import { createTestDatabase } from './testing/index.js';
import { TEST_DIALECTS, openTestStorage, postgresAdminUrl, skipReason, type TestStorage } from './test-support/test-dialects.js';

const NOW = '2025-03-04T18:10:00.000Z';
const USER = 'usr_1' as UserId;

function activity(index: number, overrides: Record<string, unknown> = {}) {
  const start = new Date(Date.UTC(2024, 0, 1) + index * 3_600_000).toISOString();
  return {
    id: `act_${String(index).padStart(5, '0')}`,
    user_id: USER,
    source: 'manual',
    performed_start: start,
    utc_offset_minutes: 0,
    local_date: start.slice(0, 10),
    duration_seconds: 1800,
    created_at: NOW,
    updated_at: NOW,
    ...overrides,
  };
}

async function count(test: TestStorage): Promise<number> {
  const row = await test.storage.kysely.selectFrom('activity_instances').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: createKyselyStorage`, () => {
    let test: TestStorage;

    beforeAll(async () => {
      test = await openTestStorage(dialect);
      await test.storage.users.insert({ id: USER, created_at: NOW } as never);
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('reports its dialect and a password-free location', () => {
      expect(test.storage.dialect).toBe(dialect);
      expect(test.storage.location).not.toMatch(/:[^@/:]+@/);
    });

    it('insertMany splits into statements within the parameter limit and is all-or-nothing', async () => {
      const rows = Array.from({ length: 1234 }, (_, index) => activity(index));
      expect(await test.storage.activityInstances.insertMany(rows as never)).toBe(1234);
      expect(await count(test)).toBe(1234);

      // A duplicate key in the third statement: the first two statements are rolled back with it.
      const more = Array.from({ length: 1100 }, (_, index) => activity(5000 + index));
      more[1050] = activity(3);
      const conflict = await test.storage.activityInstances.insertMany(more as never).catch((error: unknown) => error);
      expect(conflict).toBeInstanceOf(ConflictError);
      expect(conflict).toMatchObject({ entity: 'activity_instances', kind: 'unique' });
      expect(await count(test)).toBe(1234);
    });

    it('large batches (pipelined on PostgreSQL) are all-or-nothing too, for a bad row or a conflict in a late chunk', async () => {
      const sample = (index: number) => ({
        id: `big_${index}`,
        user_id: USER,
        activity_instance_id: 'act_00000',
        metric_type: 'heart_rate_bpm',
        recorded_at: new Date(Date.UTC(2024, 0, 1) + index * 1000).toISOString(),
        value: 120,
      });
      const samples = async () => Number((await test.storage.kysely.selectFrom('metric_samples').select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      const rows = Array.from({ length: 12_000 }, (_, index) => sample(index));
      rows[11_000] = { ...sample(11_000), value: 'fast' as never };
      const invalid = await test.storage.metricSamples.insertMany(rows as never).catch((error: unknown) => error);
      expect(invalid).toBeInstanceOf(ValidationError);
      expect((invalid as ValidationError).issues[0]).toMatchObject({ path: 'value', rule: 'invalid_type' });
      expect((invalid as ValidationError).issues[0]!.message).toMatch(/^row 11000: /);
      expect(await samples()).toBe(0);

      rows[11_000] = sample(3);
      const duplicate = await test.storage.metricSamples.insertMany(rows as never).catch((error: unknown) => error);
      expect(duplicate).toMatchObject({ entity: 'metric_samples', kind: 'unique' });
      expect(await samples()).toBe(0);

      rows[11_000] = { ...sample(11_000), activity_instance_id: 'act_of_nobody' };
      const orphan = await test.storage.metricSamples.insertMany(rows as never).catch((error: unknown) => error);
      expect(orphan).toMatchObject({ entity: 'metric_samples', kind: 'foreign_key' });
      expect(await samples()).toBe(0);

      rows[11_000] = sample(11_000);
      expect(await test.storage.metricSamples.insertMany(rows as never)).toBe(12_000);
      expect(await samples()).toBe(12_000);
    });

    it('validates every row before writing any, naming the row, the field and the rule', async () => {
      const rows = [activity(9000), activity(9001), activity(9002, { duration_seconds: -5 })];
      const error = await test.storage.activityInstances.insertMany(rows as never).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ValidationError);
      const issue = (error as ValidationError).issues[0]!;
      expect(issue).toMatchObject({ path: 'duration_seconds', rule: 'too_small' });
      expect(issue.message).toMatch(/^row 2: /);
      expect((error as ValidationError).subject).toBe('activity_instances');
      expect(await test.storage.activityInstances.find(USER, 'act_09000' as never)).toBeUndefined();
    });

    it('transaction: commits on success, rolls everything back and rethrows the same error on failure', async () => {
      const before = await count(test);
      const value = await test.storage.transaction(async (tx) => {
        await tx.activityInstances.insert(activity(20_000) as never);
        return 'done';
      });
      expect(value).toBe('done');
      expect(await count(test)).toBe(before + 1);

      const failure = new Error('boom');
      const thrown = await test.storage
        .transaction(async (tx) => {
          await tx.activityInstances.insert(activity(20_001) as never);
          await tx.activityStrengthSets.insertMany([] as never);
          await tx.users.update(USER, { display_name: 'Changed' } as never);
          throw failure;
        })
        .catch((error: unknown) => error);
      expect(thrown).toBe(failure);
      expect(await count(test)).toBe(before + 1);
      expect((await test.storage.users.get(USER)).display_name).toBeNull();
    });

    it('transaction: a ConflictError inside rolls back the earlier writes of the same transaction', async () => {
      const before = await count(test);
      const thrown = await test.storage
        .transaction(async (tx) => {
          await tx.activityInstances.insert(activity(30_000) as never);
          await tx.activityInstances.insert(activity(30_000) as never);
        })
        .catch((error: unknown) => error);
      expect(thrown).toBeInstanceOf(ConflictError);
      expect(await count(test)).toBe(before);
    });

    it('transaction: a failed batch inside it is undone alone (savepoint); the transaction goes on and commits', async () => {
      const before = await count(test);
      const result = await test.storage.transaction(async (tx) => {
        await tx.activityInstances.insert(activity(50_000) as never);
        const batch = Array.from({ length: 900 }, (_, index) => activity(51_000 + index));
        const invalid = await tx.activityInstances
          .insertMany([...batch.slice(0, 800), activity(52_000, { duration_seconds: -1 }), ...batch.slice(800)] as never)
          .catch((error: unknown) => error);
        expect(invalid).toBeInstanceOf(ValidationError);
        const conflicting = await tx.activityInstances.insertMany([...batch, activity(50_000)] as never).catch((error: unknown) => error);
        expect(conflicting).toBeInstanceOf(ConflictError);
        await tx.activityInstances.insert(activity(50_001) as never);
        return tx.activityInstances.list(USER, { where: { id: ['act_50000', 'act_50001', 'act_51000'] } as never });
      });
      expect(result.map((row) => row.id)).toEqual(['act_50000', 'act_50001']);
      expect(await count(test)).toBe(before + 2);
    });

    it('transaction: the repositories of a settled transaction refuse to run', async () => {
      let kept: Parameters<Parameters<typeof test.storage.transaction>[0]>[0] | undefined;
      await test.storage.transaction(async (tx) => {
        kept = tx;
      });
      const error = await kept!.users.find(USER).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(StorageError);
      expect((error as Error).message).toMatch(/transaction has ended/);
    });

    it('transaction: writes made outside the transaction while it runs are not rolled back with it', async () => {
      const before = await count(test);
      let release!: () => void;
      const gate = new Promise<void>((resolve) => (release = resolve));
      const inside = test.storage
        .transaction(async (tx) => {
          await tx.activityInstances.insert(activity(40_000) as never);
          await gate;
          throw new Error('roll back the inside write only');
        })
        .catch(() => 'rolled back');
      await new Promise((resolve) => setTimeout(resolve, 20));
      const outside = test.storage.activityInstances.insert(activity(40_001) as never);
      release();
      expect(await inside).toBe('rolled back');
      await outside;
      expect(await test.storage.activityInstances.find(USER, 'act_40000' as never)).toBeUndefined();
      expect(await test.storage.activityInstances.find(USER, 'act_40001' as never)).toBeDefined();
      expect(await count(test)).toBe(before + 1);
    });

    it('workout_logs is a read-only view of every performed activity', async () => {
      const logs = await test.storage.kysely.selectFrom('workout_logs').select(['id', 'source', 'local_date']).where('user_id', '=', USER).execute();
      const activities = await test.storage.activityInstances.list(USER);
      expect(logs.map((log) => log.id).sort()).toEqual(activities.map((activity) => activity.id).sort());
      expect(logs.length).toBeGreaterThan(0);
    });

    it('update validates the merged row and refuses to change the owner or the id', async () => {
      const updated = await test.storage.activityInstances.update(USER, 'act_00000' as never, { notes: 'Jane’s Apple Watch', duration_seconds: 1900 } as never);
      expect(updated).toMatchObject({ notes: 'Jane’s Apple Watch', duration_seconds: 1900, performed_start: '2024-01-01T00:00:00.000Z' });
      const owner = await test.storage.activityInstances.update(USER, 'act_00000' as never, { user_id: 'usr_2' } as never).catch((error: unknown) => error);
      expect(owner).toBeInstanceOf(ValidationError);
      expect((owner as ValidationError).issues[0]).toMatchObject({ path: 'user_id', rule: 'immutable' });
      const bad = await test.storage.activityInstances.update(USER, 'act_00000' as never, { local_date: '2024-01-02' } as never).catch((error: unknown) => error);
      expect(bad).toBeInstanceOf(ValidationError);
      expect((bad as ValidationError).issues[0]?.path).toBe('local_date');
    });
  });
}

describe('createKyselyStorage options', () => {
  it('rejects a missing or unknown driver with ConfigError naming the dialect entries', async () => {
    await expect(createKyselyStorage({ dialect: 'mysql' } as never)).rejects.toBeInstanceOf(ConfigError);
    await expect(createKyselyStorage({ driver: { dialect: 'mysql', open: async () => ({}) } } as never)).rejects.toThrow(
      /unsupported storage driver \(dialect "mysql"\): pass sqliteDriver/,
    );
    await expect(createKyselyStorage(undefined as never)).rejects.toBeInstanceOf(ConfigError);
  });

  it('rejects a SQLite storage with neither a path nor a database (no silent in-memory database)', async () => {
    await expect(createSqliteStorage({})).rejects.toThrow(ConfigError);
    await expect(createSqliteStorage({ path: '  ' })).rejects.toThrow(/needs a path/);
  });

  it('a driver is lazy: nothing opens until createKyselyStorage, and close() releases it once', async () => {
    const driver = sqliteDriver({ path: ':memory:' });
    expect(driver.dialect).toBe('sqlite');
    const storage = await createKyselyStorage({ driver, migrate: true });
    expect(storage.location).toBe('SQLite in-memory database');
    expect(storage.native.database.open).toBe(true);
    await storage.close();
    expect(storage.native.database.open).toBe(false);
  });

  it.skipIf(!postgresAdminUrl())('works with a caller-provided pg pool using pg default type parsers, in any process time zone', async () => {
    const database = await createTestDatabase(postgresAdminUrl()!, 'tk_pool');
    const pool = new pg.Pool({ connectionString: database.url, max: 2 });
    const zone = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      const storage = await createPostgresStorage({ pool, migrate: true });
      await storage.users.insert({ id: USER, created_at: NOW } as never);
      await storage.userProfiles.upsert({ user_id: USER, date_of_birth: '1990-04-12', created_at: NOW, updated_at: NOW } as never);
      await storage.activityInstances.insert(activity(1) as never);
      process.env.TZ = 'America/Los_Angeles';
      expect((await storage.userProfiles.get(USER)).date_of_birth).toBe('1990-04-12');
      expect((await storage.activityInstances.get(USER, 'act_00001' as never)).performed_start).toBe('2024-01-01T01:00:00.000Z');
      expect((await storage.activityInstances.get(USER, 'act_00001' as never)).local_date).toBe('2024-01-01');
      await storage.close();
      // The caller's pool stays open.
      expect((await pool.query('select 1 as one')).rows[0].one).toBe(1);
    } finally {
      if (zone === undefined) delete process.env.TZ;
      else process.env.TZ = zone;
      await pool.end();
      await database.drop();
    }
  });

  it('migrate: true migrates on open; a SQLite file gets WAL and foreign keys', async () => {
    const { mkdtempSync, rmSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const directory = mkdtempSync(join(tmpdir(), 'trainkit-wal-'));
    try {
      const storage = await createSqliteStorage({ path: join(directory, 'trainkit.db'), migrate: true });
      const native = storage.native;
      expect(native.dialect).toBe('sqlite');
      expect(native.database.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(native.database.pragma('foreign_keys', { simple: true })).toBe(1);
      expect((await storage.migrations.status()).every((entry) => entry.executedAt !== null)).toBe(true);
      await storage.close();
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
