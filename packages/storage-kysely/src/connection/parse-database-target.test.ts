import { ConfigError } from '@trainkit/core';
import fc from 'fast-check';
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
    ['sqlite:memory', { dialect: 'sqlite', path: ':memory:' }],
    ['pglite:memory', { dialect: 'pglite' }],
    ['pglite::memory:', { dialect: 'pglite' }],
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

  it.each(['sqlite:', 'SQLITE:', 'file:', 'sqlite://', 'sqlite:  ', 'file://'])(
    'rejects %j (a scheme without a path) instead of opening an in-memory database',
    (target) => {
      expect(() => parseDatabaseTarget(target)).toThrow(ConfigError);
      expect(() => parseDatabaseTarget(target)).toThrow(/has no path: give (sqlite|file|SQLITE):<path>, or :memory: for an in-memory database$/);
    },
  );

  it.each(['pglite:', 'pglite://'])('rejects %j (no directory) instead of opening an in-memory database', (target) => {
    expect(() => parseDatabaseTarget(target)).toThrow(/has no directory: give pglite:<dir>, or pglite:memory/);
  });

  it('a plain path means the same with or without sqlite: / file:, and is kept exactly', () => {
    const path = fc
      .stringMatching(/^[\w./ -]{1,40}$/)
      .map((text) => text.trim())
      .filter((text) => text !== '' && !text.startsWith('/') && text.toLowerCase() !== 'memory');
    fc.assert(
      fc.property(path, fc.constantFrom('sqlite:', 'file:', 'SQLite:'), (text, scheme) => {
        expect(parseDatabaseTarget(text)).toEqual({ dialect: 'sqlite', path: text });
        expect(parseDatabaseTarget(`${scheme}${text}`)).toEqual({ dialect: 'sqlite', path: text });
      }),
    );
  });
});
