import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Snow, ice and wheel-and-board activities: alpine, backcountry and cross-country skiing, snowboarding, snowshoeing,
 * ice and inline skating, skateboarding.
 *
 * @example
 * ```ts
 * WINTER_AND_BOARD_ACTIVITIES.find((activity) => activity.slug === 'cross_country_skiing')?.met?.value; // 9
 * ```
 */
export const WINTER_AND_BOARD_ACTIVITIES: readonly ActivityDefinition[] = [
  a('alpine_skiing', 'Alpine skiing', {
    category: 'sport', discipline: 'winter_sports', metric: 'duration', equipment: ['skis', 'ski_boots'],
    met: ['19160', 5.3, 'skiing, downhill, alpine or snowboarding, moderate effort, general, active time only'], cns: 0.7,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['adductors', 'secondary', 0.5], ['hamstrings', 'secondary', 0.5],
      ['abdominals', 'stabilizer', 0.5], ['calves', 'stabilizer', 0.4], ['tibialis', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.3],
    ],
  }),
  a('snowboarding', 'Snowboarding', {
    category: 'sport', discipline: 'winter_sports', metric: 'duration', equipment: ['snowboard'],
    met: ['19160', 5.3, 'skiing, downhill, alpine or snowboarding, moderate effort, general, active time only'], cns: 0.7,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.5], ['tibialis', 'secondary', 0.5],
      ['hamstrings', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5], ['obliques', 'stabilizer', 0.4],
    ],
  }),
  a('cross_country_skiing', 'Cross-country skiing', {
    category: 'cardio', discipline: 'winter_sports', metric: 'distance', equipment: ['nordic_skis', 'poles'],
    met: ['19090', 9, 'skiing, cross country, 4.0-4.9 mph, moderate speed and effort, general'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.7], ['lats', 'primary', 0.7], ['triceps', 'primary', 0.6],
      ['shoulders', 'secondary', 0.6], ['abdominals', 'secondary', 0.6], ['hamstrings', 'secondary', 0.5], ['calves', 'secondary', 0.5],
      ['hip_flexors', 'secondary', 0.4], ['adductors', 'stabilizer', 0.3],
    ],
  }),
  a('backcountry_skiing', 'Backcountry skiing and ski touring', {
    category: 'sport', discipline: 'winter_sports', metric: 'elevation', equipment: ['touring_skis', 'skins', 'poles'],
    met: ['19090', 9, 'skiing, cross country, 4.0-4.9 mph, moderate speed and effort, general'],
    proxyNote: 'The Compendium has no ski-touring code; moderate cross-country skiing stands in for skinning uphill and skiing down.',
    cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['calves', 'secondary', 0.6], ['hamstrings', 'secondary', 0.6],
      ['hip_flexors', 'secondary', 0.5], ['triceps', 'secondary', 0.4], ['lats', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5],
      ['adductors', 'stabilizer', 0.4],
    ],
  }),
  a('snowshoeing', 'Snowshoeing', {
    category: 'hobby', discipline: 'winter_sports', metric: 'distance', equipment: ['snowshoes'],
    met: ['19190', 5.3, 'snow shoeing, moderate effort'], cns: 0.4,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['hip_flexors', 'primary', 0.7], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.6],
      ['hamstrings', 'secondary', 0.5], ['abductors', 'stabilizer', 0.3],
    ],
  }),
  a('ice_skating', 'Ice skating', {
    category: 'sport', discipline: 'winter_sports', metric: 'duration', equipment: ['ice_skates'],
    met: ['19030', 7, 'skating, ice, general'], cns: 0.6,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['adductors', 'primary', 0.6], ['abductors', 'secondary', 0.6],
      ['hamstrings', 'secondary', 0.4], ['calves', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('inline_skating', 'Inline skating', {
    category: 'sport', discipline: null, metric: 'distance', equipment: ['inline_skates'],
    met: ['15591', 7.5, 'rollerblading, in-line skating, 14.4 km/h (9.0 mph), recreational pace'], cns: 0.6,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['adductors', 'primary', 0.6], ['abductors', 'secondary', 0.6],
      ['hamstrings', 'secondary', 0.4], ['calves', 'stabilizer', 0.4], ['lower_back', 'stabilizer', 0.3],
    ],
  }),
  a('skateboarding', 'Skateboarding', {
    category: 'hobby', discipline: null, metric: 'duration', equipment: ['skateboard'],
    met: ['15580', 5, 'skateboarding, general, moderate effort'], cns: 0.6,
    muscles: [
      ['quadriceps', 'primary', 0.6], ['calves', 'primary', 0.6], ['glutes', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
      ['tibialis', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4], ['obliques', 'stabilizer', 0.3],
    ],
  }),
];
