import { catalogId, getActivityDefinition } from '@trainkit/catalog';
import { ValidationError, type ActivityCategory } from '@trainkit/core';

/**
 * An activity definition of the catalog as the CLI needs it: the row ids to store and the name to print.
 *
 * @example
 * ```ts
 * const running: ResolvedActivity = resolveActivity('running', '--activity');
 * running.id; // 'act_running'
 * ```
 */
export interface ResolvedActivity {
  /** The catalog slug, e.g. `running`. */
  readonly slug: string;
  /** `activity_definitions.id`, e.g. `act_running`. */
  readonly id: string;
  /** Display name, e.g. `Running`. */
  readonly name: string;
  /** The definition's category (`cardio`, `sport`, `hobby`, ...). */
  readonly category: ActivityCategory;
  /** `disciplines.id` of the definition's discipline, e.g. `dis_running`; null when it has none. */
  readonly disciplineId: string | null;
}

/**
 * Looks up an activity definition by slug (`running`, `tennis`; dashes and case are forgiven: `Trail-Running`).
 *
 * @param slug - The value as typed.
 * @param option - The option it came from, named in the error.
 * @throws {ValidationError} When the catalog has no such activity.
 *
 * @example
 * ```ts
 * resolveActivity('tennis', '--activity').category; // 'sport'
 * ```
 */
export function resolveActivity(slug: string, option: string): ResolvedActivity {
  const key = slug.trim().toLowerCase().replace(/[\s-]+/g, '_');
  const definition = getActivityDefinition(key);
  if (!definition) {
    throw new ValidationError('command line', [
      { path: option, rule: 'not_found', message: `no activity '${slug}' in the catalog (e.g. running, cycling, tennis, climbing, hiking)` },
    ]);
  }
  return {
    slug: definition.slug,
    id: catalogId('activityDefinition', definition.slug),
    name: definition.name,
    category: definition.category,
    disciplineId: definition.discipline === null ? null : catalogId('discipline', definition.discipline),
  };
}
