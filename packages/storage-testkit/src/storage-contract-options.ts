import type { TrainkitStorage } from '@trainkit/core';
import type { SchemaSnapshot } from './introspection/schema-snapshot.js';

/**
 * What an adapter can do beyond the ports, declared instead of skipped by test name. Every field is optional; a
 * missing capability makes the tests that need it report themselves as skipped (never silently pass).
 *
 * @example
 * ```ts
 * const capabilities: StorageContractCapabilities = {
 *   introspectSchema: () => introspectSqliteSchema(query),
 *   isMigrationBookkeepingTable: (name) => name.startsWith('trainkit_migration'),
 * };
 * ```
 */
export interface StorageContractCapabilities {
  /**
   * Reads the current schema of the database behind `storage` (see {@link introspectSqliteSchema} and
   * {@link introspectPostgresSchema}). Enables the schema tests: the migrated schema matches the table registry,
   * up/down/up gives an identical schema, and every step's `down` restores the schema of the step before.
   */
  readonly introspectSchema?: (storage: TrainkitStorage) => Promise<SchemaSnapshot>;
  /**
   * Whether a table is migration bookkeeping, which may remain after migrating down to zero. Default: names
   * starting with `trainkit_migration` (the fixed names of trainkit's migration tables).
   */
  readonly isMigrationBookkeepingTable?: (tableName: string) => boolean;
}

/**
 * How {@link runStorageContractTests} gets storages to test. Every test gets its own storage from `createStorage`
 * and hands it to `destroyStorage` afterwards, so tests never share state.
 *
 * @example
 * ```ts
 * const options: StorageContractOptions = {
 *   name: 'kysely sqlite',
 *   createStorage: () => createSqliteStorage({ path: ':memory:' }),
 * };
 * ```
 */
export interface StorageContractOptions {
  /** Shown in every test title, e.g. `kysely sqlite`. */
  readonly name: string;
  /**
   * Returns a storage on a fresh, empty database with **no migrations applied**: the suite migrates it itself
   * (so the migration tests can start from zero).
   */
  readonly createStorage: () => Promise<TrainkitStorage>;
  /** Releases a storage and its database. Default: `storage.close()`. */
  readonly destroyStorage?: (storage: TrainkitStorage) => Promise<void>;
  /** Optional adapter abilities; see {@link StorageContractCapabilities}. */
  readonly capabilities?: StorageContractCapabilities;
  /**
   * When a string, every test is registered but reported skipped with this reason in its title (e.g. the
   * PostgreSQL server is not available). Absent or `false`: the suite runs.
   */
  readonly skip?: string | false;
  /**
   * Runs of each property test. Default: the `TRAINKIT_PROPERTY_RUNS` environment variable, else 12.
   */
  readonly propertyRuns?: number;
}
