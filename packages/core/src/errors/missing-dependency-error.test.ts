import { describe, expect, it } from 'vitest';
import { MissingDependencyError } from './missing-dependency-error.js';
import { isTrainkitError } from './trainkit-error.js';

describe('MissingDependencyError', () => {
  it('names the package, the install command and the feature, with a stable code', () => {
    const cause = Object.assign(new Error("Cannot find package 'better-sqlite3'"), { code: 'ERR_MODULE_NOT_FOUND' });
    const error = new MissingDependencyError('better-sqlite3', '@trainkit/storage-kysely/sqlite', 'npm install better-sqlite3@12', { cause });
    expect(error.message).toBe('install better-sqlite3 (npm install better-sqlite3@12) to use @trainkit/storage-kysely/sqlite');
    expect(error).toMatchObject({ name: 'MissingDependencyError', code: 'MISSING_DEPENDENCY', packageName: 'better-sqlite3', cause });
    expect(isTrainkitError(error, 'MISSING_DEPENDENCY')).toBe(true);
  });

  it('suggests a plain npm install by default', () => {
    expect(new MissingDependencyError('pg', 'PostgreSQL storage').message).toBe('install pg (npm install pg) to use PostgreSQL storage');
  });
});
