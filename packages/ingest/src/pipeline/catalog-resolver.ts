import { buildCatalogSeed, catalogId } from '@trainkit/catalog';
import type { ActivityCategory, ActivityDefinitionId, MovementId, TrainkitRepositories, TrainkitStorage } from '@trainkit/core';
import type { ResolvedActivityDefinition } from '../ingest-pipeline.js';

/**
 * Resolves catalog slugs of drafts to stored reference rows, with caches. `activity` and `movement` may seed the
 * catalog, so they run outside any transaction; `categoryOf` reads through the repositories it is given (a
 * transaction's, inside one).
 *
 * @internal
 */
export interface CatalogResolver {
  /** Resolves (and caches) an activity slug; may seed the catalog, so never call it inside a transaction. */
  activity(slug: string): Promise<ResolvedActivityDefinition | undefined>;
  /** Resolves (and caches) a movement slug; may seed the catalog, so never call it inside a transaction. */
  movement(slug: string): Promise<MovementId | undefined>;
  /** The cached resolution of an activity slug, else the catalog row read through `repositories` (no seeding). */
  activityIn(repositories: TrainkitRepositories, slug: string): Promise<ResolvedActivityDefinition | undefined>;
  /** The cached resolution of a movement slug, else the catalog row read through `repositories` (no seeding). */
  movementIn(repositories: TrainkitRepositories, slug: string): Promise<MovementId | undefined>;
  categoryOf(repositories: TrainkitRepositories, definitionId: string | null): Promise<ActivityCategory | null>;
}

/**
 * Upserts the whole reference catalog (disciplines, muscles, movements, activity definitions, their maps and
 * progressions) in one transaction, exactly as the facade's `seedCatalog` does.
 *
 * @internal
 */
export async function seedCatalogRows(storage: TrainkitStorage): Promise<void> {
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
 * The default resolver: a slug resolves to the catalog's row (`act_<slug>`, `mov_<slug>`); when that row is missing
 * the catalog is seeded once, then looked up again. Custom resolvers replace either lookup.
 *
 * @internal
 */
export function createCatalogResolver(
  storage: TrainkitStorage,
  custom: {
    readonly activity?: ((slug: string) => Promise<ResolvedActivityDefinition | undefined>) | undefined;
    readonly movement?: ((slug: string) => Promise<MovementId | undefined>) | undefined;
  } = {},
): CatalogResolver {
  const activities = new Map<string, ResolvedActivityDefinition | undefined>();
  const movements = new Map<string, MovementId | undefined>();
  const categories = new Map<string, ActivityCategory | null>();
  let seeded = false;

  async function withSeed<T>(lookup: () => Promise<T | undefined>): Promise<T | undefined> {
    const found = await lookup();
    if (found !== undefined || seeded) return found;
    seeded = true;
    await seedCatalogRows(storage);
    return lookup();
  }

  return {
    async activity(slug) {
      if (activities.has(slug)) return activities.get(slug);
      const resolved =
        custom.activity !== undefined
          ? await custom.activity(slug)
          : await withSeed(async () => {
              const row = await storage.activityDefinitions.find(catalogId('activityDefinition', slug) as ActivityDefinitionId);
              return row === undefined ? undefined : { id: row.id, category: row.category, discipline_id: row.discipline_id };
            });
      activities.set(slug, resolved);
      if (resolved !== undefined) categories.set(resolved.id, resolved.category);
      return resolved;
    },
    async movement(slug) {
      if (movements.has(slug)) return movements.get(slug);
      const resolved =
        custom.movement !== undefined
          ? await custom.movement(slug)
          : await withSeed(async () => (await storage.movements.find(catalogId('movement', slug) as MovementId))?.id);
      movements.set(slug, resolved);
      return resolved;
    },
    async activityIn(repositories, slug) {
      if (activities.has(slug)) return activities.get(slug);
      const row = await repositories.activityDefinitions.find(catalogId('activityDefinition', slug) as ActivityDefinitionId);
      if (row === undefined) return undefined;
      const resolved = { id: row.id, category: row.category, discipline_id: row.discipline_id };
      activities.set(slug, resolved);
      categories.set(row.id, row.category);
      return resolved;
    },
    async movementIn(repositories, slug) {
      if (movements.has(slug)) return movements.get(slug);
      const row = await repositories.movements.find(catalogId('movement', slug) as MovementId);
      if (row !== undefined) movements.set(slug, row.id);
      return row?.id;
    },
    async categoryOf(repositories, definitionId) {
      if (definitionId === null) return null;
      const known = categories.get(definitionId);
      if (known !== undefined) return known;
      const row = await repositories.activityDefinitions.find(definitionId as ActivityDefinitionId);
      const category = row?.category ?? null;
      categories.set(definitionId, category);
      return category;
    },
  };
}
