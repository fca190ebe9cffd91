/**
 * `@trainkit/storage-kysely/pglite`: trainkit's storage on PGlite (PostgreSQL in WebAssembly, in process), an
 * optional peer dependency loaded only when a storage opens (`npm install @electric-sql/pglite@0.5`). Without it,
 * opening throws `MissingDependencyError` naming the package.
 *
 * ```ts
 * import { createPgliteStorage } from '@trainkit/storage-kysely/pglite';
 *
 * const storage = await createPgliteStorage({ dataDir: './trainkit-pglite', migrate: true });
 * ```
 *
 * @packageDocumentation
 */
export { createPgliteStorage, type CreatePgliteStorageOptions } from './create-pglite-storage.js';
export { pgliteDriver } from './pglite-driver.js';
export type { PgliteDriverOptions } from './pglite-driver-options.js';
export type { PgliteClientHandle, PgliteNativeHandle } from './pglite-client-handle.js';
