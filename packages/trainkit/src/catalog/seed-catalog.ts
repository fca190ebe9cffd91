import { buildCatalogSeed } from '@trainkit/catalog';
import type { UnitOfWork } from '@trainkit/core';

/**
 * What {@link seedCatalog} wrote: the catalog version and the rows upserted per reference table.
 *
 * @example
 * ```ts
 * const report: SeedCatalogReport = await seedCatalog(storage);
 * report.rows.movements; // 244
 * ```
 */
export interface SeedCatalogReport {
  /** `CATALOG_VERSION` of the rows written. */
  readonly catalogVersion: string;
  /** Rows upserted per table (inserted or replaced). */
  readonly rows: {
    readonly disciplines: number;
    readonly muscles: number;
    readonly movements: number;
    readonly activityDefinitions: number;
    readonly movementMuscleMap: number;
    readonly activityMuscleMap: number;
    readonly movementProgressions: number;
  };
}

/**
 * Upserts the whole reference catalog (`buildCatalogSeed()`: disciplines, muscles, movements, activity definitions,
 * muscle maps, progressions) in one transaction, parents before children. Idempotent: catalog ids are derived from
 * slugs, so a second call replaces the same rows with the same values. All or nothing: a failure rolls back.
 *
 * @param storage - Anything with `transaction` (a `TrainkitStorage`).
 * @returns How many rows each table received.
 * @throws {ValidationError | ConflictError | StorageError} As the reference repositories throw them.
 *
 * @example
 * ```ts
 * const storage = await createSqliteStorage({ path: ':memory:', migrate: true });
 * await seedCatalog(storage);
 * ```
 */
export async function seedCatalog(storage: UnitOfWork): Promise<SeedCatalogReport> {
  const seed = buildCatalogSeed();
  return storage.transaction(async (tx) => ({
    catalogVersion: seed.catalogVersion,
    rows: {
      disciplines: await tx.disciplines.upsertMany(seed.disciplines),
      muscles: await tx.muscles.upsertMany(seed.muscles),
      movements: await tx.movements.upsertMany(seed.movements),
      activityDefinitions: await tx.activityDefinitions.upsertMany(seed.activityDefinitions),
      movementMuscleMap: await tx.movementMuscleMap.upsertMany(seed.movementMuscleMap),
      activityMuscleMap: await tx.activityMuscleMap.upsertMany(seed.activityMuscleMap),
      movementProgressions: await tx.movementProgressions.upsertMany(seed.movementProgressions),
    },
  }));
}
