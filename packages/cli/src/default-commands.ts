import type { CliCommand } from './cli-command.js';

/**
 * The commands `trainkit` offers, in the order its help lists them. To add a command, write it in its own file with
 * `defineCommand` and either add it here or pass `[...defaultCommands, yours]` to `runCli`.
 *
 * @example
 * ```ts
 * defaultCommands.map((command) => command.path.join(' ')); // ['db migrate', 'db rollback', ...]
 * ```
 */
export const defaultCommands: readonly CliCommand[] = [];
