import type { ActivityDefinition } from './activity-definition.js';
import { defineActivity as a } from './define-activity.js';

const runningLegs = [['quadriceps', 'primary', 0.8], ['hamstrings', 'primary', 0.7], ['calves', 'primary', 0.7], ['glutes', 'secondary', 0.6]] as const;

/**
 * Team sports: football (soccer), basketball, volleyball and beach volleyball, rugby, American football, ice and field
 * hockey, handball, lacrosse, baseball and softball, cricket, ultimate and water polo.
 *
 * @example
 * ```ts
 * TEAM_SPORT_ACTIVITIES.every((activity) => activity.discipline === 'team_sports'); // true
 * ```
 */
export const TEAM_SPORT_ACTIVITIES: readonly ActivityDefinition[] = [
  a('soccer', 'Football (soccer)', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball', 'cleats'],
    met: ['15610', 7, 'soccer, casual, general'], cns: 0.85,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['hamstrings', 'primary', 0.8], ['calves', 'primary', 0.7], ['glutes', 'secondary', 0.6],
      ['adductors', 'secondary', 0.6], ['hip_flexors', 'secondary', 0.6], ['abductors', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4],
    ],
  }),
  a('basketball', 'Basketball', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball'],
    met: ['15055', 6.5, 'basketball, general'], cns: 0.85,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.8], ['glutes', 'primary', 0.7], ['hamstrings', 'secondary', 0.5],
      ['adductors', 'secondary', 0.4], ['shoulders', 'secondary', 0.4], ['abdominals', 'stabilizer', 0.4], ['forearms', 'stabilizer', 0.3],
    ],
  }),
  a('volleyball', 'Volleyball', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball'],
    met: ['15710', 4, 'volleyball'], cns: 0.7,
    muscles: [
      ['quadriceps', 'primary', 0.7], ['calves', 'primary', 0.7], ['shoulders', 'primary', 0.7], ['glutes', 'secondary', 0.5],
      ['abdominals', 'secondary', 0.4], ['triceps', 'secondary', 0.3], ['forearms', 'stabilizer', 0.3],
    ],
  }),
  a('beach_volleyball', 'Beach volleyball', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball'],
    met: ['15725', 8, 'volleyball, beach, in sand'], cns: 0.8,
    muscles: [
      ['quadriceps', 'primary', 0.8], ['calves', 'primary', 0.8], ['glutes', 'primary', 0.7], ['shoulders', 'primary', 0.7],
      ['hamstrings', 'secondary', 0.5], ['abdominals', 'secondary', 0.4], ['tibialis', 'secondary', 0.4], ['triceps', 'secondary', 0.3],
    ],
  }),
  a('rugby', 'Rugby', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball', 'boots'],
    met: ['15560', 8.3, 'rugby, union, team, competitive'], cns: 1,
    muscles: [
      ...runningLegs, ['shoulders', 'secondary', 0.6], ['traps', 'secondary', 0.6], ['neck', 'secondary', 0.6], ['chest', 'secondary', 0.5],
      ['lower_back', 'secondary', 0.5], ['abdominals', 'secondary', 0.5], ['adductors', 'secondary', 0.5],
    ],
  }),
  a('american_football', 'American football', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball', 'helmet', 'pads'],
    met: ['15210', 8, 'football, competitive'], cns: 1,
    muscles: [
      ...runningLegs, ['shoulders', 'secondary', 0.6], ['chest', 'secondary', 0.6], ['neck', 'secondary', 0.5], ['traps', 'secondary', 0.5],
      ['lower_back', 'secondary', 0.4], ['abdominals', 'secondary', 0.4],
    ],
  }),
  a('ice_hockey', 'Ice hockey', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ice_skates', 'stick'],
    met: ['15360', 8, 'hockey, ice, general'], cns: 0.9,
    muscles: [
      ['quadriceps', 'primary', 0.9], ['glutes', 'primary', 0.8], ['adductors', 'primary', 0.7], ['abductors', 'secondary', 0.5],
      ['hamstrings', 'secondary', 0.5], ['obliques', 'secondary', 0.5], ['forearms', 'secondary', 0.4], ['lower_back', 'secondary', 0.4],
      ['shoulders', 'stabilizer', 0.3],
    ],
  }),
  a('field_hockey', 'Field hockey', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['stick', 'ball'],
    met: ['15350', 7.8, 'hockey, field'], cns: 0.85,
    muscles: [
      ...runningLegs, ['lower_back', 'secondary', 0.6], ['obliques', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['adductors', 'secondary', 0.4],
    ],
  }),
  a('handball', 'Handball', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball'],
    met: ['15330', 8, 'handball, team'], cns: 0.9,
    muscles: [
      ...runningLegs, ['shoulders', 'primary', 0.7], ['triceps', 'secondary', 0.4], ['obliques', 'secondary', 0.5], ['adductors', 'secondary', 0.4],
      ['chest', 'stabilizer', 0.3],
    ],
  }),
  a('lacrosse', 'Lacrosse', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['stick', 'ball', 'helmet'],
    met: ['15460', 8, 'lacrosse'], cns: 0.9,
    muscles: [...runningLegs, ['shoulders', 'secondary', 0.5], ['forearms', 'secondary', 0.5], ['obliques', 'secondary', 0.5], ['adductors', 'secondary', 0.4]],
  }),
  a('baseball_softball', 'Baseball and softball', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['bat', 'glove', 'ball'],
    met: ['15620', 5, 'softball or baseball, fast or slow pitch, general'], cns: 0.6,
    muscles: [
      ['shoulders', 'primary', 0.6], ['obliques', 'primary', 0.6], ['forearms', 'secondary', 0.5], ['quadriceps', 'secondary', 0.4],
      ['glutes', 'secondary', 0.4], ['hamstrings', 'secondary', 0.4], ['chest', 'stabilizer', 0.3],
    ],
  }),
  a('cricket', 'Cricket', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['bat', 'ball'],
    met: ['15150', 4.8, 'cricket, batting, bowling, fielding'], cns: 0.6,
    muscles: [
      ['shoulders', 'primary', 0.6], ['obliques', 'secondary', 0.5], ['quadriceps', 'secondary', 0.5], ['calves', 'secondary', 0.4],
      ['lower_back', 'secondary', 0.4], ['forearms', 'secondary', 0.4], ['glutes', 'secondary', 0.4],
    ],
  }),
  a('ultimate_frisbee', 'Ultimate', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['flying_disc'],
    met: ['15250', 8, 'frisbee, ultimate'], cns: 0.8,
    muscles: [...runningLegs, ['adductors', 'secondary', 0.4], ['shoulders', 'secondary', 0.3], ['forearms', 'stabilizer', 0.3]],
  }),
  a('water_polo', 'Water polo', {
    category: 'sport', discipline: 'team_sports', metric: 'duration', equipment: ['ball', 'pool'],
    met: ['18360', 10, 'water polo'], cns: 0.9,
    muscles: [
      ['shoulders', 'primary', 0.9], ['lats', 'primary', 0.8], ['adductors', 'primary', 0.7], ['quadriceps', 'secondary', 0.6],
      ['chest', 'secondary', 0.5], ['triceps', 'secondary', 0.5], ['hamstrings', 'secondary', 0.5], ['obliques', 'secondary', 0.5],
      ['abdominals', 'stabilizer', 0.5],
    ],
  }),
];
