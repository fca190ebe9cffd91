import {
  ENTITY_ID_PATTERN,
  SlugSchema,
  TRAINKIT_BOUNDS,
  type ActivityDefinitionId,
  type ActivityDefinitionRow,
  type MovementId,
  type MovementRow,
  type TrainkitRepositories,
  type UnitOfWork,
  type ValidationIssue,
} from '@trainkit/core';
import { ensureCatalogRows } from '../catalog/ensure-catalog-rows.js';
import { findCatalogActivity } from '../catalog/find-catalog-activity.js';
import { findCatalogMovement } from '../catalog/find-catalog-movement.js';
import { LOG_KIND_CATEGORIES, logKindFor, type LogKind } from './log-kind.js';

/** Internal: what a log refers to, resolved to stored rows, or the issues naming what is missing. */
export interface ResolvedLogReferences {
  readonly activity: ActivityDefinitionRow | null;
  /** Movement row per movement key as given. */
  readonly movements: ReadonlyMap<string, MovementRow>;
  readonly issues: readonly ValidationIssue[];
}

function isIdLike(key: string): boolean {
  return key.length <= TRAINKIT_BOUNDS.idLength.max && ENTITY_ID_PATTERN.test(key);
}

/** A stored row by exact id, else by the catalog's id for the key, else by slug (custom reference rows). */
async function findReference<Row>(
  key: string,
  catalogRowId: string | undefined,
  repository: {
    find(id: never): Promise<Row | undefined>;
    list(query: { where: { slug: string }; limit: number }): Promise<Row[]>;
  },
): Promise<Row | undefined> {
  const trimmed = key.trim();
  if (isIdLike(trimmed)) {
    const byId = await repository.find(trimmed as never);
    if (byId) return byId;
  }
  if (catalogRowId !== undefined) {
    const fromCatalog = await repository.find(catalogRowId as never);
    if (fromCatalog) return fromCatalog;
  }
  if (!SlugSchema.safeParse(trimmed).success) return undefined;
  const [bySlug] = await repository.list({ where: { slug: trimmed }, limit: 1 });
  return bySlug;
}

/**
 * Internal: resolves a log's activity and movements (catalog slug, catalog id, or the id or slug of a stored custom
 * definition) to stored rows, seeding the catalog first when a catalog row it names is missing, and checks that the
 * activity's category fits the log kind. Never throws for a missing reference: the issues name the input field
 * (`activity`, `sets.2.movement`).
 */
export async function resolveLogReferences(
  storage: TrainkitRepositories & UnitOfWork,
  kind: LogKind,
  keys: { readonly activity: string | null; readonly movements: readonly string[] },
): Promise<ResolvedLogReferences> {
  const catalogActivity = keys.activity === null ? undefined : findCatalogActivity(keys.activity);
  const catalogMovements = new Map(keys.movements.map((key) => [key, findCatalogMovement(key)]));
  await ensureCatalogRows(storage, {
    activityDefinitionIds: catalogActivity === undefined ? [] : [catalogActivity.id],
    movementIds: [...catalogMovements.values()].flatMap((movement) => (movement === undefined ? [] : [movement.id])),
  });

  const issues: ValidationIssue[] = [];
  let activity: ActivityDefinitionRow | null = null;
  if (keys.activity !== null) {
    const found = await findReference<ActivityDefinitionRow>(keys.activity, catalogActivity?.id satisfies ActivityDefinitionId | undefined, storage.activityDefinitions);
    if (found === undefined) {
      issues.push({
        path: 'activity',
        rule: 'not_found',
        message: `no activity '${keys.activity}' (give a catalog slug such as running, cycling, tennis or strength_training, or an activity_definitions id)`,
      });
    } else if (!LOG_KIND_CATEGORIES[kind].includes(found.category)) {
      issues.push({
        path: 'activity',
        rule: 'invalid_category',
        message: `'${found.slug}' is a ${found.category} activity; a ${kind} log takes ${LOG_KIND_CATEGORIES[kind].join(', ')} activities (log it as ${logKindFor(found.category)})`,
      });
    } else {
      activity = found;
    }
  }

  const movements = new Map<string, MovementRow>();
  for (const key of new Set(keys.movements)) {
    const found = await findReference<MovementRow>(key, catalogMovements.get(key)?.id satisfies MovementId | undefined, storage.movements);
    if (found !== undefined) movements.set(key, found);
  }
  keys.movements.forEach((key, index) => {
    if (!movements.has(key)) {
      issues.push({
        path: `sets.${index}.movement`,
        rule: 'not_found',
        message: `no movement '${key}' (give a catalog slug such as back_squat, bench_press or pull_up, or a movements id)`,
      });
    }
  });
  return { activity, movements, issues };
}
