import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Mountain and climbing activities: hiking, rucking, mountaineering, rope climbing and bouldering. Hiking and climbing
 * use the muscle maps of the fatigue heuristics (fatigue.md §5.3) with a few added stabilizers.
 *
 * @example
 * ```ts
 * OUTDOOR_ACTIVITIES.find((activity) => activity.slug === 'bouldering')?.met?.edition; // '2024'
 * ```
 */
export const OUTDOOR_ACTIVITIES: readonly ActivityDefinition[] = [
  a('hiking', 'Hiking', {
    category: 'hobby', discipline: 'hiking', metric: 'distance', equipment: ['hiking_boots'],
    met: ['17080', 6, 'hiking, cross country'], cns: 0.4,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.8], ['hamstrings', 'secondary', 0.6],
      ['hip_flexors', 'secondary', 0.4], ['tibialis', 'secondary', 0.3], ['lower_back', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('rucking', 'Rucking and backpacking', {
    category: 'hobby', discipline: 'hiking', metric: 'distance', equipment: ['backpack'],
    met: ['17010', 7, 'backpacking'], cns: 0.5,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.8], ['hamstrings', 'secondary', 0.6],
      ['traps', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.4], ['middle_back', 'stabilizer', 0.3],
    ],
  }),
  a('mountaineering', 'Mountaineering', {
    category: 'hobby', discipline: 'climbing', metric: 'elevation', equipment: ['boots', 'crampons', 'ice_axe'],
    met: ['15533', 8, 'rock or mountain climbing'], cns: 0.7,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.8], ['hamstrings', 'secondary', 0.6],
      ['forearms', 'secondary', 0.5], ['shoulders', 'secondary', 0.4], ['lats', 'secondary', 0.4], ['traps', 'secondary', 0.4],
      ['lower_back', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('climbing', 'Rock climbing', {
    category: 'sport', discipline: 'climbing', metric: 'duration', equipment: ['climbing_shoes', 'harness', 'rope'],
    met: ['15535', 7.5, 'rock climbing, ascending rock, high difficulty'], cns: 1,
    muscles: [
      ['forearms', 'primary', 1], ['lats', 'primary', 0.9], ['biceps', 'primary', 0.7], ['middle_back', 'secondary', 0.6],
      ['shoulders', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5], ['calves', 'stabilizer', 0.3], ['quadriceps', 'stabilizer', 0.3],
    ],
  }),
  a('bouldering', 'Bouldering', {
    category: 'sport', discipline: 'climbing', metric: 'duration', equipment: ['climbing_shoes', 'crash_pad'],
    met: ['15534', 8.8, 'rock climbing, free boulder', '2024'], cns: 1,
    muscles: [
      ['forearms', 'primary', 1], ['lats', 'primary', 0.9], ['biceps', 'primary', 0.7], ['shoulders', 'secondary', 0.6],
      ['middle_back', 'secondary', 0.6], ['abdominals', 'secondary', 0.6], ['chest', 'stabilizer', 0.3], ['quadriceps', 'stabilizer', 0.3],
      ['hip_flexors', 'stabilizer', 0.3],
    ],
  }),
];
