import { defineCommand } from '../cli-command.js';
import { LOG_OPTION_LABELS, LOG_OPTIONS } from '../log/log-options.js';
import { logThroughFacade } from '../log/log-through-facade.js';
import { readLogOptions } from '../log/read-log-options.js';
import { parseDistance } from '../units/parse-distance.js';
import { parseNumberOption } from '../units/parse-number-option.js';

const PATH = ['log', 'cardio'] as const;

/**
 * `trainkit log cardio`: logs a run, ride, row, swim, ...: duration, distance, heart rate and session RPE, with
 * `trainkit.log.cardio` (a non-cardio activity is refused; the discipline comes from the activity definition).
 * Runs pending migrations first.
 *
 * @example
 * ```ts
 * await runCli(['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '45m', '--distance', '10km'], io);
 * ```
 */
export const logCardioCommand = defineCommand({
  path: PATH,
  summary: 'Log a cardio session (duration, distance, heart rate, RPE)',
  description:
    'Needs --duration (1 second to 14 days) and --activity (a cardio activity) or --title.\n' +
    'Pending migrations are applied first (named on stderr with --verbose).',
  options: {
    ...LOG_OPTIONS,
    activity: { type: 'string', valueName: 'slug', description: 'Activity from the catalog: running, cycling, rowing, swimming, ...' },
    distance: { type: 'string', valueName: 'distance', description: 'Distance: 10km, 5mi, 400m' },
    'avg-hr': { type: 'string', valueName: 'bpm', description: 'Average heart rate, 20..250' },
    'max-hr': { type: 'string', valueName: 'bpm', description: 'Maximum heart rate, 20..250' },
    elevation: { type: 'string', valueName: 'distance', description: 'Elevation gain: 120m' },
    kcal: { type: 'string', valueName: 'kcal', description: 'Energy burned, kilocalories' },
    rpe: { type: 'string', valueName: '0-10', description: 'Session RPE' },
  },
  usesDatabase: true,
  printsData: true,
  examples: [
    'log cardio --user u1 --activity running --duration 45m --distance 10km --avg-hr 150 --rpe 6',
    'log cardio --user u1 --activity cycling --duration 1h30m --distance 40mi --at 2024-06-02T08:00:00-04:00',
  ],
  run: async ({ values, common, io }) => {
    const shared = readLogOptions(values, io, PATH);
    const input = {
      ...shared,
      activity: values.activity,
      distanceM: values.distance === undefined ? undefined : parseDistance(values.distance, '--distance'),
      elevationGainM: values.elevation === undefined ? undefined : parseDistance(values.elevation, '--elevation'),
      avgHeartRateBpm: parseNumberOption(values['avg-hr'], '--avg-hr'),
      maxHeartRateBpm: parseNumberOption(values['max-hr'], '--max-hr'),
      energyKcal: parseNumberOption(values.kcal, '--kcal'),
      rpe: parseNumberOption(values.rpe, '--rpe'),
    };
    return (await logThroughFacade('cardio', input, { common, io, labels: LOG_OPTION_LABELS })).code;
  },
});
