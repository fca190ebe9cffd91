import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Endurance and cardio activities: running, walking, cycling, swimming, rowing, cardio machines, classes, interval
 * training, multisport and fitness racing (HYROX, obstacle courses). MET values from the 2011 Compendium (code cited).
 *
 * @example
 * ```ts
 * ENDURANCE_ACTIVITIES.find((activity) => activity.slug === 'running')?.met?.compendiumCode; // '12150'
 * ```
 */
export const ENDURANCE_ACTIVITIES: readonly ActivityDefinition[] = [
  a('running', 'Running', {
    category: 'cardio', discipline: 'running', metric: 'distance', equipment: ['running_shoes'],
    met: ['12150', 8, 'running (Taylor code 200)'], cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['calves', 'primary', 0.9], ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.7],
      ['hip_flexors', 'secondary', 0.5], ['tibialis', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('trail_running', 'Trail running', {
    category: 'cardio', discipline: 'running', metric: 'distance', equipment: ['trail_shoes'],
    met: ['12140', 9, 'running, cross country'], cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 1], ['calves', 'primary', 0.9], ['glutes', 'primary', 0.8], ['hamstrings', 'secondary', 0.7],
      ['hip_flexors', 'secondary', 0.5], ['tibialis', 'secondary', 0.5], ['abductors', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('walking', 'Walking', {
    category: 'cardio', discipline: null, metric: 'distance',
    met: ['17190', 3.5, 'walking, 2.8 to 3.2 mph, level, moderate pace, firm surface'], cns: 0.1,
    muscles: [
      ['calves', 'primary', 0.4], ['quadriceps', 'secondary', 0.3], ['glutes', 'secondary', 0.3], ['hamstrings', 'secondary', 0.3],
      ['tibialis', 'secondary', 0.3], ['hip_flexors', 'stabilizer', 0.2],
    ],
  }),
  a('nordic_walking', 'Nordic walking', {
    category: 'cardio', discipline: null, metric: 'distance', equipment: ['poles'],
    met: ['17302', 4.8, 'walking, for exercise, 3.5 to 4 mph, with ski poles, Nordic walking, level, moderate pace'], cns: 0.2,
    muscles: [
      ['calves', 'primary', 0.5], ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4], ['triceps', 'secondary', 0.4],
      ['lats', 'secondary', 0.4], ['shoulders', 'secondary', 0.3], ['hamstrings', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('cycling', 'Cycling', {
    category: 'cardio', discipline: 'cycling', metric: 'distance', equipment: ['bicycle'],
    met: ['01015', 7.5, 'bicycling, general'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
      ['hip_flexors', 'secondary', 0.3], ['lower_back', 'stabilizer', 0.2],
    ],
  }),
  a('mountain_biking', 'Mountain biking', {
    category: 'cardio', discipline: 'cycling', metric: 'distance', equipment: ['mountain_bike'],
    met: ['01009', 8.5, 'bicycling, mountain, general'], cns: 0.85,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.8], ['hamstrings', 'secondary', 0.5], ['calves', 'secondary', 0.5],
      ['forearms', 'secondary', 0.5], ['shoulders', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.4], ['lower_back', 'stabilizer', 0.4],
      ['triceps', 'stabilizer', 0.3],
    ],
  }),
  a('indoor_cycling', 'Indoor cycling', {
    category: 'cardio', discipline: 'cycling', metric: 'duration', equipment: ['stationary_bike'],
    met: ['02010', 7, 'bicycling, stationary, general'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 1], ['glutes', 'primary', 0.7], ['calves', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4],
      ['hip_flexors', 'secondary', 0.3],
    ],
  }),
  a('e_biking', 'E-bike riding', {
    category: 'cardio', discipline: 'cycling', metric: 'distance', equipment: ['e_bike'],
    met: ['01010', 4, 'bicycling, <10 mph, leisure, to work or for pleasure'],
    proxyNote: 'The 2011 Compendium has no electric-assist code; leisure cycling below 10 mph stands in for pedal-assisted riding.',
    cns: 0.4,
    muscles: [['quadriceps', 'primary', 0.6], ['glutes', 'secondary', 0.4], ['calves', 'secondary', 0.3], ['hamstrings', 'secondary', 0.2]],
  }),
  a('handcycling', 'Handcycling', {
    category: 'cardio', discipline: 'cycling', metric: 'distance', equipment: ['handcycle'],
    met: null, proxyNote: 'Not in the adult Compendium; see the Compendium of Physical Activities for wheelchair users (Conger et al.).',
    cns: 0.7,
    muscles: [
      ['shoulders', 'primary', 0.9], ['triceps', 'primary', 0.8], ['chest', 'secondary', 0.6], ['lats', 'secondary', 0.5],
      ['biceps', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('wheelchair', 'Wheelchair propulsion', {
    category: 'cardio', discipline: null, metric: 'distance', equipment: ['wheelchair'],
    met: null, proxyNote: 'Not in the adult Compendium; see the Compendium of Physical Activities for wheelchair users (Conger et al.).',
    cns: 0.6,
    muscles: [
      ['shoulders', 'primary', 0.9], ['triceps', 'primary', 0.7], ['chest', 'secondary', 0.6], ['forearms', 'secondary', 0.6],
      ['biceps', 'secondary', 0.4], ['lats', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('swimming', 'Swimming', {
    category: 'cardio', discipline: 'swimming', metric: 'distance', equipment: ['pool'],
    met: ['18240', 5.8, 'swimming laps, freestyle, front crawl, slow, light or moderate effort'], cns: 0.7,
    muscles: [
      ['lats', 'primary', 0.9], ['shoulders', 'primary', 0.9], ['chest', 'secondary', 0.6], ['triceps', 'secondary', 0.6],
      ['middle_back', 'secondary', 0.4], ['glutes', 'secondary', 0.3], ['quadriceps', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.5],
      ['calves', 'stabilizer', 0.2],
    ],
  }),
  a('open_water_swimming', 'Open water swimming', {
    category: 'cardio', discipline: 'swimming', metric: 'distance', equipment: ['wetsuit'],
    met: ['18300', 6, 'swimming, lake, ocean, river'], cns: 0.7,
    muscles: [
      ['lats', 'primary', 0.9], ['shoulders', 'primary', 0.9], ['chest', 'secondary', 0.6], ['triceps', 'secondary', 0.6],
      ['middle_back', 'secondary', 0.4], ['glutes', 'secondary', 0.3], ['quadriceps', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.5],
      ['neck', 'stabilizer', 0.3],
    ],
  }),
  a('water_aerobics', 'Water aerobics', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration', equipment: ['pool'],
    met: ['02120', 5.3, 'water aerobics, water calisthenics, water exercise'], cns: 0.2,
    muscles: [
      ['quadriceps', 'secondary', 0.4], ['shoulders', 'secondary', 0.4], ['glutes', 'secondary', 0.3], ['hamstrings', 'secondary', 0.3],
      ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('rowing', 'Rowing', {
    category: 'cardio', discipline: 'rowing', metric: 'distance', equipment: ['rowing_shell'],
    met: ['18050', 5.8, 'canoeing, rowing, 4.0-5.9 mph, moderate effort'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['lats', 'primary', 0.8], ['middle_back', 'primary', 0.7],
      ['hamstrings', 'secondary', 0.6], ['lower_back', 'secondary', 0.5], ['biceps', 'secondary', 0.5], ['forearms', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('indoor_rowing', 'Indoor rowing', {
    category: 'cardio', discipline: 'rowing', metric: 'distance', equipment: ['rower'],
    met: ['02070', 6, 'rowing, stationary ergometer, general, vigorous effort'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['lats', 'primary', 0.8], ['middle_back', 'primary', 0.7],
      ['hamstrings', 'secondary', 0.6], ['lower_back', 'secondary', 0.5], ['biceps', 'secondary', 0.5], ['forearms', 'secondary', 0.4],
      ['shoulders', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('elliptical', 'Elliptical trainer', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration', equipment: ['elliptical_trainer'],
    met: ['02048', 5, 'elliptical trainer, moderate effort'], cns: 0.4,
    muscles: [
      ['quadriceps', 'primary', 0.6], ['glutes', 'primary', 0.6], ['hamstrings', 'secondary', 0.4], ['calves', 'secondary', 0.4],
      ['shoulders', 'stabilizer', 0.2], ['chest', 'stabilizer', 0.2],
    ],
  }),
  a('stair_stepper', 'Stair stepper', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration', equipment: ['stair_machine'],
    met: ['02065', 9, 'stair-treadmill ergometer, general'], cns: 0.6,
    muscles: [['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['calves', 'secondary', 0.6], ['hamstrings', 'secondary', 0.4]],
  }),
  a('stair_climbing', 'Stair climbing', {
    category: 'cardio', discipline: 'general_fitness', metric: 'elevation',
    met: ['17130', 8, 'stair climbing, using or climbing up ladder'], cns: 0.6,
    muscles: [['quadriceps', 'primary', 0.8], ['glutes', 'primary', 0.8], ['calves', 'secondary', 0.6], ['hamstrings', 'secondary', 0.3]],
  }),
  a('jump_rope', 'Jump rope', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration', equipment: ['jump_rope'],
    met: ['15551', 11.8, 'rope jumping, moderate pace, 100-120 skips/min, general, 2 foot skip, plain bounce'], cns: 0.6,
    muscles: [
      ['calves', 'primary', 0.9], ['quadriceps', 'secondary', 0.4], ['tibialis', 'secondary', 0.4], ['shoulders', 'stabilizer', 0.3],
      ['forearms', 'stabilizer', 0.3],
    ],
  }),
  a('hiit', 'High-intensity interval training', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration',
    met: ['02040', 8, 'circuit training, including kettlebells, some aerobic movement with minimal rest, general, vigorous intensity'],
    cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.6], ['glutes', 'secondary', 0.5], ['calves', 'secondary', 0.5], ['abdominals', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.4], ['chest', 'secondary', 0.4], ['hamstrings', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.4],
      ['triceps', 'secondary', 0.3],
    ],
  }),
  a('cardio_class', 'Cardio and aerobics class', {
    category: 'cardio', discipline: 'general_fitness', metric: 'duration',
    met: ['03015', 7.3, 'aerobic, general'], cns: 0.6,
    muscles: [
      ['calves', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5], ['glutes', 'secondary', 0.4], ['hip_flexors', 'secondary', 0.3],
      ['shoulders', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.3],
    ],
  }),
  a('multisport', 'Triathlon and multisport', {
    category: 'cardio', discipline: 'triathlon', metric: 'distance', equipment: ['bicycle', 'wetsuit', 'running_shoes'],
    met: null, proxyNote: 'A multisport session has no single Compendium code; its legs are swimming (18240), cycling (01015) and running (12150).',
    cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.7], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.5],
      ['lats', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4], ['triceps', 'secondary', 0.3],
      ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('obstacle_course_racing', 'Obstacle course racing', {
    category: 'cardio', discipline: 'running', metric: 'distance',
    met: ['02008', 5, 'army type obstacle course exercise, boot camp training program'],
    proxyNote: 'The Compendium has no code for racing formats (Spartan, Tough Mudder); the army obstacle course code stands in.',
    cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.7], ['glutes', 'primary', 0.7], ['forearms', 'primary', 0.7],
      ['hamstrings', 'secondary', 0.6], ['lats', 'secondary', 0.6], ['biceps', 'secondary', 0.5], ['shoulders', 'secondary', 0.5],
      ['abdominals', 'stabilizer', 0.5],
    ],
  }),
  a('hyrox', 'HYROX', {
    category: 'cardio', discipline: 'hyrox', metric: 'duration', equipment: ['sled', 'ski_erg', 'rower', 'sandbag', 'kettlebell', 'medicine_ball'],
    met: ['02040', 8, 'circuit training, including kettlebells, some aerobic movement with minimal rest, general, vigorous intensity'],
    proxyNote: 'HYROX is not in the Compendium; vigorous circuit training stands in for its runs and stations.',
    cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['calves', 'primary', 0.7], ['hamstrings', 'secondary', 0.6],
      ['forearms', 'secondary', 0.5], ['lats', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['lower_back', 'secondary', 0.5],
      ['chest', 'secondary', 0.4], ['traps', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.5],
    ],
  }),
];
