import { StorageError } from '@trainkit/core';
import type {
  CompiledQuery,
  DatabaseConnection,
  DatabaseIntrospector,
  Dialect,
  DialectAdapter,
  Driver,
  Kysely,
  QueryCompiler,
  QueryResult,
  TransactionSettings,
} from 'kysely';
import { diagnoseSqliteForeignKey } from '../errors/diagnose-sqlite-foreign-key.js';
import { translateDriverError } from '../errors/translate-driver-error.js';
import { isSqliteForeignKeyError } from '../errors/translate-sqlite-error.js';
import { sqlFamilyOf, type StorageDialect } from './storage-dialect.js';
import { entityOfQuery } from './query-entity.js';

/** Translates what a statement threw, given the connection it failed on (still held). */
type TranslateQueryError = (error: unknown, query: CompiledQuery, connection: DatabaseConnection) => Promise<Error>;

/**
 * Wraps a kysely dialect so that every driver error (connecting, querying, committing) surfaces as one of
 * trainkit's typed errors, with the statement's table as entity. Repositories, migrations and raw `sql` queries all
 * go through it, so no code path can leak a dialect-specific error. On SQLite, a failed foreign key is diagnosed on
 * the same connection before the error is thrown, so the error names the foreign key as PostgreSQL's does.
 */
export class ErrorTranslatingDialect implements Dialect {
  readonly #inner: Dialect;
  readonly #dialect: StorageDialect;

  constructor(inner: Dialect, dialect: StorageDialect) {
    this.#inner = inner;
    this.#dialect = dialect;
  }

  createDriver(): Driver {
    return new ErrorTranslatingDriver(this.#inner.createDriver(), this.#dialect);
  }

  createQueryCompiler(): QueryCompiler {
    return this.#inner.createQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return this.#inner.createAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return this.#inner.createIntrospector(db);
  }
}

class ErrorTranslatingDriver implements Driver {
  readonly #inner: Driver;
  readonly #dialect: StorageDialect;
  readonly #wrapped = new WeakMap<DatabaseConnection, ErrorTranslatingConnection>();
  #destroyed = false;

  constructor(inner: Driver, dialect: StorageDialect) {
    this.#inner = inner;
    this.#dialect = dialect;
  }

  #translate(error: unknown, entity?: string): Error {
    return translateDriverError(this.#dialect, error, entity === undefined ? {} : { entity });
  }

  async #run<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw this.#translate(error);
    }
  }

  init(): Promise<void> {
    return this.#run(() => this.#inner.init());
  }

  readonly #translateQueryError: TranslateQueryError = async (error, query, connection) => {
    const entity = entityOfQuery(query.query);
    const foreignKey =
      sqlFamilyOf(this.#dialect) === 'sqlite' && isSqliteForeignKeyError(error)
        ? await diagnoseSqliteForeignKey(connection, query, entity)
        : undefined;
    return translateDriverError(this.#dialect, error, {
      ...(entity === undefined ? {} : { entity }),
      ...(foreignKey === undefined ? {} : { foreignKey }),
    });
  };

  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.#destroyed) throw new StorageError('the storage is closed');
    const inner = await this.#run(() => this.#inner.acquireConnection());
    let wrapped = this.#wrapped.get(inner);
    if (!wrapped) {
      wrapped = new ErrorTranslatingConnection(inner, this.#translateQueryError, (error, entity) => this.#translate(error, entity));
      this.#wrapped.set(inner, wrapped);
    }
    return wrapped;
  }

  beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    return this.#run(() => this.#inner.beginTransaction(unwrap(connection), settings));
  }

  commitTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#run(() => this.#inner.commitTransaction(unwrap(connection)));
  }

  rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    return this.#run(() => this.#inner.rollbackTransaction(unwrap(connection)));
  }

  savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#run(async () => {
      if (!this.#inner.savepoint) throw new Error('this dialect does not support savepoints');
      await this.#inner.savepoint(unwrap(connection), name, compile);
    });
  }

  rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#run(async () => {
      if (!this.#inner.rollbackToSavepoint) throw new Error('this dialect does not support savepoints');
      await this.#inner.rollbackToSavepoint(unwrap(connection), name, compile);
    });
  }

  releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    return this.#run(async () => {
      if (!this.#inner.releaseSavepoint) throw new Error('this dialect does not support savepoints');
      await this.#inner.releaseSavepoint(unwrap(connection), name, compile);
    });
  }

  releaseConnection(connection: DatabaseConnection): Promise<void> {
    return this.#inner.releaseConnection(unwrap(connection));
  }

  destroy(): Promise<void> {
    this.#destroyed = true;
    return this.#run(() => this.#inner.destroy());
  }
}

class ErrorTranslatingConnection implements DatabaseConnection {
  readonly inner: DatabaseConnection;
  readonly #translateQueryError: TranslateQueryError;
  readonly #translate: (error: unknown, entity?: string) => Error;

  constructor(inner: DatabaseConnection, translateQueryError: TranslateQueryError, translate: (error: unknown, entity?: string) => Error) {
    this.inner = inner;
    this.#translateQueryError = translateQueryError;
    this.#translate = translate;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    try {
      return await this.inner.executeQuery<R>(compiledQuery);
    } catch (error) {
      throw await this.#translateQueryError(error, compiledQuery, this.inner);
    }
  }

  async *streamQuery<R>(compiledQuery: CompiledQuery, chunkSize?: number): AsyncIterableIterator<QueryResult<R>> {
    try {
      yield* this.inner.streamQuery<R>(compiledQuery, chunkSize);
    } catch (error) {
      throw this.#translate(error, entityOfQuery(compiledQuery.query));
    }
  }
}

function unwrap(connection: DatabaseConnection): DatabaseConnection {
  return connection instanceof ErrorTranslatingConnection ? connection.inner : connection;
}
