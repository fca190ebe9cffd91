import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteStorage, type SqliteDatabaseHandle } from './index.js';

describe('createSqliteStorage', () => {
  it('adopts a better-sqlite3 database (a SqliteDatabaseHandle) and leaves it open on close()', async () => {
    const database: SqliteDatabaseHandle = new Database(':memory:');
    const storage = await createSqliteStorage({ database, migrate: true });
    expect(storage.location).toBe('SQLite database');
    expect(storage.native).toEqual({ dialect: 'sqlite', database });
    await storage.users.insert({ id: 'usr_1', created_at: '2025-03-01T08:00:00.000Z' } as never);
    await storage.close();
    expect(database.open).toBe(true);
    expect(database.prepare('select count(*) as n from users').get()).toEqual({ n: 1 });
    expect(database.pragma('foreign_keys', { simple: true })).toBe(1);
    database.close();
  });

  it('closes the database it opened itself', async () => {
    const storage = await createSqliteStorage({ path: ':memory:' });
    expect(storage.location).toBe('SQLite in-memory database');
    await storage.close();
    expect(storage.native.database.open).toBe(false);
  });
});
