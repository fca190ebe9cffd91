import type { TrainkitStorage } from '@trainkit/core';
import { afterEach, beforeEach } from 'vitest';
import type { StorageContractOptions } from '../storage-contract-options.js';

/**
 * Registers `beforeEach` / `afterEach` hooks (in the calling `describe`) that give every test its own storage,
 * migrated to the latest version when `migrate` is true, and destroy it afterwards. Returns a getter for the current
 * test's storage.
 */
export function useFreshStorage(options: StorageContractOptions, { migrate }: { migrate: boolean }): () => TrainkitStorage {
  let current: TrainkitStorage | undefined;
  beforeEach(async () => {
    current = await options.createStorage();
    if (migrate) {
      const report = await current.migrations.migrateToLatest();
      if (!report.ok) {
        throw new Error(`migrateToLatest failed in ${report.error?.migration ?? '?'}: ${report.error?.message ?? ''}`);
      }
    }
  });
  afterEach(async () => {
    const storage = current;
    current = undefined;
    if (storage) await (options.destroyStorage ?? ((s: TrainkitStorage) => s.close()))(storage);
  });
  return () => {
    if (!current) throw new Error('no storage: the beforeEach hook did not create one');
    return current;
  };
}
