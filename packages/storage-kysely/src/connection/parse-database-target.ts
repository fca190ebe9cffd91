import { ConfigError } from '@trainkit/core';
import type { DatabaseTarget } from './database-target.js';

/**
 * Turns a one-string database target (a CLI flag, an environment variable) into a {@link DatabaseTarget}.
 *
 * | target | result |
 * |---|---|
 * | `postgres://…`, `postgresql://…` | `{ dialect: 'postgres', connectionString }` |
 * | `pglite:memory`, `pglite::memory:` | `{ dialect: 'pglite' }` (in memory) |
 * | `pglite:./dir` | `{ dialect: 'pglite', dataDir: './dir' }` |
 * | `:memory:`, `sqlite::memory:`, `sqlite:memory` | `{ dialect: 'sqlite', path: ':memory:' }` |
 * | `sqlite:./file.db`, `file:./file.db`, `./file.db` | `{ dialect: 'sqlite', path: './file.db' }` |
 *
 * A scheme without a location (`sqlite:`, `file:`, `pglite:`) is a mistake, not an in-memory database: data written
 * there would vanish when the process exits. Ask for memory explicitly.
 *
 * @param target - The target string.
 * @returns Where the database is, for the matching dialect entry.
 * @throws {ConfigError} When the target is empty, has a scheme but no location, or names an unsupported scheme
 * (e.g. `mysql://`).
 *
 * @example
 * ```ts
 * parseDatabaseTarget('./trainkit.db'); // { dialect: 'sqlite', path: './trainkit.db' }
 * parseDatabaseTarget('pglite:memory'); // { dialect: 'pglite' }
 * parseDatabaseTarget('postgres://app@localhost/trainkit'); // { dialect: 'postgres', connectionString: '…' }
 * ```
 */
export function parseDatabaseTarget(target: string): DatabaseTarget {
  const value = target.trim();
  if (value === '') throw new ConfigError('database target is empty: give a file path, pglite:<dir> or postgres://…');
  if (/^postgres(ql)?:\/\//i.test(value)) return { dialect: 'postgres', connectionString: value };
  const pglite = /^pglite:(.*)$/i.exec(value);
  if (pglite) {
    const rest = (pglite[1] ?? '').replace(/^\/\//, '').trim();
    if (rest === '') {
      throw new ConfigError(`database target "${value}" has no directory: give pglite:<dir>, or pglite:memory for an in-memory database`);
    }
    if (rest.toLowerCase() === 'memory' || rest === ':memory:') return { dialect: 'pglite' };
    return { dialect: 'pglite', dataDir: rest };
  }
  const sqlite = /^(sqlite|file):(.*)$/i.exec(value);
  if (sqlite) {
    const rest = (sqlite[2] ?? '').replace(/^\/\//, '').trim();
    if (rest === '') {
      throw new ConfigError(
        `database target "${value}" has no path: give ${sqlite[1]}:<path>, or :memory: for an in-memory database`,
      );
    }
    if (rest === ':memory:' || rest.toLowerCase() === 'memory') return { dialect: 'sqlite', path: ':memory:' };
    return { dialect: 'sqlite', path: rest };
  }
  const scheme = /^([a-z][a-z0-9+.-]*):\/\//i.exec(value);
  if (scheme) {
    throw new ConfigError(
      `unsupported database target scheme "${scheme[1]}:": use a SQLite file path, pglite:<dir>, pglite:memory or postgres://…`,
    );
  }
  return { dialect: 'sqlite', path: value };
}
