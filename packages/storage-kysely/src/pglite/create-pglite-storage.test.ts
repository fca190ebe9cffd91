import { PGlite } from '@electric-sql/pglite';
import { describe, expect, it } from 'vitest';
import { createPgliteStorage, type PgliteClientHandle } from './index.js';

describe('createPgliteStorage', () => {
  it('adopts a PGlite instance (a PgliteClientHandle) and leaves it open on close()', async () => {
    const instance: PgliteClientHandle = new PGlite();
    const storage = await createPgliteStorage({ instance, migrate: true });
    expect(storage.location).toBe('PGlite (caller-provided instance)');
    expect(storage.native).toEqual({ dialect: 'pglite', client: instance });
    await storage.users.insert({ id: 'usr_1', created_at: '2025-03-01T08:00:00.000Z' } as never);
    await storage.close();
    expect(instance.closed).toBe(false);
    expect((await instance.query<{ n: number }>('select count(*)::int as n from users')).rows).toEqual([{ n: 1 }]);
    await instance.close();
  });

  it('closes the in-memory instance it created itself', async () => {
    const storage = await createPgliteStorage();
    expect(storage.location).toBe('PGlite in-memory database');
    await storage.close();
    expect(storage.native.client.closed).toBe(true);
  });
});
