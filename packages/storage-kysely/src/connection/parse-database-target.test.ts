import { ConfigError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { parseDatabaseTarget } from './parse-database-target.js';

describe('parseDatabaseTarget', () => {
  it.each([
    ['./trainkit.db', { dialect: 'sqlite', path: './trainkit.db' }],
    ['/var/lib/trainkit/data.sqlite', { dialect: 'sqlite', path: '/var/lib/trainkit/data.sqlite' }],
    ['sqlite:./trainkit.db', { dialect: 'sqlite', path: './trainkit.db' }],
    ['file:./trainkit.db', { dialect: 'sqlite', path: './trainkit.db' }],
    [':memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['sqlite::memory:', { dialect: 'sqlite', path: ':memory:' }],
    ['pglite:memory', { dialect: 'pglite' }],
    ['pglite:', { dialect: 'pglite' }],
    ['pglite:./pgdata', { dialect: 'pglite', dataDir: './pgdata' }],
    ['pglite://./pgdata', { dialect: 'pglite', dataDir: './pgdata' }],
    ['postgres://app:pw@db:5432/trainkit', { dialect: 'postgres', connectionString: 'postgres://app:pw@db:5432/trainkit' }],
    ['postgresql://localhost/trainkit', { dialect: 'postgres', connectionString: 'postgresql://localhost/trainkit' }],
    ['  ./padded.db  ', { dialect: 'sqlite', path: './padded.db' }],
  ])('%s', (target, expected) => {
    expect(parseDatabaseTarget(target)).toEqual(expected);
  });

  it('rejects an empty target and unsupported schemes with ConfigError', () => {
    expect(() => parseDatabaseTarget('')).toThrow(ConfigError);
    expect(() => parseDatabaseTarget('mysql://localhost/db')).toThrow(/unsupported database target scheme "mysql:"/);
  });
});
