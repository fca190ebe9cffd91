import { NotFoundError } from '@trainkit/core';
import type { DisciplineDefinition } from './discipline-definition.js';
import { getDiscipline } from './get-discipline.js';

/**
 * Returns the discipline with this slug; throws core's `NotFoundError` (entity `disciplines`) when there is none.
 *
 * @example
 * ```ts
 * requireDiscipline('hyrox').name; // 'HYROX'
 * ```
 */
export function requireDiscipline(slug: string): DisciplineDefinition {
  const discipline = getDiscipline(slug);
  if (discipline === undefined) throw new NotFoundError('disciplines', slug);
  return discipline;
}
