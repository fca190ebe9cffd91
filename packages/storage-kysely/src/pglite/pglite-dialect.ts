import {
  CompiledQuery,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  createQueryId,
  type DatabaseConnection,
  type DatabaseIntrospector,
  type Dialect,
  type DialectAdapter,
  type Driver,
  type Kysely,
  type QueryCompiler,
  type QueryResult,
} from 'kysely';
import { PGLITE_PARSERS } from '../connection/postgres-type-parsers.js';
import type { PgliteClientHandle } from './pglite-client-handle.js';

/**
 * A kysely dialect for PGlite. kysely 0.28 has none built in, and `kysely-pglite` 0.6 shares one PGlite session
 * between concurrent kysely connections (a query issued while a transaction is open runs inside it) and never
 * reports affected row counts. This one serializes connections with a mutex, like kysely's SQLite driver, and
 * reports `numAffectedRows`.
 */
export class PgliteDialect implements Dialect {
  readonly #client: PgliteClientHandle;

  constructor(client: PgliteClientHandle) {
    this.#client = client;
  }

  createDriver(): Driver {
    return new PgliteDriver(this.#client);
  }

  createQueryCompiler(): QueryCompiler {
    return new PostgresQueryCompiler();
  }

  createAdapter(): DialectAdapter {
    return new PostgresAdapter();
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- kysely's own signature
  createIntrospector(db: Kysely<any>): DatabaseIntrospector {
    return new PostgresIntrospector(db);
  }
}

class PgliteDriver implements Driver {
  readonly #client: PgliteClientHandle;
  readonly #connection: PgliteConnection;
  readonly #mutex = new ConnectionMutex();

  constructor(client: PgliteClientHandle) {
    this.#client = client;
    this.#connection = new PgliteConnection(client);
  }

  async init(): Promise<void> {
    await this.#client.waitReady;
  }

  async acquireConnection(): Promise<DatabaseConnection> {
    await this.#mutex.lock();
    return this.#connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const result = await this.#connection.executeCommand('commit');
    // PostgreSQL completes COMMIT with a ROLLBACK tag when an earlier statement aborted the transaction.
    if (result === 'ROLLBACK') throw new Error('the transaction was aborted by an earlier error and rolled back');
    void connection;
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async savepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(rawCommand(`savepoint ${quoteIdentifier(name)}`), createQueryId()));
  }

  async rollbackToSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(rawCommand(`rollback to savepoint ${quoteIdentifier(name)}`), createQueryId()));
  }

  async releaseSavepoint(connection: DatabaseConnection, name: string, compile: QueryCompiler['compileQuery']): Promise<void> {
    await connection.executeQuery(compile(rawCommand(`release savepoint ${quoteIdentifier(name)}`), createQueryId()));
  }

  async releaseConnection(): Promise<void> {
    this.#mutex.unlock();
  }

  /** The instance stays open: the PGlite storage driver closes it when it created it. */
  async destroy(): Promise<void> {}
}

function rawCommand(sql: string) {
  return CompiledQuery.raw(sql).query;
}

function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`;
}

class PgliteConnection implements DatabaseConnection {
  readonly #client: PgliteClientHandle;

  constructor(client: PgliteClientHandle) {
    this.#client = client;
  }

  async executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const result = await this.#client.query<R>(compiledQuery.sql, [...compiledQuery.parameters], {
      parsers: PGLITE_PARSERS,
    });
    const affected = result.affectedRows;
    return affected === undefined ? { rows: result.rows } : { rows: result.rows, numAffectedRows: BigInt(affected) };
  }

  /** Runs a parameterless command and returns its command tag (`COMMIT`, `ROLLBACK`, ...). */
  async executeCommand(sql: string): Promise<string | undefined> {
    const results = await this.#client.exec(sql);
    return (results.at(-1) as { command?: string } | undefined)?.command;
  }

  // eslint-disable-next-line require-yield -- PGlite cannot stream; kysely calls this only for `.stream()`
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('PGlite does not support streaming queries');
  }
}

class ConnectionMutex {
  #promise: Promise<void> | undefined;
  #resolve: (() => void) | undefined;

  async lock(): Promise<void> {
    while (this.#promise) await this.#promise;
    this.#promise = new Promise<void>((resolve) => {
      this.#resolve = resolve;
    });
  }

  unlock(): void {
    const resolve = this.#resolve;
    this.#promise = undefined;
    this.#resolve = undefined;
    resolve?.();
  }
}
