import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createKyselyStorage, type KyselyStorage } from '@trainkit/storage-kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';
import { resolveDatabaseTarget, storageDriverFor } from './open-storage.js';

afterAll(removeTempDirs);

/** The page cache of an open SQLite storage, in KiB. */
function cacheKib(storage: KyselyStorage): number {
  const native = storage.native as { readonly database: { pragma(source: string, options: { simple: true }): unknown } };
  return -Number(native.database.pragma('cache_size', { simple: true }));
}

describe('resolveDatabaseTarget and storageDriverFor', () => {
  it('resolve relative SQLite paths and PGlite directories against the CLI working directory', () => {
    expect(resolveDatabaseTarget('./trainkit.db', '/home/ada')).toEqual({ dialect: 'sqlite', path: '/home/ada/trainkit.db' });
    expect(resolveDatabaseTarget(':memory:', '/home/ada')).toEqual({ dialect: 'sqlite', path: ':memory:' });
    expect(resolveDatabaseTarget('pglite:data', '/home/ada')).toEqual({ dialect: 'pglite', dataDir: '/home/ada/data' });
    expect(resolveDatabaseTarget('postgres://app@db/trainkit', '/home/ada')).toEqual({
      dialect: 'postgres',
      connectionString: 'postgres://app@db/trainkit',
    });
  });

  it('map every dialect to its driver, opening nothing until the storage opens', async () => {
    const cwd = makeTempDir();
    const target = resolveDatabaseTarget('opened.db', cwd);
    expect(['sqlite', 'pglite', 'postgres'].map((dialect) => storageDriverFor({ ...target, dialect } as never).dialect)).toEqual([
      'sqlite',
      'pglite',
      'postgres',
    ]);
    const driver = storageDriverFor(target);
    expect(existsSync(join(cwd, 'opened.db'))).toBe(false);
    const storage = await createKyselyStorage({ driver });
    expect(storage.location).toBe(`SQLite database at ${join(cwd, 'opened.db')}`);
    expect(cacheKib(storage)).toBe(64 * 1024);
    await storage.close();
    const small = await createKyselyStorage({ driver: storageDriverFor(target, 16) });
    expect(cacheKib(small)).toBe(16 * 1024);
    await small.close();
  });
});

describe('--db', () => {
  it.each(['sqlite:', 'file:', 'pglite:'])('%s (a scheme without a location) is refused with exit 2, nothing is logged', async (db) => {
    const cwd = makeTempDir();
    const result = await runInProcess(['db', 'status', '--db', db], { cwd });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/has no (path|directory): give .*memory/);
  });
});
