/**
 * `@trainkit/storage-kysely/postgres`: trainkit's storage on a PostgreSQL server through a `pg` pool. `pg` and
 * `pg-copy-streams` are optional peer dependencies loaded only when a storage opens (`npm install pg@8
 * pg-copy-streams@7`). Without them, opening throws `MissingDependencyError` naming the package.
 *
 * ```ts
 * import { createPostgresStorage } from '@trainkit/storage-kysely/postgres';
 *
 * const storage = await createPostgresStorage({ connectionString: process.env.DATABASE_URL!, migrate: true });
 * ```
 *
 * @packageDocumentation
 */
export { createPostgresStorage, type CreatePostgresStorageOptions } from './create-postgres-storage.js';
export { postgresDriver } from './postgres-driver.js';
export type { PostgresDriverOptions } from './postgres-driver-options.js';
export type { PostgresClientHandle, PostgresNativeHandle, PostgresPoolHandle } from './postgres-pool-handle.js';
