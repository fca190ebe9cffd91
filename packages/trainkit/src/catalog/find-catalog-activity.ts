import { CATALOG_ID_PREFIXES, catalogId, getActivityDefinition } from '@trainkit/catalog';
import type { ActivityCategory, ActivityDefinitionId, DisciplineId } from '@trainkit/core';

/**
 * An activity definition of the catalog as logging needs it: the row ids it is stored under and what it is.
 *
 * @example
 * ```ts
 * const running: CatalogActivity = findCatalogActivity('running')!;
 * running.disciplineId; // 'dis_running'
 * ```
 */
export interface CatalogActivity {
  /** The catalog slug, e.g. `running`. */
  readonly slug: string;
  /** `activity_definitions.id`, e.g. `act_running`. */
  readonly id: ActivityDefinitionId;
  /** Display name, e.g. `Running`. */
  readonly name: string;
  /** The definition's category (`strength`, `cardio`, `sport`, `hobby`, ...). */
  readonly category: ActivityCategory;
  /** `disciplines.id` of the definition's discipline (`dis_running`), or null when it has none (walking, gardening). */
  readonly disciplineId: DisciplineId | null;
}

/** `Trail-Running`, ` trail running ` -> `trail_running`. */
function slugKey(text: string): string {
  return text.trim().toLowerCase().replace(/[\s-]+/g, '_');
}

/**
 * Finds a catalog activity by slug (`running`; case, spaces and dashes are forgiven: `Trail-Running`) or by its row
 * id (`act_running`). Pure: reads the catalog package, not the storage. The discipline is the definition's own, so
 * every logged activity gets the same `discipline_id` however it was logged.
 *
 * @param key - A slug or an `activity_definitions` id of the catalog.
 * @returns The activity, or undefined when the catalog has none by that key.
 *
 * @example
 * ```ts
 * findCatalogActivity('act_tennis')?.category; // 'sport'
 * findCatalogActivity('Trail-Running')?.id; // 'act_trail_running'
 * findCatalogActivity('quidditch'); // undefined
 * ```
 */
export function findCatalogActivity(key: string): CatalogActivity | undefined {
  const trimmed = key.trim();
  const prefix = CATALOG_ID_PREFIXES.activityDefinition;
  const definition =
    getActivityDefinition(slugKey(trimmed)) ?? (trimmed.startsWith(prefix) ? getActivityDefinition(trimmed.slice(prefix.length)) : undefined);
  if (definition === undefined) return undefined;
  return {
    slug: definition.slug,
    id: catalogId('activityDefinition', definition.slug) as ActivityDefinitionId,
    name: definition.name,
    category: definition.category,
    disciplineId: definition.discipline === null ? null : (catalogId('discipline', definition.discipline) as DisciplineId),
  };
}
