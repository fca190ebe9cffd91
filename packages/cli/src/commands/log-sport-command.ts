import { createLogSessionCommand } from '../log/log-session-command.js';

/**
 * `trainkit log sport`: logs a sport session (tennis, football, boxing, ...) with duration, RPE, enjoyment and notes.
 *
 * @example
 * ```ts
 * await runCli(['log', 'sport', '--user', 'u1', '--activity', 'tennis', '--duration', '90m', '--rpe', '7'], io);
 * ```
 */
export const logSportCommand = createLogSessionCommand('sport', 'tennis, padel, soccer, basketball, boxing, ...', [
  'log sport --user u1 --activity tennis --duration 90m --rpe 7 --enjoyment 5 --notes "Doubles, won 6-4 6-3"',
  'log sport --user u1 --activity soccer --duration 1h --avg-hr 158 --planned-session ps_42',
]);
