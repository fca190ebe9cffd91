import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Mind-body and recovery activities: yoga, Pilates, mobility and stretching, tai chi, meditation and breathwork, sauna
 * and cold-water immersion.
 *
 * @example
 * ```ts
 * MIND_BODY_AND_RECOVERY_ACTIVITIES.filter((activity) => activity.category === 'recovery').length; // 3
 * ```
 */
export const MIND_BODY_AND_RECOVERY_ACTIVITIES: readonly ActivityDefinition[] = [
  a('yoga', 'Yoga', {
    category: 'mobility', discipline: 'mobility', metric: 'duration', equipment: ['mat'],
    met: ['02150', 2.5, 'yoga, Hatha'], cns: 0.2,
    muscles: [
      ['hamstrings', 'secondary', 0.3], ['shoulders', 'secondary', 0.3], ['abdominals', 'secondary', 0.3], ['quadriceps', 'secondary', 0.3],
      ['glutes', 'stabilizer', 0.3], ['hip_flexors', 'stabilizer', 0.2], ['lower_back', 'stabilizer', 0.2],
    ],
  }),
  a('pilates', 'Pilates', {
    category: 'mobility', discipline: 'mobility', metric: 'duration', equipment: ['mat'],
    met: ['02105', 3, 'pilates, general'], cns: 0.3,
    muscles: [
      ['abdominals', 'primary', 0.6], ['obliques', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4], ['glutes', 'secondary', 0.4],
      ['adductors', 'secondary', 0.3], ['lower_back', 'stabilizer', 0.4],
    ],
  }),
  a('mobility', 'Mobility and stretching', {
    category: 'mobility', discipline: 'mobility', metric: 'duration', equipment: ['mat'],
    met: ['02101', 2.3, 'stretching, mild'], cns: 0.1,
    muscles: [['hamstrings', 'stabilizer', 0.2], ['hip_flexors', 'stabilizer', 0.2], ['shoulders', 'stabilizer', 0.1]],
  }),
  a('tai_chi', 'Tai chi and qigong', {
    category: 'mobility', discipline: 'mobility', metric: 'duration',
    met: ['15670', 3, 'tai chi, qi gong, general'], cns: 0.1,
    muscles: [['quadriceps', 'secondary', 0.3], ['glutes', 'stabilizer', 0.2], ['abductors', 'stabilizer', 0.2], ['shoulders', 'stabilizer', 0.2]],
  }),
  a('meditation', 'Meditation and breathwork', {
    category: 'recovery', discipline: 'mobility', metric: 'duration',
    met: ['07075', 1, 'meditating'], cns: 0, muscles: [],
  }),
  a('sauna', 'Sauna', {
    category: 'recovery', discipline: null, metric: 'duration',
    met: null, proxyNote: 'Passive heat exposure; the Compendium lists no sauna code and a MET would not describe its thermal load.',
    cns: 0, muscles: [],
  }),
  a('cold_plunge', 'Cold plunge and ice bath', {
    category: 'recovery', discipline: null, metric: 'duration',
    met: null, proxyNote: 'Passive cold-water immersion; the Compendium lists no code for it.',
    cns: 0, muscles: [],
  }),
];
