import { OTHER_ACTIVITY_SLUG, type ActivitySlug } from '../activities/activity-slugs.js';
import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import type { ProviderActivityTypeMatch } from './map-provider-activity-type.js';

/**
 * FIT `sport` and `sub_sport` values (FIT profile 21.x, as `@garmin/fitsdk` decodes them: `running`, `trail`,
 * `training`, `strengthTraining`) to activity definition slugs. A key is either a sport (`running`) or a sport and a
 * sub-sport joined by `/` (`running/trail`); the pair wins over the sport alone. Keys are matched case-, space- and
 * punctuation-insensitively per part, so the profile's snake_case names (`strength_training`) match too. Sports with
 * no specific meaning (`generic`, `fitnessEquipment`, `teamSport`, `racket`, `waterSport`, `winterSport`), flying and
 * motor sports map to `other` unless their sub-sport says more.
 *
 * @example
 * ```ts
 * FIT_SPORT_MAP['training/strengthTraining']; // 'strength_training'
 * ```
 */
export const FIT_SPORT_MAP: Readonly<Record<string, ActivitySlug>> = {
  // Sports alone
  generic: 'other',
  running: 'running',
  cycling: 'cycling',
  transition: 'multisport',
  fitnessEquipment: 'other',
  swimming: 'swimming',
  basketball: 'basketball',
  soccer: 'soccer',
  tennis: 'tennis',
  americanFootball: 'american_football',
  training: 'general_workout',
  walking: 'walking',
  crossCountrySkiing: 'cross_country_skiing',
  alpineSkiing: 'alpine_skiing',
  snowboarding: 'snowboarding',
  rowing: 'rowing',
  mountaineering: 'mountaineering',
  hiking: 'hiking',
  multisport: 'multisport',
  paddling: 'kayaking',
  flying: 'other',
  eBiking: 'e_biking',
  motorcycling: 'other',
  boating: 'other',
  driving: 'other',
  golf: 'golf',
  hangGliding: 'other',
  horsebackRiding: 'horseback_riding',
  hunting: 'other',
  fishing: 'fishing',
  inlineSkating: 'inline_skating',
  rockClimbing: 'climbing',
  sailing: 'sailing',
  iceSkating: 'ice_skating',
  skyDiving: 'other',
  snowshoeing: 'snowshoeing',
  snowmobiling: 'other',
  standUpPaddleboarding: 'stand_up_paddling',
  surfing: 'surfing',
  wakeboarding: 'water_skiing',
  waterSkiing: 'water_skiing',
  kayaking: 'kayaking',
  rafting: 'kayaking',
  windsurfing: 'windsurfing',
  kitesurfing: 'kitesurfing',
  tactical: 'other',
  jumpmaster: 'other',
  boxing: 'boxing',
  floorClimbing: 'stair_climbing',
  baseball: 'baseball_softball',
  diving: 'scuba_diving',
  shooting: 'other',
  winterSport: 'other',
  grinding: 'other',
  hiit: 'hiit',
  videoGaming: 'other',
  racket: 'other',
  wheelchairPushWalk: 'wheelchair',
  wheelchairPushRun: 'wheelchair',
  meditation: 'meditation',
  paraSport: 'other',
  discGolf: 'other',
  teamSport: 'other',
  cricket: 'cricket',
  rugby: 'rugby',
  hockey: 'other',
  lacrosse: 'lacrosse',
  volleyball: 'volleyball',
  waterTubing: 'other',
  wakesurfing: 'surfing',
  waterSport: 'other',
  archery: 'archery',
  mixedMartialArts: 'martial_arts',
  motorSports: 'other',
  snorkeling: 'swimming',
  dance: 'dance',
  jumpRope: 'jump_rope',
  poolApnea: 'scuba_diving',
  mobility: 'mobility',
  geocaching: 'hiking',
  canoeing: 'canoeing',
  // Running
  'running/trail': 'trail_running',
  'running/obstacle': 'obstacle_course_racing',
  'running/virtualActivity': 'running',
  // Cycling
  'cycling/spin': 'indoor_cycling',
  'cycling/indoorCycling': 'indoor_cycling',
  'cycling/virtualActivity': 'indoor_cycling',
  'cycling/mountain': 'mountain_biking',
  'cycling/downhill': 'mountain_biking',
  'cycling/enduro': 'mountain_biking',
  'cycling/eBikeMountain': 'e_biking',
  'cycling/eBikeEnduro': 'e_biking',
  'cycling/handCycling': 'handcycling',
  'cycling/indoorHandCycling': 'handcycling',
  'eBiking/eBikeMountain': 'e_biking',
  // Fitness equipment
  'fitnessEquipment/treadmill': 'running',
  'fitnessEquipment/indoorRunning': 'running',
  'fitnessEquipment/indoorCycling': 'indoor_cycling',
  'fitnessEquipment/indoorRowing': 'indoor_rowing',
  'fitnessEquipment/elliptical': 'elliptical',
  'fitnessEquipment/stairClimbing': 'stair_stepper',
  'fitnessEquipment/indoorWalking': 'walking',
  'fitnessEquipment/pilates': 'pilates',
  'fitnessEquipment/indoorClimbing': 'climbing',
  'fitnessEquipment/strengthTraining': 'strength_training',
  'fitnessEquipment/cardioTraining': 'cardio_class',
  'fitnessEquipment/hiit': 'hiit',
  'fitnessEquipment/yoga': 'yoga',
  // Swimming
  'swimming/openWater': 'open_water_swimming',
  // Training
  'training/strengthTraining': 'strength_training',
  'training/cardioTraining': 'cardio_class',
  'training/flexibilityTraining': 'mobility',
  'training/yoga': 'yoga',
  'training/pilates': 'pilates',
  'training/hiit': 'hiit',
  'training/breathing': 'meditation',
  // Walking, hiking, skiing, rowing, climbing
  'hiking/rucking': 'rucking',
  'walking/rucking': 'rucking',
  'crossCountrySkiing/backcountry': 'backcountry_skiing',
  'alpineSkiing/backcountry': 'backcountry_skiing',
  'snowboarding/backcountry': 'backcountry_skiing',
  'rowing/indoorRowing': 'indoor_rowing',
  'rockClimbing/indoorClimbing': 'climbing',
  'rockClimbing/bouldering': 'bouldering',
  // Racket and team sports
  'racket/pickleball': 'pickleball',
  'racket/padel': 'padel',
  'racket/platform': 'padel',
  'racket/squash': 'squash',
  'racket/badminton': 'badminton',
  'racket/racquetball': 'racquetball',
  'racket/tableTennis': 'table_tennis',
  'tennis/pickleball': 'pickleball',
  'tennis/padel': 'padel',
  'hockey/field': 'field_hockey',
  'hockey/ice': 'ice_hockey',
  'teamSport/ultimate': 'ultimate_frisbee',
  'discGolf/ultimate': 'ultimate_frisbee',
};

const FIT_SPORT_INDEX: ReadonlyMap<string, ActivitySlug> = new Map(
  Object.entries(FIT_SPORT_MAP).map(([key, slug]) => [fitSportKey(...(key.split('/') as [string, string?])), slug]),
);

function fitSportKey(sport: string, subSport?: string): string {
  const base = normalizeVocabularyKey(sport);
  return subSport === undefined ? base : `${base}/${normalizeVocabularyKey(subSport)}`;
}

/**
 * Maps a FIT session's `sport` and `sub_sport` to a catalog activity definition, the pair first, then the sport alone.
 * Pure and total: it never throws, and a value it does not know (a number the profile does not name, an empty
 * string, `null`) maps to `other` with `matched: false`.
 *
 * @example
 * ```ts
 * mapFitSport('running', 'trail'); // { activityDefinitionSlug: 'trail_running', matched: true }
 * mapFitSport('training', 'strengthTraining'); // { activityDefinitionSlug: 'strength_training', matched: true }
 * mapFitSport('running', 'street'); // { activityDefinitionSlug: 'running', matched: true }
 * mapFitSport(210, null); // { activityDefinitionSlug: 'other', matched: false }
 * ```
 */
export function mapFitSport(sport: string | number | null | undefined, subSport?: string | number | null): ProviderActivityTypeMatch {
  if (typeof sport !== 'string' || normalizeVocabularyKey(sport) === '') return { activityDefinitionSlug: OTHER_ACTIVITY_SLUG, matched: false };
  const pair = typeof subSport === 'string' && normalizeVocabularyKey(subSport) !== '' ? FIT_SPORT_INDEX.get(fitSportKey(sport, subSport)) : undefined;
  const found = pair ?? FIT_SPORT_INDEX.get(fitSportKey(sport));
  return found === undefined ? { activityDefinitionSlug: OTHER_ACTIVITY_SLUG, matched: false } : { activityDefinitionSlug: found, matched: true };
}
