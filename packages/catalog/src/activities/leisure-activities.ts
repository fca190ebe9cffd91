import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Leisure activities and hobbies: golf, dance, horseback riding, gardening and yard work, housework, fishing, archery
 * and bowling.
 *
 * @example
 * ```ts
 * LEISURE_ACTIVITIES.find((activity) => activity.slug === 'gardening')?.met?.value; // 3.8
 * ```
 */
export const LEISURE_ACTIVITIES: readonly ActivityDefinition[] = [
  a('golf', 'Golf', {
    category: 'sport', discipline: null, metric: 'duration', equipment: ['golf_clubs'],
    met: ['15255', 4.8, 'golf, general'], cns: 0.3,
    muscles: [
      ['obliques', 'primary', 0.6], ['shoulders', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['lower_back', 'secondary', 0.4],
      ['glutes', 'secondary', 0.3], ['calves', 'stabilizer', 0.3], ['quadriceps', 'stabilizer', 0.3],
    ],
  }),
  a('dance', 'Dance', {
    category: 'hobby', discipline: 'dance', metric: 'duration',
    met: ['03031', 7.8, 'general dancing (e.g., disco, folk, Irish step dancing, line dancing, polka, contra, country)'], cns: 0.5,
    muscles: [
      ['calves', 'primary', 0.6], ['quadriceps', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4],
      ['adductors', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('horseback_riding', 'Horseback riding', {
    category: 'hobby', discipline: null, metric: 'duration', equipment: ['saddle', 'helmet'],
    met: ['15370', 5.5, 'horseback riding, general'], cns: 0.4,
    muscles: [
      ['adductors', 'primary', 0.6], ['abdominals', 'secondary', 0.5], ['lower_back', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.4],
      ['hip_flexors', 'stabilizer', 0.3],
    ],
  }),
  a('gardening', 'Gardening and yard work', {
    category: 'hobby', discipline: null, metric: 'duration', equipment: ['garden_tools'],
    met: ['08245', 3.8, 'gardening, general, moderate effort'], cns: 0.1,
    muscles: [
      ['lower_back', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['quadriceps', 'secondary', 0.3], ['glutes', 'secondary', 0.3],
      ['shoulders', 'stabilizer', 0.2],
    ],
  }),
  a('housework', 'Housework', {
    category: 'other', discipline: null, metric: 'duration',
    met: ['05026', 3.5, 'multiple household tasks all at once, moderate effort'], cns: 0.1,
    muscles: [['forearms', 'secondary', 0.3], ['shoulders', 'stabilizer', 0.2], ['lower_back', 'stabilizer', 0.2]],
  }),
  a('fishing', 'Fishing', {
    category: 'hobby', discipline: null, metric: 'duration', equipment: ['fishing_rod'],
    met: ['04001', 3.5, 'fishing, general'], cns: 0.1,
    muscles: [['forearms', 'secondary', 0.3], ['shoulders', 'stabilizer', 0.2]],
  }),
  a('archery', 'Archery', {
    category: 'hobby', discipline: null, metric: 'score', equipment: ['bow'],
    met: ['15010', 4.3, 'archery, non-hunting'], cns: 0.3,
    muscles: [['middle_back', 'primary', 0.5], ['shoulders', 'secondary', 0.5], ['forearms', 'secondary', 0.4], ['traps', 'secondary', 0.4]],
  }),
  a('bowling', 'Bowling', {
    category: 'hobby', discipline: null, metric: 'score', equipment: ['bowling_ball'],
    met: ['15092', 3.8, 'bowling, indoor, bowling alley'], cns: 0.2,
    muscles: [['forearms', 'secondary', 0.4], ['shoulders', 'secondary', 0.3], ['quadriceps', 'stabilizer', 0.3], ['glutes', 'stabilizer', 0.2]],
  }),
];
