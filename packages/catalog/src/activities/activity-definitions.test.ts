import { ACTIVITY_CATEGORIES, ACTIVITY_METRIC_TYPES, NotFoundError, type MuscleRole } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { getDiscipline } from '../disciplines/get-discipline.js';
import { MUSCLES } from '../muscles/muscles.js';
import { activitiesForDiscipline } from './activities-for-discipline.js';
import { ActivityDefinitionSchema, type ActivityDefinition } from './activity-definition.js';
import { ACTIVITY_DEFINITIONS } from './activity-definitions.js';
import { ACTIVITY_SLUGS } from './activity-slugs.js';
import { getActivityDefinition } from './get-activity-definition.js';
import { musclesForActivity } from './muscles-for-activity.js';
import { requireActivityDefinition } from './require-activity-definition.js';

const muscleSlugs = new Set<string>(MUSCLES.map((muscle) => muscle.slug));

/** The activity maps and cnsFactor of the fatigue heuristics config (fatigue.md §5.3). */
const FATIGUE_HEURISTICS_ACTIVITIES: Record<string, { cns: number; muscles: [string, MuscleRole, number][] }> = {
  running: { cns: 0.9, muscles: [['quadriceps', 'primary', 0.9], ['calves', 'primary', 0.9], ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.7]] },
  cycling: { cns: 0.8, muscles: [['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4]] },
  hiking: { cns: 0.4, muscles: [['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.8], ['hamstrings', 'secondary', 0.6]] },
  tennis: {
    cns: 0.8,
    muscles: [['forearms', 'primary', 0.8], ['shoulders', 'primary', 0.7], ['calves', 'primary', 0.8], ['quadriceps', 'secondary', 0.6], ['glutes', 'secondary', 0.5], ['abdominals', 'secondary', 0.6]],
  },
  climbing: {
    cns: 1,
    muscles: [['forearms', 'primary', 1], ['lats', 'primary', 0.9], ['biceps', 'primary', 0.7], ['middle_back', 'secondary', 0.6], ['shoulders', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5]],
  },
};

/** Values read from the Compendium tables (2011 unless marked), to catch typos in codes and values. */
const COMPENDIUM_SPOT_CHECKS: Record<string, number> = {
  '12150': 8, '12140': 9, '01015': 7.5, '01009': 8.5, '02010': 7, '17080': 6, '17190': 3.5, '15675': 7.3, '15680': 6,
  '15535': 7.5, '15534': 8.8, '18240': 5.8, '18300': 6, '02040': 8, '02054': 3.5, '02050': 6, '02150': 2.5, '02105': 3,
  '19090': 9, '19160': 5.3, '15430': 10.3, '15610': 7, '15055': 6.5, '15652': 7.3, '15030': 5.5, '15660': 4, '08245': 3.8,
};

describe('activity definitions', () => {
  it('has at least 60 definitions, one per slug, ending with the other fallback', () => {
    expect(ACTIVITY_DEFINITIONS.length).toBeGreaterThanOrEqual(60);
    const slugs = ACTIVITY_DEFINITIONS.map((activity) => activity.slug);
    expect(slugs.filter((slug, index) => slugs.indexOf(slug) !== index)).toEqual([]);
    expect([...slugs].sort()).toEqual([...ACTIVITY_SLUGS].sort());
    expect(slugs.at(-1)).toBe('other');
  });

  it('parses every definition: category, metric, MET source, CNS impact, muscles', () => {
    for (const activity of ACTIVITY_DEFINITIONS) {
      const parsed = ActivityDefinitionSchema.safeParse(activity);
      expect(parsed.success, `${activity.slug}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(ACTIVITY_CATEGORIES).toContain(activity.category);
      expect(ACTIVITY_METRIC_TYPES).toContain(activity.defaultMetricType);
    }
  });

  it('references only real muscles and disciplines', () => {
    for (const activity of ACTIVITY_DEFINITIONS) {
      for (const involvement of activity.muscles) expect(muscleSlugs.has(involvement.muscle), `${activity.slug} -> ${involvement.muscle}`).toBe(true);
      if (activity.discipline !== null) expect(getDiscipline(activity.discipline), activity.slug).toBeDefined();
    }
  });

  it('cites a Compendium code for every MET and explains every proxy or gap', () => {
    const unexplained = ACTIVITY_DEFINITIONS.filter((activity) => (activity.met === null || activity.met.basis === 'proxy') !== (activity.metNote !== null));
    expect(unexplained.map((activity) => activity.slug)).toEqual([]);
    const withoutMet = ACTIVITY_DEFINITIONS.filter((activity) => activity.met === null).map((activity) => activity.slug);
    expect(withoutMet.sort()).toEqual(['cold_plunge', 'handcycling', 'multisport', 'other', 'sauna', 'wheelchair']);
    for (const activity of ACTIVITY_DEFINITIONS) {
      if (activity.met === null) continue;
      expect(activity.met.compendiumCode, activity.slug).toMatch(/^\d{5}$/);
      expect(activity.met.value).toBeGreaterThan(0.9);
      expect(activity.met.value).toBeLessThan(20);
    }
  });

  it('uses one value and description per Compendium code', () => {
    const byCode = new Map<string, ActivityDefinition['met']>();
    for (const activity of ACTIVITY_DEFINITIONS) {
      if (activity.met === null) continue;
      const key = `${activity.met.edition}:${activity.met.compendiumCode}`;
      const seen = byCode.get(key);
      if (seen) expect({ value: activity.met.value, description: activity.met.description }, activity.slug).toEqual({ value: seen.value, description: seen.description });
      else byCode.set(key, activity.met);
      const expected = COMPENDIUM_SPOT_CHECKS[activity.met.compendiumCode];
      if (expected !== undefined) expect(activity.met.value, activity.slug).toBe(expected);
    }
  });

  it('covers the cardio, sports and hobbies people log', () => {
    for (const slug of [
      'running', 'trail_running', 'cycling', 'mountain_biking', 'indoor_cycling', 'swimming', 'open_water_swimming', 'rowing', 'hiking',
      'walking', 'tennis', 'padel', 'squash', 'badminton', 'table_tennis', 'climbing', 'bouldering', 'surfing', 'alpine_skiing',
      'snowboarding', 'cross_country_skiing', 'yoga', 'pilates', 'martial_arts', 'boxing', 'brazilian_jiu_jitsu', 'soccer', 'basketball',
      'volleyball', 'rugby', 'dance', 'gardening', 'golf', 'skateboarding', 'kayaking', 'stand_up_paddling', 'elliptical',
      'stair_climbing', 'jump_rope', 'hiit', 'crossfit', 'functional_training', 'strength_training', 'hyrox', 'other',
    ]) {
      expect(getActivityDefinition(slug), slug).toBeDefined();
    }
  });

  it('agrees with the activity maps and CNS factors of the fatigue heuristics', () => {
    for (const [slug, expected] of Object.entries(FATIGUE_HEURISTICS_ACTIVITIES)) {
      const activity = requireActivityDefinition(slug);
      expect(activity.cnsImpact, slug).toBe(expected.cns);
      for (const [muscle, role, magnitude] of expected.muscles) expect(activity.muscles, slug).toContainEqual({ muscle, role, magnitude });
    }
  });

  it('loads muscles in every non-passive activity and none in passive recovery', () => {
    for (const activity of ACTIVITY_DEFINITIONS) {
      if (activity.category === 'recovery' || activity.slug === 'other') expect(activity.muscles, activity.slug).toEqual([]);
      else expect(activity.muscles.length, activity.slug).toBeGreaterThan(0);
    }
    expect(requireActivityDefinition('sauna').cnsImpact).toBe(0);
  });

  it('looks activities up without throwing, except in requireActivityDefinition', () => {
    expect(getActivityDefinition('quidditch')).toBeUndefined();
    expect(() => requireActivityDefinition('quidditch')).toThrowError(NotFoundError);
    expect(musclesForActivity('quidditch')).toEqual([]);
    expect(musclesForActivity('climbing', ['primary']).map((involvement) => involvement.muscle)).toEqual(['forearms', 'lats', 'biceps']);
    expect(activitiesForDiscipline('running').map((activity) => activity.slug)).toEqual(['running', 'trail_running', 'obstacle_course_racing']);
    expect(activitiesForDiscipline('quidditch')).toEqual([]);
  });
});
