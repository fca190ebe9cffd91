import { defineCommand, type CliCommand } from '../cli-command.js';
import { parseDistance } from '../units/parse-distance.js';
import { parseNumberOption } from '../units/parse-number-option.js';
import { LOG_OPTION_LABELS, LOG_OPTIONS } from './log-options.js';
import { logThroughFacade } from './log-through-facade.js';
import { readLogOptions } from './read-log-options.js';

/**
 * Builds `trainkit log sport` or `trainkit log hobby`: both log a session (duration, RPE, enjoyment, notes, and heart
 * rate or distance when a watch measured them) with `trainkit.log.sport` / `.hobby`; they differ in their words, help
 * and examples. A strength or cardio activity is refused (log it with `log strength` / `log cardio`).
 *
 * @example
 * ```ts
 * export const logHobbyCommand = createLogSessionCommand('hobby', 'climbing, hiking, gardening, dance, ...', ['log hobby --user u1 --activity hiking --duration 3h']);
 * ```
 */
export function createLogSessionCommand(kind: 'sport' | 'hobby', activities: string, examples: readonly string[]): CliCommand {
  const path = ['log', kind] as const;
  return defineCommand({
    path,
    summary: `Log a ${kind} session (duration, RPE, enjoyment, notes)`,
    description:
      `Needs --duration and --activity (or --title); a strength or cardio activity belongs to 'log strength' or 'log cardio'.\n` +
      `Pending migrations are applied first (named on stderr with --verbose).`,
    options: {
      ...LOG_OPTIONS,
      activity: { type: 'string', valueName: 'slug', description: `Activity from the catalog: ${activities}` },
      rpe: { type: 'string', valueName: '0-10', description: 'Session RPE' },
      distance: { type: 'string', valueName: 'distance', description: 'Distance, when it applies: 12km, 8mi' },
      'avg-hr': { type: 'string', valueName: 'bpm', description: 'Average heart rate, 20..250' },
      'max-hr': { type: 'string', valueName: 'bpm', description: 'Maximum heart rate, 20..250' },
    },
    usesDatabase: true,
    printsData: true,
    examples,
    run: async ({ values, common, io }) => {
      const shared = readLogOptions(values, io, path);
      const input = {
        ...shared,
        activity: values.activity,
        rpe: parseNumberOption(values.rpe, '--rpe'),
        distanceM: values.distance === undefined ? undefined : parseDistance(values.distance, '--distance'),
        avgHeartRateBpm: parseNumberOption(values['avg-hr'], '--avg-hr'),
        maxHeartRateBpm: parseNumberOption(values['max-hr'], '--max-hr'),
      };
      return (await logThroughFacade(kind, input, { common, io, labels: LOG_OPTION_LABELS })).code;
    },
  });
}
