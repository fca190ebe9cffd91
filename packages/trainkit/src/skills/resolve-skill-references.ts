import { CATALOG_ID_PREFIXES, catalogId, getDiscipline } from '@trainkit/catalog';
import {
  ENTITY_ID_PATTERN,
  SlugSchema,
  TRAINKIT_BOUNDS,
  ValidationError,
  type DisciplineId,
  type DisciplineRow,
  type MovementRow,
  type TrainkitRepositories,
  type UnitOfWork,
} from '@trainkit/core';
import { UnknownMovementError } from '@trainkit/planning';
import { ensureCatalogRows } from '../catalog/ensure-catalog-rows.js';
import { findCatalogMovement } from '../catalog/find-catalog-movement.js';
import { seedCatalog } from '../catalog/seed-catalog.js';

function isIdLike(key: string): boolean {
  return key.length <= TRAINKIT_BOUNDS.idLength.max && ENTITY_ID_PATTERN.test(key);
}

/**
 * Internal: the stored movement a key names (a `movements` id, a catalog slug or id, or the slug of a stored custom
 * movement), seeding the catalog first when a catalog movement is missing. Throws `UnknownMovementError` on `path`.
 */
export async function resolveMovementArgument(
  storage: TrainkitRepositories & UnitOfWork,
  key: string,
  where: { readonly subject: string; readonly path: string },
): Promise<MovementRow> {
  const trimmed = key.trim();
  const catalog = findCatalogMovement(trimmed);
  if (catalog !== undefined) await ensureCatalogRows(storage, { activityDefinitionIds: [], movementIds: [catalog.id] });
  const byId = isIdLike(trimmed) ? await storage.movements.find(trimmed as never) : undefined;
  const found =
    byId ??
    (catalog === undefined ? undefined : await storage.movements.find(catalog.id)) ??
    (SlugSchema.safeParse(trimmed).success ? (await storage.movements.list({ where: { slug: trimmed }, limit: 1 }))[0] : undefined);
  if (found === undefined) throw new UnknownMovementError(where.subject, [{ path: where.path, movementId: trimmed }]);
  return found;
}

/**
 * Internal: the stored discipline a key names (a `disciplines` id, a catalog slug such as `crossfit`, or the slug of a
 * stored custom discipline), seeding the catalog first when a catalog discipline is missing. Throws `ValidationError`
 * (rule `not_found`) on `path`.
 */
export async function resolveDisciplineArgument(
  storage: TrainkitRepositories & UnitOfWork,
  key: string,
  where: { readonly subject: string; readonly path: string },
): Promise<DisciplineRow> {
  const trimmed = key.trim();
  const normalized = trimmed.toLowerCase().replace(/[\s-]+/g, '_');
  const prefix = CATALOG_ID_PREFIXES.discipline;
  const catalog = getDiscipline(normalized) ?? (trimmed.startsWith(prefix) ? getDiscipline(trimmed.slice(prefix.length)) : undefined);
  const catalogRowId = catalog === undefined ? undefined : (catalogId('discipline', catalog.slug) as DisciplineId);
  if (catalogRowId !== undefined && !(await storage.disciplines.find(catalogRowId))) await seedCatalog(storage);
  const byId = isIdLike(trimmed) ? await storage.disciplines.find(trimmed as never) : undefined;
  const found =
    byId ??
    (catalogRowId === undefined ? undefined : await storage.disciplines.find(catalogRowId)) ??
    (SlugSchema.safeParse(trimmed).success ? (await storage.disciplines.list({ where: { slug: trimmed }, limit: 1 }))[0] : undefined);
  if (found === undefined) {
    throw new ValidationError(where.subject, [
      { path: where.path, rule: 'not_found', message: `no discipline '${trimmed}' (give a catalog slug such as crossfit, running or powerlifting, or a disciplines id)` },
    ]);
  }
  return found;
}
