import { buildCatalogSeed } from '@trainkit/catalog';
import type { ActivityDefinitionId, MovementId, TrainkitRepositories, UnitOfWork } from '@trainkit/core';

/**
 * Upserts the whole reference catalog (disciplines, muscles, movements, activity definitions, muscle maps,
 * progressions) in one transaction, parents before children. Idempotent: catalog ids are derived from slugs.
 *
 * @example
 * ```ts
 * await seedCatalog(storage);
 * ```
 */
export async function seedCatalog(storage: UnitOfWork): Promise<void> {
  const seed = buildCatalogSeed();
  await storage.transaction(async (tx) => {
    await tx.disciplines.upsertMany(seed.disciplines);
    await tx.muscles.upsertMany(seed.muscles);
    await tx.movements.upsertMany(seed.movements);
    await tx.activityDefinitions.upsertMany(seed.activityDefinitions);
    await tx.movementMuscleMap.upsertMany(seed.movementMuscleMap);
    await tx.activityMuscleMap.upsertMany(seed.activityMuscleMap);
    await tx.movementProgressions.upsertMany(seed.movementProgressions);
  });
}

/**
 * Seeds the catalog when any of the given rows is missing, so a first `trainkit log` on a fresh database works and
 * later ones cost two lookups.
 *
 * @example
 * ```ts
 * await ensureCatalogRows(storage, { activityDefinitionIds: ['act_running'], movementIds: [] });
 * ```
 */
export async function ensureCatalogRows(
  storage: TrainkitRepositories & UnitOfWork,
  rows: { readonly activityDefinitionIds: readonly ActivityDefinitionId[]; readonly movementIds: readonly MovementId[] },
): Promise<void> {
  const missing = async () => {
    for (const id of new Set(rows.activityDefinitionIds)) {
      if (!(await storage.activityDefinitions.find(id))) return true;
    }
    for (const id of new Set(rows.movementIds)) {
      if (!(await storage.movements.find(id))) return true;
    }
    return false;
  };
  if (await missing()) await seedCatalog(storage);
}
