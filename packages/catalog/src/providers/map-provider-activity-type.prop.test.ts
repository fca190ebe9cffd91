import { PROVIDER_ALIASES, PROVIDERS, type Provider } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_SLUGS, type ActivitySlug } from '../activities/activity-slugs.js';
import { APPLE_WORKOUT_ACTIVITY_TYPES } from './apple-workout-activity-types.js';
import { GARMIN_ACTIVITY_MAP } from './garmin-activity-map.js';
import { mapProviderActivityType } from './map-provider-activity-type.js';
import { OURA_ACTIVITY_MAP } from './oura-activity-map.js';
import { STRAVA_ACTIVITY_MAP } from './strava-activity-map.js';
import { WHOOP_SPORTS } from './whoop-sports.js';

/** Every known (provider, raw name) pair and the activity it must map to. */
const KNOWN_NAMES: readonly (readonly [Provider, string, ActivitySlug])[] = [
  ...Object.entries(STRAVA_ACTIVITY_MAP).map(([raw, slug]) => ['strava', raw, slug] as const),
  ...Object.entries(GARMIN_ACTIVITY_MAP).map(([raw, slug]) => ['garmin', raw, slug] as const),
  ...Object.entries(OURA_ACTIVITY_MAP).map(([raw, slug]) => ['oura', raw, slug] as const),
  ...WHOOP_SPORTS.map((sport) => ['whoop', sport.name, sport.activity] as const),
  ...APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => ['apple_health', type.name, type.activity] as const),
  ...APPLE_WORKOUT_ACTIVITY_TYPES.map(
    (type) => ['apple_health', `HKWorkoutActivityType${type.name.charAt(0).toUpperCase()}${type.name.slice(1)}`, type.activity] as const,
  ),
];

/** Every known (provider, numeric id) pair and the activity it must map to. */
const KNOWN_IDS: readonly (readonly [Provider, number, ActivitySlug])[] = [
  ...WHOOP_SPORTS.map((sport) => ['whoop', sport.id, sport.activity] as const),
  ...APPLE_WORKOUT_ACTIVITY_TYPES.map((type) => ['apple_health', type.rawValue, type.activity] as const),
];

const providerNames = fc.oneof(fc.constantFrom(...PROVIDERS, ...Object.keys(PROVIDER_ALIASES)), fc.string());
const rawValues = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme' }),
  fc.constantFrom(...KNOWN_NAMES.map(([, raw]) => raw)),
  fc.integer(),
  fc.double(),
  fc.constant(null),
  fc.constant(undefined),
);

/** Rewrites a name with per-character case changes, padding and separators between characters. */
const respelled = (name: string) =>
  fc
    .tuple(
      fc.array(fc.boolean(), { minLength: name.length, maxLength: name.length }),
      fc.array(fc.constantFrom('', '', '', ' ', '_', '-', '  ', '/', '.'), { minLength: name.length, maxLength: name.length }),
      fc.constantFrom('', ' ', '\t', '  '),
      fc.constantFrom('', ' ', '\n', '  '),
    )
    .map(([upper, separators, before, after]) =>
      before + [...name].map((char, index) => (upper[index] ? char.toUpperCase() : char.toLowerCase()) + separators[index]).join('') + after,
    );

describe('mapProviderActivityType properties', () => {
  it('is total: any provider and any raw value give a known activity slug, never an exception', () => {
    fc.assert(
      fc.property(providerNames, rawValues, (provider, raw) => {
        const match = mapProviderActivityType(provider, raw);
        expect(ACTIVITY_SLUGS).toContain(match.activityDefinitionSlug);
        if (!match.matched) expect(match.activityDefinitionSlug).toBe('other');
      }),
      { numRuns: 2000 },
    );
  });

  it('ignores case, spacing and punctuation in names', () => {
    const known = fc.constantFrom(...KNOWN_NAMES).chain(([provider, raw, slug]) => fc.tuple(fc.constant(provider), respelled(raw), fc.constant(slug)));
    fc.assert(
      fc.property(known, ([provider, raw, slug]) => {
        expect(mapProviderActivityType(provider, raw)).toEqual({ activityDefinitionSlug: slug, matched: true });
      }),
      { numRuns: 2000 },
    );
  });

  it('maps every known value, and every provider alias, to its table entry', () => {
    const aliasesOf = (provider: Provider): string[] => [provider, ...Object.keys(PROVIDER_ALIASES).filter((alias) => PROVIDER_ALIASES[alias] === provider)];
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_NAMES), fc.nat(), ([provider, raw, slug], pick) => {
        const spellings = aliasesOf(provider);
        const spelling = spellings[pick % spellings.length] as string;
        expect(mapProviderActivityType(spelling.toUpperCase(), raw)).toEqual({ activityDefinitionSlug: slug, matched: true });
      }),
    );
  });

  it('maps known numeric ids given as numbers or as padded digit strings alike', () => {
    fc.assert(
      fc.property(fc.constantFrom(...KNOWN_IDS), fc.constantFrom('', ' ', '  '), ([provider, id, slug], padding) => {
        expect(mapProviderActivityType(provider, id)).toEqual({ activityDefinitionSlug: slug, matched: true });
        expect(mapProviderActivityType(provider, `${padding}${id}${padding}`)).toEqual({ activityDefinitionSlug: slug, matched: true });
      }),
    );
  });

  it('maps known values to a specific activity unless the table says other', () => {
    const specific = KNOWN_NAMES.filter(([, , slug]) => slug !== 'other');
    expect(specific.length).toBeGreaterThan(KNOWN_NAMES.length * 0.8);
    fc.assert(
      fc.property(fc.constantFrom(...specific), ([provider, raw]) => {
        expect(mapProviderActivityType(provider, raw).activityDefinitionSlug).not.toBe('other');
      }),
    );
  });
});
