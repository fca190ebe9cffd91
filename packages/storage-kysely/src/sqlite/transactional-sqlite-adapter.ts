import { SqliteAdapter } from 'kysely';

/**
 * kysely's SQLite adapter, except that it declares transactional DDL, which SQLite has: migrations then run inside a
 * transaction on SQLite too, so a failing migration leaves nothing half-created.
 */
export class TransactionalSqliteAdapter extends SqliteAdapter {
  override get supportsTransactionalDdl(): boolean {
    return true;
  }
}
