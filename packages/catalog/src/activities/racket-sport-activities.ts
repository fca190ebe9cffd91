import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Racket sports: tennis, padel, pickleball, squash, racquetball, badminton and table tennis. Tennis uses the muscle map
 * of the fatigue heuristics (fatigue.md §5.3) plus obliques and adductors.
 *
 * @example
 * ```ts
 * RACKET_SPORT_ACTIVITIES.map((activity) => activity.slug); // ['tennis', 'padel', 'pickleball', 'squash', ...]
 * ```
 */
export const RACKET_SPORT_ACTIVITIES: readonly ActivityDefinition[] = [
  a('tennis', 'Tennis', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['racket', 'ball'],
    met: ['15675', 7.3, 'tennis, general'], cns: 0.8,
    muscles: [
      ['forearms', 'primary', 0.8], ['calves', 'primary', 0.8], ['shoulders', 'primary', 0.7], ['quadriceps', 'secondary', 0.6],
      ['abdominals', 'secondary', 0.6], ['obliques', 'secondary', 0.6], ['glutes', 'secondary', 0.5], ['adductors', 'secondary', 0.4],
    ],
  }),
  a('padel', 'Padel', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['padel_racket', 'ball'],
    met: ['15680', 6, 'tennis, doubles'],
    proxyNote: 'The 2011 Compendium has no padel code; doubles tennis (always played as doubles, similar court movement) stands in.',
    cns: 0.7,
    muscles: [
      ['forearms', 'primary', 0.7], ['calves', 'primary', 0.7], ['shoulders', 'primary', 0.6], ['quadriceps', 'secondary', 0.6],
      ['obliques', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['adductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('pickleball', 'Pickleball', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['paddle', 'ball'],
    met: ['15685', 4.5, 'tennis, doubles'],
    proxyNote: 'The 2011 Compendium has no pickleball code; the lighter doubles-tennis entry stands in for the smaller court.',
    cns: 0.5,
    muscles: [
      ['forearms', 'primary', 0.6], ['calves', 'secondary', 0.6], ['shoulders', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5],
      ['glutes', 'secondary', 0.4], ['obliques', 'stabilizer', 0.4],
    ],
  }),
  a('squash', 'Squash', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['squash_racket', 'ball'],
    met: ['15652', 7.3, 'squash, general'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.8], ['forearms', 'primary', 0.7], ['glutes', 'primary', 0.7],
      ['shoulders', 'secondary', 0.6], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.5], ['obliques', 'secondary', 0.5],
    ],
  }),
  a('racquetball', 'Racquetball', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['racquetball_racket', 'ball'],
    met: ['15530', 7, 'racquetball, general'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.7], ['calves', 'primary', 0.7], ['forearms', 'primary', 0.7], ['shoulders', 'secondary', 0.6],
      ['glutes', 'secondary', 0.6], ['obliques', 'secondary', 0.5], ['adductors', 'secondary', 0.4],
    ],
  }),
  a('badminton', 'Badminton', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['badminton_racket', 'shuttlecock'],
    met: ['15030', 5.5, 'badminton, social singles and doubles, general'], cns: 0.7,
    muscles: [
      ['calves', 'primary', 0.7], ['quadriceps', 'primary', 0.7], ['shoulders', 'primary', 0.6], ['forearms', 'secondary', 0.5],
      ['glutes', 'secondary', 0.5], ['triceps', 'secondary', 0.4], ['obliques', 'stabilizer', 0.4],
    ],
  }),
  a('table_tennis', 'Table tennis', {
    category: 'sport', discipline: 'racket_sports', metric: 'duration', equipment: ['table_tennis_paddle', 'ball'],
    met: ['15660', 4, 'table tennis, ping pong'], cns: 0.5,
    muscles: [['forearms', 'primary', 0.5], ['shoulders', 'secondary', 0.4], ['calves', 'secondary', 0.4], ['quadriceps', 'secondary', 0.3], ['obliques', 'stabilizer', 0.3]],
  }),
];
