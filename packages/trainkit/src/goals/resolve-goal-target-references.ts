import { CATALOG_ID_PREFIXES, catalogId, getDiscipline } from '@trainkit/catalog';
import {
  ENTITY_ID_PATTERN,
  SlugSchema,
  TRAINKIT_BOUNDS,
  ValidationError,
  type TrainkitRepositories,
  type UnitOfWork,
  type ValidationIssue,
} from '@trainkit/core';
import { findCatalogActivity } from '../catalog/find-catalog-activity.js';
import { findCatalogMovement } from '../catalog/find-catalog-movement.js';
import { seedCatalog } from '../catalog/seed-catalog.js';

type Storage = TrainkitRepositories & UnitOfWork;

/** The reference fields a goal target may hold, the table each points at, and how to find a catalog row by slug. */
const REFERENCE_FIELDS = {
  movement_id: {
    table: 'movements',
    catalogId: (key: string) => findCatalogMovement(key)?.id,
    examples: 'back_squat, pull_up',
  },
  discipline_id: {
    table: 'disciplines',
    catalogId: (key: string) => {
      const slug = key.toLowerCase().replace(/[\s-]+/g, '_');
      if (getDiscipline(slug) !== undefined) return catalogId('discipline', slug);
      const prefix = CATALOG_ID_PREFIXES.discipline;
      return key.startsWith(prefix) && getDiscipline(key.slice(prefix.length)) !== undefined ? key : undefined;
    },
    examples: 'running, cycling',
  },
  activity_definition_id: {
    table: 'activity_definitions',
    catalogId: (key: string) => findCatalogActivity(key)?.id,
    examples: 'running, trail_running',
  },
} as const;

type ReferenceField = keyof typeof REFERENCE_FIELDS;

function repositoryOf(storage: Storage, field: ReferenceField) {
  const repository = field === 'movement_id' ? storage.movements : field === 'discipline_id' ? storage.disciplines : storage.activityDefinitions;
  return repository as unknown as {
    find(id: string): Promise<{ id: string } | undefined>;
    list(query: { where: { slug: string }; limit: number }): Promise<{ id: string }[]>;
  };
}

async function findStored(storage: Storage, field: ReferenceField, key: string, catalogRowId: string | undefined): Promise<string | undefined> {
  const repository = repositoryOf(storage, field);
  if (key.length <= TRAINKIT_BOUNDS.idLength.max && ENTITY_ID_PATTERN.test(key)) {
    const byId = await repository.find(key);
    if (byId) return byId.id;
  }
  if (catalogRowId !== undefined) {
    const fromCatalog = await repository.find(catalogRowId);
    if (fromCatalog) return fromCatalog.id;
  }
  if (!SlugSchema.safeParse(key).success) return undefined;
  return (await repository.list({ where: { slug: key }, limit: 1 }))[0]?.id;
}

/**
 * Internal: a goal target with its movement, discipline and activity references (catalog slugs, catalog ids, or the
 * id or slug of a stored row) replaced by stored ids, seeding the catalog first when a catalog row it names is
 * missing. Anything that is not an object, or a reference that is not a string, is left for the target schema to
 * reject. Throws `ValidationError` (subject `goals`, path `target.<field>`, rule `not_found`) naming what is unknown.
 */
export async function resolveGoalTargetReferences(storage: Storage, target: unknown): Promise<unknown> {
  if (typeof target !== 'object' || target === null || Array.isArray(target)) return target;
  const resolved: Record<string, unknown> = { ...(target as Record<string, unknown>) };
  const fields = (Object.keys(REFERENCE_FIELDS) as ReferenceField[]).filter((field) => typeof resolved[field] === 'string');
  const catalogIds = new Map(fields.map((field) => [field, REFERENCE_FIELDS[field].catalogId((resolved[field] as string).trim())]));
  let seeded = false;
  for (const field of fields) {
    const catalogRowId = catalogIds.get(field);
    if (!seeded && catalogRowId !== undefined && !(await repositoryOf(storage, field).find(catalogRowId))) {
      await seedCatalog(storage);
      seeded = true;
    }
  }
  const issues: ValidationIssue[] = [];
  for (const field of fields) {
    const key = (resolved[field] as string).trim();
    const id = await findStored(storage, field, key, catalogIds.get(field));
    if (id === undefined) {
      issues.push({
        path: `target.${field}`,
        rule: 'not_found',
        message: `no ${REFERENCE_FIELDS[field].table} row '${key}' (give a catalog slug such as ${REFERENCE_FIELDS[field].examples}, or an id)`,
      });
    } else {
      resolved[field] = id;
    }
  }
  if (issues.length > 0) throw new ValidationError('goals', issues);
  return resolved;
}
