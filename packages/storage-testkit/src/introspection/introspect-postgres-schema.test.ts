import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { introspectPostgresSchema } from './introspect-postgres-schema.js';
import type { SqlQuery } from './sql-query.js';

const DDL = `
create table users (id text primary key, created_at timestamptz not null default now());
create table sessions (
  id text not null,
  user_id text not null references users (id) on delete cascade,
  "check" integer,
  duration_seconds integer check (duration_seconds >= 0),
  payload jsonb,
  weight_kg numeric(6, 2),
  primary key (user_id, id),
  unique (user_id, "check")
);
create index sessions_user_duration on sessions (user_id, duration_seconds) where duration_seconds is not null;
create index sessions_lower_id on sessions (lower(id));
create view long_sessions as select id from sessions where duration_seconds > 3600;
`;

interface PostgresTarget {
  readonly name: string;
  open(): Promise<{ query: SqlQuery; exec: (sql: string) => Promise<void>; close: () => Promise<void> }>;
}

const postgresUrl = inject('postgresUrl');

const TARGETS: readonly (PostgresTarget & { skip: boolean })[] = [
  {
    name: 'pglite',
    skip: false,
    async open() {
      const database = new PGlite();
      return {
        query: async (statement, parameters = []) => (await database.query<Record<string, unknown>>(statement, [...parameters])).rows,
        exec: async (sql) => void (await database.exec(sql)),
        close: () => database.close(),
      };
    },
  },
  {
    name: 'postgres',
    skip: postgresUrl === null,
    async open() {
      const databaseName = `testkit_introspect_${process.pid}_${Date.now()}`;
      const admin = new pg.Client({ connectionString: postgresUrl ?? '' });
      await admin.connect();
      await admin.query(`create database ${databaseName}`);
      const url = new URL(postgresUrl ?? '');
      url.pathname = `/${databaseName}`;
      const client = new pg.Client({ connectionString: url.toString() });
      await client.connect();
      return {
        query: async (statement, parameters = []) => (await client.query(statement, [...parameters])).rows,
        exec: async (sql) => void (await client.query(sql)),
        close: async () => {
          await client.end();
          await admin.query(`drop database ${databaseName}`);
          await admin.end();
        },
      };
    },
  },
];

for (const target of TARGETS) {
  describe.skipIf(target.skip)(`introspectPostgresSchema on ${target.name}`, () => {
    let connection: Awaited<ReturnType<PostgresTarget['open']>>;

    beforeAll(async () => {
      connection = await target.open();
      await connection.exec(DDL);
    });
    afterAll(async () => connection?.close());

    it('reads columns, keys, indexes, foreign keys, checks and views', async () => {
      const snapshot = await introspectPostgresSchema(connection.query);
      expect(snapshot.tables.map((table) => table.name)).toEqual(['sessions', 'users']);
      expect(snapshot.views.map((view) => view.name)).toEqual(['long_sessions']);
      expect(snapshot.views[0]!.definition).toMatch(/duration_seconds > 3600/);
      const sessions = snapshot.tables[0]!;
      expect(sessions.columns).toEqual([
        { name: 'id', type: 'text', nullable: false, default: null, primaryKeyPosition: 2 },
        { name: 'user_id', type: 'text', nullable: false, default: null, primaryKeyPosition: 1 },
        { name: 'check', type: 'integer', nullable: true, default: null, primaryKeyPosition: 0 },
        { name: 'duration_seconds', type: 'integer', nullable: true, default: null, primaryKeyPosition: 0 },
        { name: 'payload', type: 'jsonb', nullable: true, default: null, primaryKeyPosition: 0 },
        { name: 'weight_kg', type: 'numeric(6,2)', nullable: true, default: null, primaryKeyPosition: 0 },
      ]);
      expect(sessions.checks).toEqual(['duration_seconds >= 0']);
      expect(sessions.foreignKeys).toEqual([
        { columns: ['user_id'], referencedTable: 'users', referencedColumns: ['id'], onUpdate: 'NO ACTION', onDelete: 'CASCADE' },
      ]);
      expect(sessions.indexes).toEqual([
        { name: 'sessions_lower_id', unique: false, columns: ['lower(id)'], predicate: null },
        { name: 'sessions_pkey', unique: true, columns: ['user_id', 'id'], predicate: null },
        { name: 'sessions_user_duration', unique: false, columns: ['user_id', 'duration_seconds'], predicate: 'duration_seconds IS NOT NULL' },
        { name: 'sessions_user_id_check_key', unique: true, columns: ['user_id', '"check"'], predicate: null },
      ]);
      expect(snapshot.tables[1]!.columns[1]).toEqual({
        name: 'created_at',
        type: 'timestamp with time zone',
        nullable: false,
        default: 'now()',
        primaryKeyPosition: 0,
      });
    });

    it('gives equal snapshots for equal schemas and different ones after any change', async () => {
      const before = await introspectPostgresSchema(connection.query);
      expect(await introspectPostgresSchema(connection.query)).toEqual(before);
      await connection.exec('alter table sessions alter column weight_kg set not null');
      expect(await introspectPostgresSchema(connection.query)).not.toEqual(before);
      await connection.exec('alter table sessions alter column weight_kg drop not null');
      expect(await introspectPostgresSchema(connection.query)).toEqual(before);
      await connection.exec('alter table sessions drop constraint sessions_duration_seconds_check');
      expect(await introspectPostgresSchema(connection.query)).not.toEqual(before);
    });
  });
}
