import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import { MUSCLE_ALIASES } from './muscle-aliases.js';
import type { MuscleDefinition } from './muscle-definition.js';
import type { MuscleSlug } from './muscle-slugs.js';
import { MUSCLES } from './muscles.js';

/** Muscle definitions by slug (internal index behind the lookups). */
export const MUSCLES_BY_SLUG: ReadonlyMap<string, MuscleDefinition> = new Map(MUSCLES.map((muscle) => [muscle.slug, muscle]));

/**
 * Every name that resolves to a muscle, keyed by its normalized form: slugs, display names, anatomical names, then
 * {@link MUSCLE_ALIASES}. The first writer of a key wins; the catalog tests assert that no two names collide.
 */
export const MUSCLE_NAME_INDEX: ReadonlyMap<string, MuscleSlug> = (() => {
  const index = new Map<string, MuscleSlug>();
  const add = (name: string, slug: MuscleSlug): void => {
    const key = normalizeVocabularyKey(name);
    if (key !== '' && !index.has(key)) index.set(key, slug);
  };
  for (const muscle of MUSCLES) {
    add(muscle.slug, muscle.slug);
    add(muscle.name, muscle.slug);
    for (const anatomical of muscle.anatomy) add(anatomical, muscle.slug);
  }
  for (const [alias, slug] of Object.entries(MUSCLE_ALIASES)) add(alias, slug);
  return index;
})();
