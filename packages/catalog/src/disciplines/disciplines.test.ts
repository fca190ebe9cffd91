import { NotFoundError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { ACTIVITY_DEFINITIONS } from '../activities/activity-definitions.js';
import { DisciplineDefinitionSchema } from './discipline-definition.js';
import { DISCIPLINE_SLUGS } from './discipline-slugs.js';
import { DISCIPLINES } from './disciplines.js';
import { getDiscipline } from './get-discipline.js';
import { requireDiscipline } from './require-discipline.js';

describe('disciplines', () => {
  it('has one valid definition per slug', () => {
    for (const discipline of DISCIPLINES) expect(DisciplineDefinitionSchema.parse(discipline)).toEqual(discipline);
    const slugs = DISCIPLINES.map((discipline) => discipline.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    expect([...slugs].sort()).toEqual([...DISCIPLINE_SLUGS].sort());
  });

  it('includes the disciplines the product plans around', () => {
    for (const slug of [
      'crossfit', 'hyrox', 'powerlifting', 'olympic_weightlifting', 'bodybuilding', 'running', 'cycling', 'triathlon', 'swimming',
      'climbing', 'general_fitness', 'calisthenics', 'team_sports', 'racket_sports', 'combat_sports', 'mobility',
    ]) {
      expect(getDiscipline(slug), slug).toBeDefined();
    }
  });

  it('gives every discipline at least one activity definition', () => {
    const used = new Set(ACTIVITY_DEFINITIONS.map((activity) => activity.discipline));
    expect(DISCIPLINE_SLUGS.filter((slug) => !used.has(slug))).toEqual([]);
  });

  it('returns undefined for unknown slugs and throws only in requireDiscipline', () => {
    expect(getDiscipline('quidditch')).toBeUndefined();
    expect(requireDiscipline('hyrox').name).toBe('HYROX');
    expect(() => requireDiscipline('quidditch')).toThrowError(NotFoundError);
  });
});
