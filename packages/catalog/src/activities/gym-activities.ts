import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

/**
 * Gym and strength activities: general strength training and gym workouts, functional training, CrossFit,
 * powerlifting, Olympic weightlifting, bodybuilding, strongman, calisthenics, core training and gymnastics. Their muscle
 * maps are a whole-session fallback for when no sets are logged; logged sets use the movement maps instead.
 *
 * @example
 * ```ts
 * GYM_ACTIVITIES.find((activity) => activity.slug === 'powerlifting')?.cnsImpact; // 1
 * ```
 */
export const GYM_ACTIVITIES: readonly ActivityDefinition[] = [
  a('strength_training', 'Strength training', {
    category: 'strength', discipline: 'general_fitness', metric: 'load', equipment: ['barbell', 'dumbbell'],
    met: ['02054', 3.5, 'resistance (weight) training, multiple exercises, 8-15 repetitions at varied resistance'], cns: 0.8,
    muscles: [
      ['quadriceps', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['chest', 'secondary', 0.5], ['lats', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.5], ['hamstrings', 'secondary', 0.4], ['middle_back', 'secondary', 0.4], ['triceps', 'secondary', 0.4],
      ['biceps', 'secondary', 0.4], ['lower_back', 'stabilizer', 0.4], ['abdominals', 'stabilizer', 0.3], ['forearms', 'stabilizer', 0.3],
    ],
  }),
  a('general_workout', 'Workout', {
    category: 'strength', discipline: 'general_fitness', metric: 'duration',
    met: ['02060', 5.5, 'health club exercise, general'], cns: 0.6,
    muscles: [
      ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.4], ['chest', 'secondary', 0.4], ['lats', 'secondary', 0.4],
      ['shoulders', 'secondary', 0.4], ['hamstrings', 'secondary', 0.3], ['abdominals', 'stabilizer', 0.3], ['calves', 'stabilizer', 0.3],
    ],
  }),
  a('functional_training', 'Functional and circuit training', {
    category: 'strength', discipline: 'general_fitness', metric: 'duration', equipment: ['kettlebell', 'dumbbell'],
    met: ['02035', 4.3, 'circuit training, moderate effort'], cns: 0.7,
    muscles: [
      ['quadriceps', 'secondary', 0.5], ['glutes', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['abdominals', 'secondary', 0.5],
      ['hamstrings', 'secondary', 0.4], ['chest', 'secondary', 0.4], ['lats', 'secondary', 0.4], ['obliques', 'secondary', 0.4],
      ['forearms', 'stabilizer', 0.3], ['lower_back', 'stabilizer', 0.3],
    ],
  }),
  a('crossfit', 'CrossFit', {
    category: 'strength', discipline: 'crossfit', metric: 'rounds', equipment: ['barbell', 'pull_up_bar', 'rower', 'kettlebell'],
    met: ['02040', 8, 'circuit training, including kettlebells, some aerobic movement with minimal rest, general, vigorous intensity'],
    cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.7], ['glutes', 'primary', 0.7], ['shoulders', 'secondary', 0.6], ['hamstrings', 'secondary', 0.6],
      ['lats', 'secondary', 0.5], ['lower_back', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.4],
      ['chest', 'secondary', 0.4], ['triceps', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['traps', 'secondary', 0.4],
      ['calves', 'stabilizer', 0.3],
    ],
  }),
  a('powerlifting', 'Powerlifting', {
    category: 'strength', discipline: 'powerlifting', metric: 'load', equipment: ['barbell', 'rack', 'bench'],
    met: ['02050', 6, 'resistance training (weight lifting - free weight, nautilus or universal-type), power lifting or body building, vigorous effort'],
    cns: 1,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['lower_back', 'primary', 0.8], ['chest', 'primary', 0.7],
      ['hamstrings', 'secondary', 0.6], ['triceps', 'secondary', 0.6], ['adductors', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
      ['lats', 'stabilizer', 0.5], ['abdominals', 'stabilizer', 0.5], ['traps', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.4],
    ],
  }),
  a('olympic_weightlifting', 'Olympic weightlifting', {
    category: 'strength', discipline: 'olympic_weightlifting', metric: 'load', equipment: ['barbell', 'bumper_plates'],
    met: ['02050', 6, 'resistance training (weight lifting - free weight, nautilus or universal-type), power lifting or body building, vigorous effort'],
    cns: 1,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.9], ['hamstrings', 'primary', 0.7], ['traps', 'primary', 0.7],
      ['lower_back', 'secondary', 0.7], ['shoulders', 'secondary', 0.6], ['calves', 'secondary', 0.4], ['adductors', 'secondary', 0.4],
      ['triceps', 'stabilizer', 0.3], ['abdominals', 'stabilizer', 0.5], ['middle_back', 'stabilizer', 0.4],
    ],
  }),
  a('bodybuilding', 'Bodybuilding', {
    category: 'strength', discipline: 'bodybuilding', metric: 'load', equipment: ['dumbbell', 'cable'],
    met: ['02050', 6, 'resistance training (weight lifting - free weight, nautilus or universal-type), power lifting or body building, vigorous effort'],
    cns: 0.6,
    muscles: [
      ['chest', 'secondary', 0.5], ['lats', 'secondary', 0.5], ['shoulders', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5],
      ['glutes', 'secondary', 0.5], ['hamstrings', 'secondary', 0.5], ['biceps', 'secondary', 0.5], ['triceps', 'secondary', 0.5],
      ['middle_back', 'secondary', 0.4], ['calves', 'secondary', 0.4], ['abdominals', 'secondary', 0.3],
    ],
  }),
  a('strongman', 'Strongman', {
    category: 'strength', discipline: 'strongman', metric: 'load', equipment: ['yoke', 'sled', 'sandbag'],
    met: ['02050', 6, 'resistance training (weight lifting - free weight, nautilus or universal-type), power lifting or body building, vigorous effort'],
    proxyNote: 'Strongman events are not in the Compendium; vigorous power lifting stands in.',
    cns: 1,
    muscles: [
      ['glutes', 'primary', 0.9], ['lower_back', 'primary', 0.8], ['quadriceps', 'primary', 0.8], ['traps', 'primary', 0.8],
      ['forearms', 'primary', 0.8], ['hamstrings', 'secondary', 0.6], ['abdominals', 'secondary', 0.6], ['shoulders', 'secondary', 0.5],
      ['middle_back', 'secondary', 0.5], ['biceps', 'secondary', 0.4], ['calves', 'stabilizer', 0.4],
    ],
  }),
  a('calisthenics', 'Calisthenics', {
    category: 'strength', discipline: 'calisthenics', metric: 'reps', equipment: ['pull_up_bar', 'parallettes'],
    met: ['02022', 3.8, 'calisthenics (e.g., push ups, sit ups, pull-ups, lunges), moderate effort'], cns: 0.6,
    muscles: [
      ['lats', 'primary', 0.6], ['chest', 'primary', 0.6], ['triceps', 'secondary', 0.5], ['biceps', 'secondary', 0.5],
      ['shoulders', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4], ['glutes', 'secondary', 0.3],
      ['forearms', 'stabilizer', 0.4],
    ],
  }),
  a('core_training', 'Core training', {
    category: 'strength', discipline: 'general_fitness', metric: 'duration', equipment: ['mat'],
    met: ['02024', 2.8, 'calisthenics (e.g., situps, abdominal crunches), light effort'], cns: 0.3,
    muscles: [
      ['abdominals', 'primary', 0.8], ['obliques', 'primary', 0.6], ['hip_flexors', 'secondary', 0.4], ['lower_back', 'secondary', 0.4],
      ['glutes', 'stabilizer', 0.2],
    ],
  }),
  a('gymnastics', 'Gymnastics', {
    category: 'sport', discipline: 'gymnastics', metric: 'duration', equipment: ['rings', 'parallettes', 'mat'],
    met: ['15300', 3.8, 'gymnastics, general'], cns: 0.8,
    muscles: [
      ['shoulders', 'primary', 0.8], ['abdominals', 'primary', 0.7], ['lats', 'secondary', 0.6], ['chest', 'secondary', 0.5],
      ['triceps', 'secondary', 0.5], ['hip_flexors', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4],
      ['calves', 'secondary', 0.4],
    ],
  }),
];
