import {
  ConfigError,
  ConflictError,
  MissingDependencyError,
  NotFoundError,
  StorageUnavailableError,
  TrainkitError,
  ValidationError,
  type ConflictForeignKey,
  type ValidationIssue,
} from '@trainkit/core';
import type { CliErrorCode } from './cli-error-code.js';
import type { CliIo } from './cli-io.js';
import { EXIT_CODES, type ExitCode } from './exit-codes.js';
import { IngestFailedError } from './ingest/ingest-failed-error.js';
import { StoredDataError } from './stored-data-error.js';
import { UsageError } from './usage-error.js';

/**
 * The error object `trainkit ... --json` writes to stderr, as one line: `{"error": CliErrorBody}`. `code`, `message`,
 * `exit_code` and `issues` are always present; the other fields only for the errors they describe.
 *
 * @example
 * ```ts
 * const body: CliErrorBody = {
 *   code: 'VALIDATION_FAILED', message: 'invalid --avg-hr: Too big: expected number to be <=250', exit_code: 2,
 *   issues: [{ path: '--avg-hr', rule: 'too_big', message: 'Too big: expected number to be <=250' }],
 * };
 * ```
 */
export interface CliErrorBody {
  /** Stable code, one of `CLI_ERROR_CODES`. */
  readonly code: CliErrorCode;
  /** The one-line message (the text mode prints it after `error: `). */
  readonly message: string;
  /** The process exit code, one of `EXIT_CODES`. */
  readonly exit_code: ExitCode;
  /** Every broken rule (`VALIDATION_FAILED`, `STORED_DATA_INVALID`); empty otherwise. */
  readonly issues: readonly ValidationIssue[];
  /** `USAGE`: the words of the command whose `--help` applies (empty for the top level). */
  readonly command?: readonly string[];
  /** `VALIDATION_FAILED`, `STORED_DATA_INVALID`: what was validated (`command line`, `stored fatigue input of user u1`). */
  readonly subject?: string;
  /** `NOT_FOUND`, `CONFLICT`: the table or entity. */
  readonly entity?: string;
  /** `NOT_FOUND`: the key looked up. */
  readonly key?: string;
  /** `CONFLICT`: the constraint family (`unique`, `foreign_key`, `check`, `not_null`). */
  readonly kind?: string;
  /** `CONFLICT` of kind `foreign_key`: the foreign key that was broken, when known. */
  readonly foreign_key?: ConflictForeignKey;
  /** `MISSING_DEPENDENCY`: the npm package to install. */
  readonly package?: string;
  /** With `TRAINKIT_DEBUG=1` only: the stack trace (and the cause's). */
  readonly stack?: string;
}

/**
 * What the CLI reports for an error: the exit code, the text line and the `--json` error object.
 *
 * @example
 * ```ts
 * const { exitCode, message, body }: CliErrorDescription = describeCliError(error);
 * ```
 */
export interface CliErrorDescription {
  /** The process exit code. */
  readonly exitCode: ExitCode;
  /** Stable code, as in `body.code`. */
  readonly code: CliErrorCode;
  /** The text mode's line: `error: <message>`. */
  readonly message: string;
  /** The `--json` mode's error object (without `stack`). */
  readonly body: CliErrorBody;
}

/** The first line of a message: errors from drivers sometimes carry several. */
function firstLine(text: string): string {
  return (text.split('\n')[0] ?? '').trim();
}

function describeIssues(issues: readonly ValidationIssue[], subject: string): string {
  const [first, ...rest] = issues;
  if (!first) return `invalid ${subject}`;
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : '';
  return `invalid ${first.path || subject}: ${firstLine(first.message)}${more}`;
}

function usageHint(path: readonly string[]): string {
  return path.length === 0 ? `run 'trainkit --help' for usage` : `run 'trainkit ${path.join(' ')} --help' for usage`;
}

/** `activity_instances.planned_session_id -> planned_sessions.id` */
function foreignKeyText(foreignKey: ConflictForeignKey): string {
  const side = (table: string, columns: readonly string[]) =>
    columns.length === 1 ? `${table}.${columns[0]!}` : `${table}.(${columns.join(', ')})`;
  return `${side(foreignKey.table, foreignKey.columns)} -> ${side(foreignKey.references.table, foreignKey.references.columns)}`;
}

/** The conflict's message, naming the broken foreign key (`table.column -> table.column`) when it is known. */
function conflictMessage(error: ConflictError): string {
  const message = firstLine(error.message);
  const foreignKey = error.foreignKey;
  if (foreignKey === undefined) return message;
  const named = foreignKeyText(foreignKey);
  return message.includes(named) ? message : `${message} (foreign key ${named})`;
}

function describe(
  code: CliErrorCode,
  exitCode: ExitCode,
  message: string,
  extra: Omit<CliErrorBody, 'code' | 'message' | 'exit_code' | 'issues'> & { readonly issues?: readonly ValidationIssue[] } = {},
): CliErrorDescription {
  const { issues = [], ...rest } = extra;
  return { exitCode, code, message: `error: ${message}`, body: { code, message, exit_code: exitCode, issues, ...rest } };
}

/**
 * Classifies an error thrown by a command into an exit code, a stable code, one line for the user and the `--json`
 * error object:
 *
 * | error | code | message | exit |
 * |---|---|---|---|
 * | `UsageError` | `USAGE` | `<what is wrong> (run 'trainkit <command> --help' for usage)` | 2 |
 * | `ValidationError` | `VALIDATION_FAILED` | `invalid <field>: <rule broken>` | 2 |
 * | `ConfigError`, `NotFoundError` | `CONFIG_INVALID`, `NOT_FOUND` | `<message>` | 2 |
 * | `StorageUnavailableError`, `MissingDependencyError` | `STORAGE_UNAVAILABLE`, `MISSING_DEPENDENCY` | `<message>` | 3 |
 * | `StoredDataError` | `STORED_DATA_INVALID` | `stored data cannot be used: invalid <row>.<column>: <rule>` | 4 |
 * | `ConflictError` | `CONFLICT` | `<message>`, naming a broken foreign key as `table.column -> table.column` | 4 |
 * | `IngestFailedError` | `INGEST_FAILED` | `<input>: <failure code>: <reason> (run <id>)` | 4 |
 * | any other trainkit error | its `code` (e.g. `STORAGE_FAILED`) | `<message>` | 1 |
 * | anything else | `INTERNAL` | `<message>` | 1 |
 *
 * @example
 * ```ts
 * describeCliError(new UsageError('--user is required', ['log', 'strength'])).message;
 * // "error: --user is required (run 'trainkit log strength --help' for usage)"
 * ```
 */
export function describeCliError(error: unknown): CliErrorDescription {
  if (error instanceof UsageError) {
    return describe('USAGE', EXIT_CODES.usage, `${firstLine(error.message)} (${usageHint(error.commandPath)})`, {
      command: [...error.commandPath],
    });
  }
  if (error instanceof StoredDataError) {
    return describe('STORED_DATA_INVALID', EXIT_CODES.data, `stored data cannot be used: ${describeIssues(error.issues, error.subject)}`, {
      issues: error.issues,
      subject: error.subject,
    });
  }
  if (error instanceof IngestFailedError) return describe(error.code, EXIT_CODES.data, firstLine(error.message));
  if (error instanceof ValidationError) {
    return describe(error.code, EXIT_CODES.usage, describeIssues(error.issues, error.subject), {
      issues: error.issues,
      subject: error.subject,
    });
  }
  if (error instanceof NotFoundError) {
    return describe(error.code, EXIT_CODES.usage, firstLine(error.message), { entity: error.entity, key: error.key });
  }
  if (error instanceof ConfigError) return describe(error.code, EXIT_CODES.usage, firstLine(error.message));
  if (error instanceof ConflictError) {
    return describe(error.code, EXIT_CODES.data, conflictMessage(error), {
      entity: error.entity,
      kind: error.kind,
      ...(error.foreignKey ? { foreign_key: error.foreignKey } : {}),
    });
  }
  if (error instanceof StorageUnavailableError) {
    return describe(error.code, EXIT_CODES.storageUnavailable, firstLine(error.message));
  }
  if (error instanceof MissingDependencyError) {
    return describe(error.code, EXIT_CODES.storageUnavailable, firstLine(error.message), { package: error.packageName });
  }
  if (error instanceof TrainkitError) return describe(error.code, EXIT_CODES.failure, firstLine(error.message) || error.name);
  if (error instanceof Error) return describe('INTERNAL', EXIT_CODES.failure, firstLine(error.message) || error.name);
  return describe('INTERNAL', EXIT_CODES.failure, firstLine(String(error)));
}

/**
 * Options of {@link reportCliError}.
 *
 * @example
 * ```ts
 * const options: ReportCliErrorOptions = { json: true };
 * ```
 */
export interface ReportCliErrorOptions {
  /** Write the error as one JSON object (`{"error": ...}`) instead of an `error:` line. */
  readonly json?: boolean;
}

/**
 * Writes `error` to stderr and returns the exit code: one `error: ...` line, or with `json` one line holding
 * `{"error": CliErrorBody}` and nothing else. With `TRAINKIT_DEBUG=1` the stack trace follows the line (text), or is
 * the object's `stack` field (JSON).
 *
 * @example
 * ```ts
 * try { return await command.execute(context); } catch (error) { return reportCliError(error, io, { json: true }); }
 * ```
 */
export function reportCliError(error: unknown, io: CliIo, options: ReportCliErrorOptions = {}): ExitCode {
  const { exitCode, message, body } = describeCliError(error);
  const stack =
    io.env.TRAINKIT_DEBUG === '1' && error instanceof Error && error.stack
      ? [error.stack, ...(error.cause instanceof Error && error.cause.stack ? [`caused by: ${error.cause.stack}`] : [])].join('\n')
      : undefined;
  if (options.json === true) {
    io.stderr.write(`${JSON.stringify({ error: stack === undefined ? body : { ...body, stack } })}\n`);
  } else {
    io.stderr.write(`${message}\n`);
    if (stack !== undefined) io.stderr.write(`${stack}\n`);
  }
  return exitCode;
}
