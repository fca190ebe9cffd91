import { StorageUnavailableError } from '@trainkit/core';
import { loadOptionalDependency } from '../connection/load-optional-dependency.js';
import { PGLITE_PARSERS } from '../connection/postgres-type-parsers.js';
import type { PgliteClientHandle } from './pglite-client-handle.js';
import type { PgliteDriverOptions } from './pglite-driver-options.js';

/** The parts of the `@electric-sql/pglite` module the storage uses. */
interface PgliteModule {
  readonly PGlite: new (
    dataDir?: string,
    options?: { parsers?: Record<number, (value: string) => unknown> },
  ) => PgliteClientHandle;
}

/** Loads PGlite on first use: only the PGlite entry ever imports it. */
async function loadPglite(): Promise<PgliteModule> {
  return loadOptionalDependency(
    { packageName: '@electric-sql/pglite', install: 'npm install @electric-sql/pglite@0.5', feature: '@trainkit/storage-kysely/pglite' },
    async (): Promise<PgliteModule> => import('@electric-sql/pglite'),
  );
}

/** An open PGlite instance plus what the storage needs to know about it. */
export interface OpenedPglite {
  readonly client: PgliteClientHandle;
  /** Whether `close()` of the storage closes the instance (true when the storage created it). */
  readonly owned: boolean;
  readonly location: string;
}

/**
 * Creates (or adopts) a PGlite instance and waits until it is ready.
 *
 * @throws {MissingDependencyError} When `@electric-sql/pglite` is not installed.
 * @throws {StorageUnavailableError} When the instance cannot be created or does not answer.
 */
export async function openPglite(options: PgliteDriverOptions): Promise<OpenedPglite> {
  const owned = options.instance === undefined;
  const location = options.instance
    ? 'PGlite (caller-provided instance)'
    : options.dataDir
      ? `PGlite database at ${options.dataDir}`
      : 'PGlite in-memory database';
  const PGlite = owned ? (await loadPglite()).PGlite : undefined;
  let client: PgliteClientHandle | undefined;
  try {
    client = options.instance ?? new PGlite!(options.dataDir, { parsers: PGLITE_PARSERS });
    await client.waitReady;
    await client.query('select 1');
  } catch (error) {
    if (owned && client && !client.closed) await client.close().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageUnavailableError(`cannot open ${location}: ${message.split('\n')[0]}`, { cause: error });
  }
  return { client, owned, location };
}
