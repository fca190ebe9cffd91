import { ConflictError, StorageError, StorageUnavailableError, ValidationError } from '@trainkit/core';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { translateSqliteError } from './translate-sqlite-error.js';

/** Runs `statement` on a small real schema and returns what better-sqlite3 threw. */
function driverError(statement: string): unknown {
  const database = new Database(':memory:');
  database.pragma('foreign_keys = ON');
  database.exec(`
    create table parent (id text primary key);
    create table pinned (id text primary key, parent_id text references parent (id) on delete restrict);
    insert into parent (id) values ('p1');
    insert into pinned (id, parent_id) values ('x1', 'p1');
    create table strict_table (n integer) strict;
    create table child (
      id text primary key,
      parent_id text references parent (id),
      code text not null unique,
      size integer constraint ck_child_size check (size > 0)
    );
    insert into child (id, code, size) values ('c1', 'x', 1);
  `);
  try {
    database.exec(statement);
  } catch (error) {
    return error;
  } finally {
    database.close();
  }
  throw new Error(`statement did not fail: ${statement}`);
}

describe('translateSqliteError', () => {
  it.each([
    ['unique', "insert into child (id, code, size) values ('c2', 'x', 1)", 'SQLITE_CONSTRAINT_UNIQUE', 'code'],
    ['unique', "insert into child (id, code, size) values ('c1', 'y', 1)", 'SQLITE_CONSTRAINT_PRIMARYKEY', 'id'],
    ['foreign_key', "insert into child (id, parent_id, code, size) values ('c2', 'nope', 'y', 1)", 'SQLITE_CONSTRAINT_FOREIGNKEY', undefined],
    ['check', "insert into child (id, code, size) values ('c2', 'y', 0)", 'SQLITE_CONSTRAINT_CHECK', 'ck_child_size'],
    ['not_null', "insert into child (id, code, size) values ('c2', null, 1)", 'SQLITE_CONSTRAINT_NOTNULL', 'code'],
    ['foreign_key', "delete from parent where id = 'p1'", 'SQLITE_CONSTRAINT_TRIGGER', undefined],
    ['check', "insert into strict_table (n) values ('not a number')", 'SQLITE_CONSTRAINT_DATATYPE', undefined],
  ] as const)('maps a %s violation (%s) to ConflictError', (kind, statement, code, detail) => {
    const error = driverError(statement);
    expect((error as { code: string }).code).toBe(code);
    const translated = translateSqliteError(error, { entity: 'child' });
    expect(translated).toBeInstanceOf(ConflictError);
    expect(translated).toMatchObject({ entity: 'child', kind, code: 'CONFLICT', cause: error });
    if (detail) expect(translated.message).toContain(detail);
  });

  it('takes the table from the message when no entity is given (unique, not null), else "unknown"', () => {
    expect(translateSqliteError(driverError("insert into child (id, code, size) values ('c2', 'x', 1)"))).toMatchObject({ entity: 'child' });
    expect(
      translateSqliteError(driverError("insert into child (id, parent_id, code, size) values ('c2', 'nope', 'y', 1)")),
    ).toMatchObject({ entity: 'unknown', kind: 'foreign_key' });
  });

  it('maps an unusable file to StorageUnavailableError and anything else to StorageError', () => {
    const readonly = Object.assign(new Error('attempt to write a readonly database'), { code: 'SQLITE_READONLY' });
    expect(translateSqliteError(readonly)).toBeInstanceOf(StorageUnavailableError);
    const io = Object.assign(new Error('disk I/O error'), { code: 'SQLITE_IOERR_WRITE' });
    expect(translateSqliteError(io)).toBeInstanceOf(StorageUnavailableError);
    const syntax = driverError('selec 1');
    const translated = translateSqliteError(syntax, { entity: 'child' });
    expect(translated).toBeInstanceOf(StorageError);
    expect(translated.message).toMatch(/^SQLite statement failed on child \(SQLITE_ERROR\): /);
    expect(translateSqliteError('a string')).toBeInstanceOf(StorageError);
  });

  it('passes trainkit errors through unchanged', () => {
    const error = new ValidationError('x', [{ path: 'a', rule: 'r', message: 'm' }]);
    expect(translateSqliteError(error)).toBe(error);
  });
});
