/**
 * `@trainkit/storage-testkit`: the one contract suite every trainkit storage adapter must pass, plus the schema
 * introspection it uses to compare migrated databases.
 *
 * ```ts
 * import { runStorageContractTests } from '@trainkit/storage-testkit';
 * runStorageContractTests({ name: 'my adapter', createStorage: () => createMyStorage() });
 * ```
 *
 * @packageDocumentation
 */
export * from './run-storage-contract-tests.js';
export * from './storage-contract-options.js';
export * from './fixtures/fixture-rows.js';
export * from './fixtures/reference-fixtures.js';
export * from './fixtures/user-fixtures.js';
export * from './introspection/sql-query.js';
export * from './introspection/schema-snapshot.js';
export * from './introspection/introspect-sqlite-schema.js';
export * from './introspection/introspect-postgres-schema.js';
