import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStorage, type SqliteDatabaseHandle } from './index.js';

describe('createSqliteStorage', () => {
  it('adopts a better-sqlite3 database (a SqliteDatabaseHandle) and leaves it open on close()', async () => {
    const database: SqliteDatabaseHandle = new Database(':memory:');
    database.pragma('cache_size = -1234');
    const storage = await createSqliteStorage({ database, migrate: true });
    expect(storage.location).toBe('SQLite database');
    expect(storage.native).toEqual({ dialect: 'sqlite', database });
    await storage.users.insert({ id: 'usr_1', created_at: '2025-03-01T08:00:00.000Z' } as never);
    await storage.close();
    expect(database.open).toBe(true);
    expect(database.prepare('select count(*) as n from users').get()).toEqual({ n: 1 });
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    // A handed-in database keeps its own page cache.
    expect(database.pragma('cache_size', { simple: true })).toBe(-1234);
    database.close();
  });

  it('gives a database it opens a 64 MiB page cache, or the size asked for', async () => {
    const opened = await createSqliteStorage({ path: ':memory:' });
    expect(opened.native.database.pragma('cache_size', { simple: true })).toBe(-65536);
    await opened.close();
    const database: SqliteDatabaseHandle = new Database(':memory:');
    const adopted = await createSqliteStorage({ database, cacheSizeMib: 8 });
    expect(database.pragma('cache_size', { simple: true })).toBe(-8192);
    await adopted.close();
    database.close();
  });

  it('closes the database it opened itself', async () => {
    const storage = await createSqliteStorage({ path: ':memory:' });
    expect(storage.location).toBe('SQLite in-memory database');
    await storage.close();
    expect(storage.native.database.open).toBe(false);
  });
});
