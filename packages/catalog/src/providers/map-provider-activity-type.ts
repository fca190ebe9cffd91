import { ProviderInputSchema } from '@trainkit/core';
import { OTHER_ACTIVITY_SLUG, type ActivitySlug } from '../activities/activity-slugs.js';
import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import { APPLE_WORKOUT_TYPE_PREFIX, PROVIDER_VOCABULARY_INDEXES } from './provider-vocabulary-index.js';

/**
 * The result of {@link mapProviderActivityType}: the activity definition slug, and whether the raw value was found in
 * the provider's vocabulary. A recognized value may still map to `other` on purpose (WHOOP's "Public Speaking", Apple's
 * `other`); an unrecognized one always does, with `matched: false`.
 */
export interface ProviderActivityTypeMatch {
  /** The activity definition the raw type maps to; `other` when unknown. */
  readonly activityDefinitionSlug: ActivitySlug;
  /** True when the raw value is in the provider's vocabulary. */
  readonly matched: boolean;
}

const UNMATCHED: ProviderActivityTypeMatch = { activityDefinitionSlug: OTHER_ACTIVITY_SLUG, matched: false };
const INTEGER_PATTERN = /^\s*[+-]?\d+\s*$/;

/**
 * Maps a provider's raw activity or sport type to a catalog activity definition. Pure and total: it never throws,
 * and anything it does not recognize — an unknown type, an unknown provider, an empty string, `null` — maps to `other`
 * with `matched: false`.
 *
 * - `provider` is a canonical provider or an alias accepted by core's `ProviderInputSchema` (`AURA_RING`, `healthkit`).
 * - Names are compared ignoring case, spaces and punctuation: Strava `sport_type` (`TrailRun`), WHOOP `sport_name`
 *   (`Hiking/Rucking`, `hiking_rucking`), Oura `activity`, Garmin activity type keys (`TRAIL_RUNNING`, `trail_running`),
 *   Apple `HKWorkoutActivityType` names with or without the prefix (`HKWorkoutActivityTypeRunning`, `running`).
 * - Integers, as numbers or digit strings, are WHOOP v1 `sport_id`s (`-1`, `48`) or Apple raw values (`37`).
 *
 * @example
 * ```ts
 * mapProviderActivityType('strava', 'TrailRun'); // { activityDefinitionSlug: 'trail_running', matched: true }
 * mapProviderActivityType('whoop', 48); // { activityDefinitionSlug: 'crossfit', matched: true }
 * mapProviderActivityType('AURA_RING', 'Strength Training'); // { activityDefinitionSlug: 'strength_training', matched: true }
 * mapProviderActivityType('garmin', 'JETPACK'); // { activityDefinitionSlug: 'other', matched: false }
 * ```
 */
export function mapProviderActivityType(provider: string, raw: string | number | null | undefined): ProviderActivityTypeMatch {
  const parsedProvider = ProviderInputSchema.safeParse(provider);
  if (!parsedProvider.success) return UNMATCHED;
  const vocabulary = PROVIDER_VOCABULARY_INDEXES[parsedProvider.data];

  if (typeof raw === 'number') {
    if (!Number.isSafeInteger(raw)) return UNMATCHED;
    return found(vocabulary.ids.get(raw));
  }
  if (typeof raw !== 'string') return UNMATCHED;
  if (INTEGER_PATTERN.test(raw)) return found(vocabulary.ids.get(Number.parseInt(raw, 10)));

  let key = normalizeVocabularyKey(raw);
  if (parsedProvider.data === 'apple_health' && key.startsWith(APPLE_WORKOUT_TYPE_PREFIX) && key !== APPLE_WORKOUT_TYPE_PREFIX) {
    key = key.slice(APPLE_WORKOUT_TYPE_PREFIX.length);
  }
  if (key === '') return UNMATCHED;
  return found(vocabulary.names.get(key));
}

function found(activity: ActivitySlug | undefined): ProviderActivityTypeMatch {
  return activity === undefined ? UNMATCHED : { activityDefinitionSlug: activity, matched: true };
}
