import { PGlite } from '@electric-sql/pglite';
import { StorageUnavailableError } from '@trainkit/core';
import type { PgliteStorageOptions } from './kysely-storage-options.js';
import { PGLITE_PARSERS } from './postgres-type-parsers.js';

/** An open PGlite instance plus what the storage needs to know about it. */
export interface OpenedPglite {
  readonly client: PGlite;
  /** Whether `close()` of the storage closes the instance (true when the storage created it). */
  readonly owned: boolean;
  readonly location: string;
}

/** Creates (or adopts) a PGlite instance and waits until it is ready. */
export async function openPglite(options: PgliteStorageOptions): Promise<OpenedPglite> {
  const owned = options.instance === undefined;
  const location = options.instance
    ? 'PGlite (caller-provided instance)'
    : options.dataDir
      ? `PGlite database at ${options.dataDir}`
      : 'PGlite in-memory database';
  let client: PGlite | undefined;
  try {
    client = options.instance ?? new PGlite(options.dataDir, { parsers: PGLITE_PARSERS });
    await client.waitReady;
    await client.query('select 1');
  } catch (error) {
    if (owned && client && !client.closed) await client.close().catch(() => {});
    const message = error instanceof Error ? error.message : String(error);
    throw new StorageUnavailableError(`cannot open ${location}: ${message.split('\n')[0]}`, { cause: error });
  }
  return { client, owned, location };
}
