import type { CliCommand } from './cli-command.js';
import { accountsCommand } from './commands/accounts-command.js';
import { activitiesCommand } from './commands/activities-command.js';
import { connectCommand } from './commands/connect-command.js';
import { dbMigrateCommand } from './commands/db-migrate-command.js';
import { dbRollbackCommand } from './commands/db-rollback-command.js';
import { dbStatusCommand } from './commands/db-status-command.js';
import { demoCommand } from './commands/demo-command.js';
import { fatigueCommand } from './commands/fatigue-command.js';
import { goalsCommands } from './commands/goals-command.js';
import { importCommand } from './commands/import-command.js';
import { keysRotateCommand } from './commands/keys-rotate-command.js';
import { ingestCommand } from './commands/ingest-command.js';
import { logCardioCommand } from './commands/log-cardio-command.js';
import { logHobbyCommand } from './commands/log-hobby-command.js';
import { logSportCommand } from './commands/log-sport-command.js';
import { logStrengthCommand } from './commands/log-strength-command.js';
import { planCommand } from './commands/plan-command.js';
import { replayCommand } from './commands/replay-command.js';
import { runsCommand } from './commands/runs-command.js';
import { syncCommand } from './commands/sync-command.js';
import { unmergeCommand } from './commands/unmerge-command.js';

/**
 * The commands `trainkit` offers, in the order its help lists them. To add a command, write it in its own file with
 * `defineCommand` and either add it here or pass `[...defaultCommands, yours]` to `runCli`.
 *
 * @example
 * ```ts
 * defaultCommands.map((command) => command.path.join(' ')); // ['db migrate', 'db rollback', ...]
 * ```
 */
export const defaultCommands: readonly CliCommand[] = [
  dbMigrateCommand,
  dbRollbackCommand,
  dbStatusCommand,
  logStrengthCommand,
  logCardioCommand,
  logSportCommand,
  logHobbyCommand,
  importCommand,
  ingestCommand,
  activitiesCommand,
  runsCommand,
  replayCommand,
  unmergeCommand,
  connectCommand,
  syncCommand,
  accountsCommand,
  keysRotateCommand,
  fatigueCommand,
  ...goalsCommands,
  planCommand,
  demoCommand,
];
