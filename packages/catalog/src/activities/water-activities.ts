import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Water activities on the surface and below: surfing, kite and windsurfing, sailing, kayaking, canoeing, stand-up
 * paddling, water skiing and wakeboarding, scuba diving. (Swimming and rowing are endurance activities.)
 *
 * @example
 * ```ts
 * WATER_ACTIVITIES.find((activity) => activity.slug === 'stand_up_paddling')?.met?.compendiumCode; // '18225'
 * ```
 */
export const WATER_ACTIVITIES: readonly ActivityDefinition[] = [
  a('surfing', 'Surfing', {
    category: 'sport', discipline: 'water_sports', metric: 'duration', equipment: ['surfboard', 'wetsuit'],
    met: ['18220', 3, 'surfing, body or board, general'], cns: 0.5,
    muscles: [
      ['shoulders', 'primary', 0.8], ['lats', 'primary', 0.8], ['middle_back', 'secondary', 0.5], ['lower_back', 'secondary', 0.6],
      ['triceps', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4], ['neck', 'stabilizer', 0.3],
      ['abdominals', 'stabilizer', 0.5],
    ],
  }),
  a('kitesurfing', 'Kitesurfing', {
    category: 'sport', discipline: 'water_sports', metric: 'duration', equipment: ['kite', 'board', 'harness'],
    met: ['18380', 5, 'windsurfing, not pumping for speed'],
    proxyNote: 'The Compendium codes kitesurfing only as a crossing trial (18385, 11.0 MET); recreational windsurfing stands in.',
    cns: 0.6,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['forearms', 'primary', 0.6], ['glutes', 'secondary', 0.5], ['abdominals', 'secondary', 0.6],
      ['lower_back', 'secondary', 0.5], ['lats', 'secondary', 0.4], ['calves', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.4],
    ],
  }),
  a('windsurfing', 'Windsurfing', {
    category: 'sport', discipline: 'water_sports', metric: 'duration', equipment: ['windsurf_board', 'sail'],
    met: ['18380', 5, 'windsurfing, not pumping for speed'], cns: 0.6,
    muscles: [
      ['forearms', 'primary', 0.8], ['lats', 'primary', 0.6], ['quadriceps', 'secondary', 0.6], ['biceps', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5], ['glutes', 'stabilizer', 0.4],
    ],
  }),
  a('sailing', 'Sailing', {
    category: 'hobby', discipline: 'water_sports', metric: 'duration', equipment: ['sailboat'],
    met: ['18120', 3, 'sailing, boat and board sailing, windsurfing, ice sailing, general'], cns: 0.3,
    muscles: [['forearms', 'secondary', 0.4], ['abdominals', 'secondary', 0.3], ['quadriceps', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3]],
  }),
  a('kayaking', 'Kayaking', {
    category: 'cardio', discipline: 'rowing', metric: 'distance', equipment: ['kayak', 'paddle'],
    met: ['18100', 5, 'kayaking, moderate effort'], cns: 0.6,
    muscles: [
      ['lats', 'primary', 0.8], ['shoulders', 'primary', 0.7], ['obliques', 'primary', 0.6], ['middle_back', 'secondary', 0.5],
      ['abdominals', 'secondary', 0.5], ['biceps', 'secondary', 0.4], ['triceps', 'secondary', 0.4], ['forearms', 'secondary', 0.4],
    ],
  }),
  a('canoeing', 'Canoeing', {
    category: 'hobby', discipline: 'rowing', metric: 'distance', equipment: ['canoe', 'paddle'],
    met: ['18070', 3.5, 'canoeing, rowing, for pleasure, general'], cns: 0.4,
    muscles: [
      ['lats', 'primary', 0.7], ['shoulders', 'primary', 0.6], ['obliques', 'secondary', 0.5], ['middle_back', 'secondary', 0.5],
      ['biceps', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('stand_up_paddling', 'Stand-up paddling', {
    category: 'cardio', discipline: 'rowing', metric: 'distance', equipment: ['paddle_board', 'paddle'],
    met: ['18225', 6, 'paddle boarding, standing'], cns: 0.5,
    muscles: [
      ['lats', 'primary', 0.7], ['shoulders', 'primary', 0.6], ['obliques', 'secondary', 0.6], ['abdominals', 'secondary', 0.5],
      ['triceps', 'secondary', 0.4], ['quadriceps', 'stabilizer', 0.4], ['calves', 'stabilizer', 0.4], ['glutes', 'stabilizer', 0.3],
      ['tibialis', 'stabilizer', 0.3],
    ],
  }),
  a('water_skiing', 'Water skiing and wakeboarding', {
    category: 'sport', discipline: 'water_sports', metric: 'duration', equipment: ['water_skis'],
    met: ['18150', 6, 'skiing, water or wakeboarding'], cns: 0.6,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['forearms', 'primary', 0.7], ['glutes', 'secondary', 0.6], ['lats', 'secondary', 0.5],
      ['biceps', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.5], ['hamstrings', 'stabilizer', 0.4],
    ],
  }),
  a('scuba_diving', 'Scuba and freediving', {
    category: 'hobby', discipline: 'water_sports', metric: 'duration', equipment: ['scuba_gear'],
    met: ['18200', 7, 'skindiving, scuba diving, general'], cns: 0.4,
    muscles: [['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4], ['calves', 'secondary', 0.4], ['hamstrings', 'secondary', 0.3], ['lower_back', 'stabilizer', 0.3]],
  }),
];
