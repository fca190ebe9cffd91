import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import type { MuscleDefinition } from './muscle-definition.js';
import { MUSCLE_NAME_INDEX, MUSCLES_BY_SLUG } from './muscle-index.js';

/**
 * Resolves a free-text muscle name to a muscle group: a slug, display name, anatomical name or alias
 * ({@link MUSCLE_ALIASES}), ignoring case, spacing and punctuation. Returns `undefined` when nothing matches.
 * Use it to read the fatigue heuristics' names (`'lower back'`) or other exercise databases' muscle lists.
 *
 * @example
 * ```ts
 * findMuscle('lower back')?.slug; // 'lower_back'
 * findMuscle('Biceps femoris')?.slug; // 'hamstrings'
 * findMuscle('ANTERIOR DELTOID')?.slug; // 'shoulders'
 * ```
 */
export function findMuscle(name: string): MuscleDefinition | undefined {
  const slug = MUSCLE_NAME_INDEX.get(normalizeVocabularyKey(name));
  return slug === undefined ? undefined : MUSCLES_BY_SLUG.get(slug);
}
