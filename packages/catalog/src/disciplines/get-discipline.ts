import type { DisciplineDefinition } from './discipline-definition.js';
import { DISCIPLINES } from './disciplines.js';

const DISCIPLINES_BY_SLUG: ReadonlyMap<string, DisciplineDefinition> = new Map(DISCIPLINES.map((discipline) => [discipline.slug, discipline]));

/**
 * Returns the discipline with this slug, or `undefined` when there is none. Never throws.
 *
 * @example
 * ```ts
 * getDiscipline('crossfit')?.name; // 'CrossFit'
 * getDiscipline('quidditch'); // undefined
 * ```
 */
export function getDiscipline(slug: string): DisciplineDefinition | undefined {
  return DISCIPLINES_BY_SLUG.get(slug);
}
