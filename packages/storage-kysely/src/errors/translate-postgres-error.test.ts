import { ConflictError, StorageError, StorageUnavailableError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { translatePostgresError } from './translate-postgres-error.js';

/** The fields `pg` and PGlite put on a server error. */
function serverError(code: string, fields: Record<string, string> = {}): Error {
  return Object.assign(new Error(`server error ${code}`), { code, severity: 'ERROR', ...fields });
}

describe('translatePostgresError', () => {
  it.each([
    ['23505', 'unique'],
    ['23503', 'foreign_key'],
    ['23001', 'foreign_key'],
    ['23514', 'check'],
    ['23502', 'not_null'],
  ] as const)('maps SQLSTATE %s to ConflictError %s, naming the given entity', (code, kind) => {
    const error = serverError(code, { table: 'reported_table', constraint: 'some_constraint' });
    expect(translatePostgresError(error, { entity: 'goals' })).toMatchObject({ entity: 'goals', kind, cause: error });
    expect(translatePostgresError(error)).toMatchObject({ entity: 'reported_table', kind });
    expect(translatePostgresError(error)).toBeInstanceOf(ConflictError);
  });

  it.each(['08006', '08001', '28P01', '3D000', '57P01', '53300'])('maps SQLSTATE %s to StorageUnavailableError', (code) => {
    expect(translatePostgresError(serverError(code))).toBeInstanceOf(StorageUnavailableError);
  });

  it.each(['ECONNREFUSED', 'ENOTFOUND', 'ETIMEDOUT', 'ECONNRESET'])('maps socket error %s to StorageUnavailableError', (code) => {
    const error = Object.assign(new Error(`connect ${code} 127.0.0.1:1`), { code });
    expect(translatePostgresError(error)).toBeInstanceOf(StorageUnavailableError);
  });

  it('maps lost connections to StorageUnavailableError and other failures to StorageError', () => {
    expect(translatePostgresError(new Error('Connection terminated unexpectedly'))).toBeInstanceOf(StorageUnavailableError);
    const syntax = translatePostgresError(serverError('42601'), { entity: 'users' });
    expect(syntax).toBeInstanceOf(StorageError);
    expect(syntax.message).toBe('PostgreSQL statement failed on users (42601): server error 42601');
  });

  it('names a foreign key of trainkit\'s schema by its constraint, in both directions, like SQLite', () => {
    const missing = serverError('23503', {
      table: 'activity_instances',
      constraint: 'fk_activity_instances_user_id',
      detail: 'Key (user_id)=(usr_missing) is not present in table "users".',
    });
    expect(translatePostgresError(missing, { entity: 'activity_instances' })).toMatchObject({
      entity: 'activity_instances',
      kind: 'foreign_key',
      foreignKey: { table: 'activity_instances', columns: ['user_id'], references: { table: 'users', columns: ['id'] } },
      message: 'activity_instances: referenced row missing (foreign key activity_instances.user_id -> users.id)',
    });
    for (const referenced of [
      serverError('23001', { table: 'activity_definitions', constraint: 'fk_activity_definitions_discipline_id' }),
      serverError('23503', {
        table: 'activity_definitions',
        constraint: 'fk_activity_definitions_discipline_id',
        detail: 'Key (id)=(running) is still referenced from table "activity_definitions".',
      }),
    ]) {
      // Without a statement entity, the deleted-from table is the entity (the server reports the referencing one).
      expect(translatePostgresError(referenced)).toMatchObject({
        entity: 'disciplines',
        foreignKey: { table: 'activity_definitions', columns: ['discipline_id'], references: { table: 'disciplines', columns: ['id'] } },
        message: 'disciplines: row still referenced (foreign key activity_definitions.discipline_id -> disciplines.id)',
      });
    }
  });

  it('keeps the server\'s detail for a foreign key of another schema', () => {
    const error = serverError('23503', { table: 'orders', constraint: 'orders_customer_fkey', detail: 'Key (customer_id)=(7) is not present in table "customers".' });
    const translated = translatePostgresError(error);
    expect(translated).toMatchObject({ entity: 'orders', kind: 'foreign_key' });
    expect((translated as ConflictError).foreignKey).toBeUndefined();
    expect(translated.message).toContain('Key (customer_id)=(7) is not present in table "customers".');
  });
});
