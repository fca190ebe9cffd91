import { ConfigError, NotFoundError, StorageUnavailableError, TrainkitError, ValidationError } from '@trainkit/core';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { UsageError } from './usage-error.js';

/** The first line of a message: errors from drivers sometimes carry several. */
function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function describeValidationError(error: ValidationError): string {
  const [first, ...rest] = error.issues;
  if (!first) return `invalid ${error.subject}`;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return `invalid ${first.path || error.subject}: ${firstLine(first.message)}${more}`;
}

function usageHint(path: readonly string[]): string {
  return path.length === 0 ? `run 'trainkit --help' for usage` : `run 'trainkit ${path.join(' ')} --help' for usage`;
}

/**
 * Classifies an error thrown by a command into one line for the user and an exit code:
 *
 * | error | message | exit |
 * |---|---|---|
 * | `UsageError` | `error: <what is wrong> (run 'trainkit <command> --help' for usage)` | 2 |
 * | `ValidationError` | `error: invalid <field>: <rule broken>` | 2 |
 * | `ConfigError`, `NotFoundError` | `error: <message>` | 2 |
 * | `StorageUnavailableError` | `error: <message>` | 3 |
 * | anything else | `error: <message>` | 1 |
 *
 * @example
 * ```ts
 * describeCliError(new UsageError('--user is required', ['log', 'strength']));
 * // { exitCode: 2, message: "error: --user is required (run 'trainkit log strength --help' for usage)" }
 * ```
 */
export function describeCliError(error: unknown): { readonly exitCode: ExitCode; readonly message: string } {
  if (error instanceof UsageError) {
    return { exitCode: EXIT_CODES.usage, message: `error: ${firstLine(error.message)} (${usageHint(error.commandPath)})` };
  }
  if (error instanceof ValidationError) {
    return { exitCode: EXIT_CODES.usage, message: `error: ${describeValidationError(error)}` };
  }
  if (error instanceof ConfigError || error instanceof NotFoundError) {
    return { exitCode: EXIT_CODES.usage, message: `error: ${firstLine(error.message)}` };
  }
  if (error instanceof StorageUnavailableError) {
    return { exitCode: EXIT_CODES.storageUnavailable, message: `error: ${firstLine(error.message)}` };
  }
  if (error instanceof TrainkitError || error instanceof Error) {
    return { exitCode: EXIT_CODES.failure, message: `error: ${firstLine(error.message) || error.name}` };
  }
  return { exitCode: EXIT_CODES.failure, message: `error: ${firstLine(String(error))}` };
}

/**
 * Writes the one-line description of `error` to stderr (plus the stack trace when `TRAINKIT_DEBUG=1`) and returns
 * the exit code.
 *
 * @example
 * ```ts
 * try { return await command.execute(context); } catch (error) { return reportCliError(error, io); }
 * ```
 */
export function reportCliError(error: unknown, io: CliIo): ExitCode {
  const { exitCode, message } = describeCliError(error);
  io.stderr.write(`${message}\n`);
  if (io.env.TRAINKIT_DEBUG === '1' && error instanceof Error && error.stack) {
    io.stderr.write(`${error.stack}\n`);
    if (error.cause instanceof Error && error.cause.stack) io.stderr.write(`caused by: ${error.cause.stack}\n`);
  }
  return exitCode;
}
