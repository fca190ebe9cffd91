import { BODY_REGIONS, isTrainkitError, NotFoundError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { normalizeVocabularyKey } from '../normalize-vocabulary-key.js';
import { findMuscle } from './find-muscle.js';
import { getMuscle } from './get-muscle.js';
import { MUSCLE_ALIASES } from './muscle-aliases.js';
import { MuscleDefinitionSchema } from './muscle-definition.js';
import { MUSCLE_SLUGS } from './muscle-slugs.js';
import { MUSCLES } from './muscles.js';
import { requireMuscle } from './require-muscle.js';

/** The muscle group names of the fatigue heuristics config (fatigue.md §5.3, `recoveryHours90`). */
const FATIGUE_HEURISTICS_MUSCLES = [
  'quadriceps', 'glutes', 'hamstrings', 'lower back', 'adductors', 'chest', 'lats', 'middle back', 'traps',
  'shoulders', 'triceps', 'biceps', 'abdominals', 'forearms', 'calves',
];

/** free-exercise-db's 17 muscle names and where they belong. */
const FREE_EXERCISE_DB = {
  abdominals: 'abdominals', abductors: 'abductors', adductors: 'adductors', biceps: 'biceps', calves: 'calves', chest: 'chest',
  forearms: 'forearms', glutes: 'glutes', hamstrings: 'hamstrings', lats: 'lats', 'lower back': 'lower_back',
  'middle back': 'middle_back', neck: 'neck', quadriceps: 'quadriceps', shoulders: 'shoulders', traps: 'traps', triceps: 'triceps',
} as const;

/** wger's 16 anatomical muscles and where they belong. */
const WGER = {
  'Biceps brachii': 'biceps', 'Anterior deltoid': 'shoulders', 'Serratus anterior': 'chest', 'Pectoralis major': 'chest',
  'Triceps brachii': 'triceps', 'Rectus abdominis': 'abdominals', Gastrocnemius: 'calves', 'Gluteus maximus': 'glutes',
  Trapezius: 'traps', 'Quadriceps femoris': 'quadriceps', 'Biceps femoris': 'hamstrings', 'Latissimus dorsi': 'lats',
  Brachialis: 'biceps', 'Obliquus externus': 'obliques', Soleus: 'calves', 'Erector spinae': 'lower_back',
} as const;

describe('muscle taxonomy', () => {
  it('has 15 to 20 groups with unique slugs, one definition per slug', () => {
    expect(MUSCLES.length).toBeGreaterThanOrEqual(15);
    expect(MUSCLES.length).toBeLessThanOrEqual(20);
    const slugs = MUSCLES.map((muscle) => muscle.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual([...MUSCLE_SLUGS].sort());
  });

  it('parses every definition and places each muscle in a body region', () => {
    for (const muscle of MUSCLES) {
      expect(MuscleDefinitionSchema.parse(muscle)).toEqual(muscle);
      expect(BODY_REGIONS).toContain(muscle.region);
    }
  });

  it('covers every body region', () => {
    expect(new Set(MUSCLES.map((muscle) => muscle.region))).toEqual(new Set(BODY_REGIONS));
  });

  it('resolves every muscle name of the fatigue heuristics', () => {
    for (const name of FATIGUE_HEURISTICS_MUSCLES) expect(findMuscle(name)?.slug).toBe(name.replace(' ', '_'));
  });

  it('resolves the free-exercise-db and wger muscle names', () => {
    for (const [name, slug] of Object.entries({ ...FREE_EXERCISE_DB, ...WGER })) expect(findMuscle(name)?.slug, name).toBe(slug);
  });

  it('never lets two muscles claim the same name', () => {
    const claims = new Map<string, Set<string>>();
    const claim = (name: string, slug: string): void => {
      const key = normalizeVocabularyKey(name);
      claims.set(key, (claims.get(key) ?? new Set()).add(slug));
    };
    for (const muscle of MUSCLES) {
      claim(muscle.slug, muscle.slug);
      claim(muscle.name, muscle.slug);
      for (const anatomical of muscle.anatomy) claim(anatomical, muscle.slug);
    }
    for (const [alias, slug] of Object.entries(MUSCLE_ALIASES)) claim(alias, slug);
    const ambiguous = [...claims].filter(([, slugs]) => slugs.size > 1).map(([key]) => key);
    expect(ambiguous).toEqual([]);
  });

  it('looks muscles up without throwing, except in requireMuscle', () => {
    expect(getMuscle('calves')?.region).toBe('lower_leg');
    expect(getMuscle('lower back')).toBeUndefined();
    expect(findMuscle('wings')).toBeUndefined();
    expect(findMuscle('')).toBeUndefined();
    expect(requireMuscle('neck').name).toBe('Neck');
    expect(() => requireMuscle('wings')).toThrowError(NotFoundError);
    try {
      requireMuscle('wings');
    } catch (error) {
      expect(isTrainkitError(error, 'NOT_FOUND')).toBe(true);
      expect((error as NotFoundError).entity).toBe('muscles');
    }
  });
});
