import { MissingDependencyError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { loadOptionalDependency, type OptionalDependency } from './load-optional-dependency.js';

const SQLITE: OptionalDependency = { packageName: 'better-sqlite3', install: 'npm install better-sqlite3@12', feature: '@trainkit/storage-kysely/sqlite' };

function notFound(message: string, code = 'ERR_MODULE_NOT_FOUND'): Error {
  return Object.assign(new Error(message), { code });
}

describe('loadOptionalDependency', () => {
  it('returns what the loader loads', async () => {
    await expect(loadOptionalDependency(SQLITE, async () => ({ default: 42 }))).resolves.toEqual({ default: 42 });
  });

  it.each([
    ["Cannot find package 'better-sqlite3' imported from /app/dist/sqlite/index.js", 'ERR_MODULE_NOT_FOUND'],
    ["Cannot find module 'better-sqlite3'\nRequire stack:\n- /app/dist/sqlite/index.cjs", 'MODULE_NOT_FOUND'],
  ])('turns "%s" into MissingDependencyError naming the package', async (message, code) => {
    const cause = notFound(message, code);
    const error = await loadOptionalDependency(SQLITE, () => Promise.reject(cause)).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect(error).toMatchObject({
      code: 'MISSING_DEPENDENCY',
      packageName: 'better-sqlite3',
      feature: '@trainkit/storage-kysely/sqlite',
      message: 'install better-sqlite3 (npm install better-sqlite3@12) to use @trainkit/storage-kysely/sqlite',
      cause,
    });
  });

  it('rethrows anything else unchanged: a missing dependency of the driver, a broken native build', async () => {
    const transitive = notFound("Cannot find package 'bindings' imported from /app/node_modules/better-sqlite3/lib/database.js");
    await expect(loadOptionalDependency(SQLITE, () => Promise.reject(transitive))).rejects.toBe(transitive);
    const broken = new Error('The module was compiled against a different Node.js version');
    await expect(loadOptionalDependency(SQLITE, () => Promise.reject(broken))).rejects.toBe(broken);
  });
});
