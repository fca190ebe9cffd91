/**
 * `@trainkit/cli`: the `trainkit` command line (migrations, manual logging, importing and ingesting provider data
 * into one deduplicated history, fatigue reports, a demo with data from five providers, a training report and a
 * fatigue summary), and the pieces to run it in-process or extend it with commands of your own.
 *
 * @packageDocumentation
 */
export { runCli, DEFAULT_DATABASE_TARGET, type RunCliOptions } from './main.js';
export { createProcessIo, type CliIo, type CliOutput } from './cli-io.js';
export {
  defineCommand,
  type CliCommand,
  type CommandContext,
  type CommandDefinition,
  type CommandInvocation,
  type CommandArgument,
  type CommandOption,
  type CommonOptions,
  type OptionToken,
  type OptionValue,
  type OptionValues,
  type ParsedOptionValues,
} from './cli-command.js';
export { defaultCommands } from './default-commands.js';
export { createDemoCommand } from './commands/demo-command.js';
export { fatigueCommand } from './commands/fatigue-command.js';
export { DEMO_BARS_MIN_COLUMNS, type DemoReportContext, type DemoReportSection } from './demo/demo-report-section.js';
export { fatigueDemoSection } from './demo/fatigue-demo-section.js';
export { goalsPlanDemoSection } from './demo/goals-plan-demo-section.js';
export { withStorage } from './storage/open-storage.js';
export { EXIT_CODES, type ExitCode } from './exit-codes.js';
export { UsageError } from './usage-error.js';
export { StoredDataError } from './stored-data-error.js';
export { IngestFailedError } from './ingest/ingest-failed-error.js';
export { readingStoredData } from './reading-stored-data.js';
export { CLI_ERROR_CODES, type CliErrorCode } from './cli-error-code.js';
export { CLI_VERSION } from './cli-version.js';
export {
  describeCliError,
  reportCliError,
  type CliErrorBody,
  type CliErrorDescription,
  type ReportCliErrorOptions,
} from './report-cli-error.js';
