import { createLogSessionCommand } from '../log/log-session-command.js';

/**
 * `trainkit log hobby`: logs a hobby session (climbing, hiking, dance, gardening, ...) with duration, RPE,
 * enjoyment and notes.
 *
 * @example
 * ```ts
 * await runCli(['log', 'hobby', '--user', 'u1', '--activity', 'climbing', '--duration', '90m', '--enjoyment', '5'], io);
 * ```
 */
export const logHobbyCommand = createLogSessionCommand('hobby', 'climbing, hiking, dance, gardening, golf, ...', [
  'log hobby --user u1 --activity tennis --duration 90m --rpe 7 --enjoyment 5 --notes "Evening hit with Sam"',
  'log hobby --user u1 --activity hiking --duration 3h30m --distance 14km --rpe 4',
]);
