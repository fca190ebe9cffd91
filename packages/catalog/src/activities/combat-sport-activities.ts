import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Combat sports: boxing, kickboxing, martial arts in general, Brazilian jiu-jitsu, wrestling and fencing.
 *
 * @example
 * ```ts
 * COMBAT_SPORT_ACTIVITIES.find((activity) => activity.slug === 'brazilian_jiu_jitsu')?.met?.compendiumCode; // '15430'
 * ```
 */
export const COMBAT_SPORT_ACTIVITIES: readonly ActivityDefinition[] = [
  a('boxing', 'Boxing', {
    category: 'sport', discipline: 'combat_sports', metric: 'rounds', equipment: ['gloves', 'heavy_bag'],
    met: ['15120', 7.8, 'boxing, sparring'], cns: 0.9,
    muscles: [
      ['shoulders', 'primary', 0.8], ['obliques', 'primary', 0.6], ['calves', 'secondary', 0.6], ['triceps', 'secondary', 0.5],
      ['abdominals', 'secondary', 0.5], ['chest', 'secondary', 0.4], ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4],
      ['traps', 'stabilizer', 0.3], ['neck', 'stabilizer', 0.3],
    ],
  }),
  a('kickboxing', 'Kickboxing and Muay Thai', {
    category: 'sport', discipline: 'combat_sports', metric: 'rounds', equipment: ['gloves', 'shin_guards'],
    met: ['15430', 10.3, 'martial arts, different types, moderate pace (e.g., judo, jujitsu, karate, kick boxing, tae kwan do, tai-bo, Muay Thai boxing)'],
    cns: 0.9,
    muscles: [
      ['shoulders', 'primary', 0.7], ['hip_flexors', 'primary', 0.6], ['obliques', 'primary', 0.6], ['quadriceps', 'secondary', 0.6],
      ['glutes', 'secondary', 0.6], ['calves', 'secondary', 0.5], ['abductors', 'secondary', 0.5], ['abdominals', 'secondary', 0.5],
      ['triceps', 'secondary', 0.4], ['hamstrings', 'secondary', 0.4],
    ],
  }),
  a('martial_arts', 'Martial arts', {
    category: 'sport', discipline: 'combat_sports', metric: 'duration',
    met: ['15430', 10.3, 'martial arts, different types, moderate pace (e.g., judo, jujitsu, karate, kick boxing, tae kwan do, tai-bo, Muay Thai boxing)'],
    cns: 0.9,
    muscles: [
      ['shoulders', 'primary', 0.6], ['quadriceps', 'secondary', 0.6], ['abdominals', 'secondary', 0.6], ['obliques', 'secondary', 0.6],
      ['glutes', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.5], ['calves', 'secondary', 0.4], ['forearms', 'secondary', 0.3],
    ],
  }),
  a('brazilian_jiu_jitsu', 'Brazilian jiu-jitsu', {
    category: 'sport', discipline: 'combat_sports', metric: 'rounds', equipment: ['gi'],
    met: ['15430', 10.3, 'martial arts, different types, moderate pace (e.g., judo, jujitsu, karate, kick boxing, tae kwan do, tai-bo, Muay Thai boxing)'],
    cns: 0.9,
    muscles: [
      ['forearms', 'primary', 0.9], ['adductors', 'primary', 0.6], ['lats', 'secondary', 0.6], ['biceps', 'secondary', 0.6],
      ['abdominals', 'secondary', 0.6], ['hip_flexors', 'secondary', 0.5], ['neck', 'secondary', 0.5], ['glutes', 'secondary', 0.5],
      ['lower_back', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4], ['traps', 'secondary', 0.4],
    ],
  }),
  a('wrestling', 'Wrestling', {
    category: 'sport', discipline: 'combat_sports', metric: 'rounds',
    met: ['15730', 6, 'wrestling (one match = 5 minutes)'], cns: 1,
    muscles: [
      ['neck', 'primary', 0.7], ['forearms', 'primary', 0.7], ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.7],
      ['lower_back', 'secondary', 0.6], ['lats', 'secondary', 0.6], ['traps', 'secondary', 0.6], ['biceps', 'secondary', 0.5],
      ['hamstrings', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['adductors', 'secondary', 0.5],
    ],
  }),
  a('fencing', 'Fencing', {
    category: 'sport', discipline: 'combat_sports', metric: 'duration', equipment: ['foil', 'mask'],
    met: ['15200', 6, 'fencing'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.6], ['calves', 'secondary', 0.5], ['adductors', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['hamstrings', 'stabilizer', 0.4],
    ],
  }),
];
