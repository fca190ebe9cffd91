import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { introspectSqliteSchema } from './introspect-sqlite-schema.js';
import type { SqlQuery } from './sql-query.js';

const DDL = `
create table users (id text primary key, created_at text not null default (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')));
create table sessions (
  id text not null,
  user_id text not null references users (id) on delete cascade,
  "check" integer,
  duration_seconds integer check (duration_seconds >= 0),
  note text check (note <> 'check (x)'),
  primary key (user_id, id),
  unique (user_id, "check")
);
create index sessions_user_duration on sessions (user_id, duration_seconds) where duration_seconds is not null;
create index sessions_lower_note on sessions (lower(note));
create view long_sessions as select id from sessions where duration_seconds > 3600;
`;

describe('introspectSqliteSchema', () => {
  let database: Database.Database;
  let query: SqlQuery;

  beforeEach(() => {
    database = new Database(':memory:');
    database.exec(DDL);
    query = async (statement, parameters = []) => database.prepare(statement).all(...parameters) as Record<string, unknown>[];
  });
  afterEach(() => database.close());

  it('reads columns, keys, indexes, foreign keys, checks and views', async () => {
    const snapshot = await introspectSqliteSchema(query);
    expect(snapshot.tables.map((table) => table.name)).toEqual(['sessions', 'users']);
    expect(snapshot.views).toEqual([
      { name: 'long_sessions', definition: 'CREATE VIEW long_sessions as select id from sessions where duration_seconds > 3600' },
    ]);
    const sessions = snapshot.tables[0]!;
    expect(sessions.columns).toEqual([
      { name: 'id', type: 'text', nullable: false, default: null, primaryKeyPosition: 2 },
      { name: 'user_id', type: 'text', nullable: false, default: null, primaryKeyPosition: 1 },
      { name: 'check', type: 'integer', nullable: true, default: null, primaryKeyPosition: 0 },
      { name: 'duration_seconds', type: 'integer', nullable: true, default: null, primaryKeyPosition: 0 },
      { name: 'note', type: 'text', nullable: true, default: null, primaryKeyPosition: 0 },
    ]);
    expect(sessions.checks).toEqual(["duration_seconds >= 0", "note <> 'check (x)'"]);
    expect(sessions.foreignKeys).toEqual([
      { columns: ['user_id'], referencedTable: 'users', referencedColumns: ['id'], onUpdate: 'NO ACTION', onDelete: 'CASCADE' },
    ]);
    expect(sessions.indexes).toEqual([
      { name: 'sessions_lower_note', unique: false, columns: ['<expression>'], predicate: null },
      { name: 'sessions_user_duration', unique: false, columns: ['user_id', 'duration_seconds'], predicate: 'duration_seconds is not null' },
      { name: 'sqlite_autoindex_sessions_1', unique: true, columns: ['user_id', 'id'], predicate: null },
      { name: 'sqlite_autoindex_sessions_2', unique: true, columns: ['user_id', 'check'], predicate: null },
    ]);
    expect(snapshot.tables[1]!.columns[1]).toEqual({
      name: 'created_at',
      type: 'text',
      nullable: false,
      default: "strftime('%Y-%m-%dT%H:%M:%fZ', 'now')",
      primaryKeyPosition: 0,
    });
  });

  it('gives equal snapshots for equal schemas and different ones after any change', async () => {
    const before = await introspectSqliteSchema(query);
    expect(await introspectSqliteSchema(query)).toEqual(before);
    database.exec('drop index sessions_user_duration');
    const withoutIndex = await introspectSqliteSchema(query);
    expect(withoutIndex).not.toEqual(before);
    database.exec('create index sessions_user_duration on sessions (user_id, duration_seconds) where duration_seconds is not null');
    expect(await introspectSqliteSchema(query)).toEqual(before);
    database.exec('alter table users add column nickname text');
    expect(await introspectSqliteSchema(query)).not.toEqual(before);
  });

  it('ignores SQLite internal tables', async () => {
    database.exec('create table counters (id integer primary key autoincrement)');
    const snapshot = await introspectSqliteSchema(query);
    expect(snapshot.tables.map((table) => table.name)).toEqual(['counters', 'sessions', 'users']);
  });
});
