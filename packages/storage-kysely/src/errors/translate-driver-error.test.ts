/**
 * The same failure gives the same typed error (class, kind, entity) on every dialect, whether it comes from a
 * repository or from a raw kysely statement, and an unreachable database is one StorageUnavailableError.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConflictError, StorageError, StorageUnavailableError, TrainkitError } from '@trainkit/core';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStorage } from '../pglite/index.js';
import { createPostgresStorage } from '../postgres/index.js';
import { createSqliteStorage } from '../sqlite/index.js';
import { TEST_DIALECTS, openTestStorage, postgresAdminUrl, skipReason, type TestStorage } from '../test-support/test-dialects.js';

const NOW = '2025-03-04T18:10:00.000Z';

async function failure(work: () => Promise<unknown>): Promise<TrainkitError> {
  try {
    await work();
  } catch (error) {
    if (error instanceof TrainkitError) return error;
    throw new Error(`expected a TrainkitError, got ${String(error)}`);
  }
  throw new Error('expected the statement to fail');
}

function summary(error: TrainkitError): string {
  if (!(error instanceof ConflictError)) return error.name;
  const foreignKey = error.foreignKey
    ? ` ${error.foreignKey.table}.${error.foreignKey.columns.join(',')} -> ${error.foreignKey.references.table}.${error.foreignKey.references.columns.join(',')}`
    : '';
  return `${error.name} ${error.entity} ${error.kind}${foreignKey}`;
}

for (const dialect of TEST_DIALECTS) {
  describe.skipIf(skipReason(dialect))(`${dialect}: driver errors become trainkit errors`, () => {
    let test: TestStorage;
    let db: Kysely<Record<string, Record<string, unknown>>>;

    beforeAll(async () => {
      test = await openTestStorage(dialect);
      db = test.storage.kysely as unknown as Kysely<Record<string, Record<string, unknown>>>;
      await test.storage.users.insert({ id: 'usr_1', created_at: NOW } as never);
      await test.storage.disciplines.upsertMany([{ id: 'running', slug: 'running', name: 'Running' }] as never);
      await test.storage.activityDefinitions.upsertMany([
        { id: 'trail_running', slug: 'trail_running', name: 'Trail running', category: 'cardio', discipline_id: 'running', default_metric_type: 'distance' },
      ] as never);
    });

    afterAll(async () => {
      await test?.dispose();
    });

    it('raw statements: every constraint family maps to the same class, kind and entity', async () => {
      const activity = {
        id: 'act_1',
        user_id: 'usr_1',
        source: 'manual',
        performed_start: NOW,
        utc_offset_minutes: 0,
        local_date: '2025-03-04',
        visibility: 'private',
        created_at: NOW,
        updated_at: NOW,
      };
      const results = [
        await failure(() => db.insertInto('users').values({ id: 'usr_1', created_at: NOW }).execute()),
        await failure(() => db.insertInto('disciplines').values({ id: 'other', slug: 'running', name: 'Dup' }).execute()),
        await failure(() => db.insertInto('activity_instances').values({ ...activity, user_id: 'usr_missing' }).execute()),
        await failure(() => db.deleteFrom('disciplines').where('id', '=', 'running').execute()),
        await failure(() => db.insertInto('activity_instances').values({ ...activity, source: 'bogus' }).execute()),
        await failure(() => db.insertInto('users').values({ id: 'usr_2' }).execute()),
        await failure(() => sql`select * from no_such_table`.execute(db)),
      ];
      expect(results.map(summary)).toEqual([
        'ConflictError users unique',
        'ConflictError disciplines unique',
        'ConflictError activity_instances foreign_key activity_instances.user_id -> users.id',
        'ConflictError disciplines foreign_key activity_definitions.discipline_id -> disciplines.id',
        'ConflictError activity_instances check',
        'ConflictError users not_null',
        'StorageError',
      ]);
      for (const error of results) expect(error.cause).toBeDefined();
    });

    it('repositories: duplicate keys, missing parents and parents of another user are ConflictErrors naming the table', async () => {
      const { storage } = test;
      await storage.users.insert({ id: 'usr_other', created_at: NOW } as never);
      await storage.plannedSessions.insert({ id: 'ps_other', user_id: 'usr_other', scheduled_date: '2025-03-04', title: 'Theirs', created_at: NOW, updated_at: NOW } as never);
      const activity = { id: 'act_r', user_id: 'usr_1', source: 'manual', performed_start: NOW, utc_offset_minutes: 0, local_date: '2025-03-04', created_at: NOW, updated_at: NOW };
      await storage.activityInstances.insert(activity as never);
      const results = [
        await failure(() => storage.activityInstances.insert(activity as never)),
        await failure(() => storage.activityInstances.insert({ ...activity, id: 'act_s', user_id: 'usr_missing' } as never)),
        await failure(() => storage.activityInstances.insert({ ...activity, id: 'act_t', planned_session_id: 'ps_other' } as never)),
        await failure(() => storage.activityInstances.insert({ ...activity, id: 'act_u', activity_definition_id: 'no_such_definition' } as never)),
        await failure(() => storage.disciplines.delete('running' as never)),
      ];
      expect(results.map(summary)).toEqual([
        'ConflictError activity_instances unique',
        'ConflictError activity_instances foreign_key activity_instances.user_id -> users.id',
        'ConflictError activity_instances foreign_key activity_instances.planned_session_id -> planned_sessions.id',
        'ConflictError activity_instances foreign_key activity_instances.activity_definition_id -> activity_definitions.id',
        'ConflictError disciplines foreign_key activity_definitions.discipline_id -> disciplines.id',
      ]);
      expect(results[1]!.message).toBe('activity_instances: referenced row missing (foreign key activity_instances.user_id -> users.id)');
      expect(results[4]!.message).toBe('disciplines: row still referenced (foreign key activity_definitions.discipline_id -> disciplines.id)');
      expect(await storage.activityInstances.find('usr_1' as never, 'act_t' as never)).toBeUndefined();
    });
  });
}

describe('unreachable databases: one StorageUnavailableError with a one-line reason', () => {
  it('SQLite in a directory that does not exist', async () => {
    const path = join(tmpdir(), 'trainkit-no-such-dir', 'nested', 'trainkit.db');
    const error = await failure(() => createSqliteStorage({ path }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toBe(`cannot open SQLite database at ${path}: Cannot open database because the directory does not exist`);
  });

  it('SQLite at a path that is a directory, or under a regular file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'trainkit-dir-'));
    const file = join(directory, 'plain-file');
    writeFileSync(file, 'not a database');
    for (const path of [directory, join(file, 'trainkit.db'), file]) {
      const error = await failure(() => createSqliteStorage({ path }));
      expect(error).toBeInstanceOf(StorageUnavailableError);
      expect(error.message.split('\n')).toHaveLength(1);
      expect(error.message).toMatch(/^cannot open SQLite database at /);
    }
  });

  it('PGlite with a data directory under a regular file', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'trainkit-pglite-'));
    const file = join(directory, 'plain-file');
    writeFileSync(file, 'x');
    const error = await failure(() => createPgliteStorage({ dataDir: join(file, 'data') }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toMatch(/^cannot open PGlite database at .*plain-file\/data: /);
    expect(error.message.split('\n')).toHaveLength(1);
  });

  it('PostgreSQL with nothing listening, password removed from the message', async () => {
    const port = await new Promise<number>((resolve) => {
      const server = createServer();
      server.listen(0, '127.0.0.1', () => {
        const address = server.address();
        server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
      });
    });
    const error = await failure(() =>
      createPostgresStorage({ connectionString: `postgres://app:s3cret@127.0.0.1:${port}/trainkit`, connectionTimeoutMs: 2000 }),
    );
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toBe(`cannot connect to PostgreSQL at postgres://app:***@127.0.0.1:${port}/trainkit: connect ECONNREFUSED 127.0.0.1:${port}`);
  });

  it.skipIf(!postgresAdminUrl())('PostgreSQL database that does not exist on a running server', async () => {
    const url = new URL(postgresAdminUrl()!);
    url.pathname = '/tk_does_not_exist';
    const error = await failure(() => createPostgresStorage({ connectionString: url.toString() }));
    expect(error).toBeInstanceOf(StorageUnavailableError);
    expect(error.message).toMatch(/database "tk_does_not_exist" does not exist$/);
  });

  it('a storage used after close() throws StorageError', async () => {
    const storage = await createSqliteStorage({ path: ':memory:', migrate: true });
    await storage.close();
    await storage.close();
    const error = await failure(() => storage.users.find('usr_1' as never));
    expect(error).toBeInstanceOf(StorageError);
    expect(error.message).toBe('the storage is closed');
  });
});
