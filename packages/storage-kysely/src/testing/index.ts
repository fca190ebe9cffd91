/**
 * `@trainkit/storage-kysely/testing`: helpers for tests and benchmarks that need a real PostgreSQL database.
 *
 * @packageDocumentation
 */
export { createTestDatabase, type TestDatabase } from './create-test-database.js';
