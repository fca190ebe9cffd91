import type { ActivityDefinitionId, MovementId, TrainkitRepositories, UnitOfWork } from '@trainkit/core';
import { seedCatalog } from './seed-catalog.js';

/**
 * Seeds the catalog (see {@link seedCatalog}) when any of the given reference rows is missing, so that the first
 * manual log on a fresh database works and later ones cost a few lookups. Returns whether it seeded.
 *
 * @param storage - A `TrainkitStorage` (repositories and `transaction`).
 * @param rows - The activity definitions and movements about to be referenced.
 * @returns `true` when the catalog was seeded, `false` when every row was already there.
 *
 * @example
 * ```ts
 * await ensureCatalogRows(storage, { activityDefinitionIds: ['act_running'], movementIds: [] });
 * ```
 */
export async function ensureCatalogRows(
  storage: TrainkitRepositories & UnitOfWork,
  rows: { readonly activityDefinitionIds: readonly ActivityDefinitionId[]; readonly movementIds: readonly MovementId[] },
): Promise<boolean> {
  for (const id of new Set(rows.activityDefinitionIds)) {
    if (!(await storage.activityDefinitions.find(id))) {
      await seedCatalog(storage);
      return true;
    }
  }
  for (const id of new Set(rows.movementIds)) {
    if (!(await storage.movements.find(id))) {
      await seedCatalog(storage);
      return true;
    }
  }
  return false;
}
