import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliCommand, CommandOption, OptionToken, ParsedOptionValues } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { CLI_VERSION } from './cli-version.js';
import { defaultCommands } from './default-commands.js';
import { EXIT_CODES } from './exit-codes.js';
import { formatCommandHelp, formatCommandList } from './format-help.js';
import { reportCliError } from './report-cli-error.js';
import { UsageError } from './usage-error.js';

/**
 * The database `--db` points at when it is not given: a SQLite file in the working directory.
 *
 * @example
 * ```ts
 * const storage = await createKyselyStorage(parseDatabaseTarget(DEFAULT_DATABASE_TARGET));
 * ```
 */
export const DEFAULT_DATABASE_TARGET = './trainkit.db';

/**
 * Options of {@link runCli}.
 *
 * @example
 * ```ts
 * const options: RunCliOptions = { commands: [...defaultCommands, fatigueCommand] };
 * ```
 */
export interface RunCliOptions {
  /** The commands to offer (default {@link defaultCommands}); add yours to extend the CLI. */
  readonly commands?: readonly CliCommand[];
}

function startsWith(words: readonly string[], prefix: readonly string[]): boolean {
  return prefix.every((word, index) => words[index] === word);
}

/** The command whose words are the longest prefix of the leading words of `argv`. */
function findCommand(commands: readonly CliCommand[], words: readonly string[]): CliCommand | undefined {
  let best: CliCommand | undefined;
  for (const command of commands) {
    if (startsWith(words, command.path) && (!best || command.path.length > best.path.length)) best = command;
  }
  return best;
}

/** `Unknown option '--foo'. To specify ...` -> `unknown option '--foo'`. */
function parseArgsMessage(error: Error): string {
  const ambiguous = /^Option '(--[^']+)' argument is ambiguous/.exec(error.message);
  if (ambiguous) return `option '${ambiguous[1]}' needs a value; write a value that starts with '-' as ${ambiguous[1]}=<value>`;
  const firstSentence = (error.message.split('\n')[0] ?? '').replace(/\. .*$/, '').replace(/\.$/, '');
  return firstSentence.charAt(0).toLowerCase() + firstSentence.slice(1);
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

/**
 * Checks the positional arguments against the command's declared ones: exactly one per argument, one or more for a
 * variadic last one.
 */
function checkPositionals(command: CliCommand, positionals: readonly string[]): void {
  const declared = command.arguments;
  const missing = declared[positionals.length];
  if (missing !== undefined) {
    const label = `<${missing.name}${missing.variadic ? '...' : ''}>`;
    throw new UsageError(`missing ${label}: ${missing.description.charAt(0).toLowerCase()}${missing.description.slice(1)}`, command.path);
  }
  const last = declared.at(-1);
  if (positionals.length > declared.length && last?.variadic !== true) {
    throw new UsageError(`unexpected argument '${positionals[declared.length] ?? ''}'`, command.path);
  }
}

function parseCommandLine(command: CliCommand, args: readonly string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, option] of Object.entries(command.options) as [string, CommandOption][]) {
    options[name] = { type: option.type, ...(option.multiple ? { multiple: true } : {}), ...(option.short ? { short: option.short } : {}) };
  }
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: command.arguments.length > 0, tokens: true });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(parseArgsMessage(error), command.path);
    throw error;
  }
}

/** What the leading words of a command line select: a command to run, or text (help, the version) to print. */
type Selection = { readonly command: CliCommand; readonly rest: readonly string[] } | { readonly help: string };

/** The flags that print the version, alone or with `--json` (`{"name":"@trainkit/cli","version":"..."}`). */
const VERSION_FLAGS = new Set(['--version', '-V']);

/** `trainkit --version [--json]`: the text to print, or undefined when `argv` asks for something else. */
function versionText(argv: readonly string[]): string | undefined {
  if (!argv.some((arg) => VERSION_FLAGS.has(arg))) return undefined;
  const rest = argv.filter((arg) => !VERSION_FLAGS.has(arg));
  if (rest.length === 0) return `${CLI_VERSION}\n`;
  if (rest.length === 1 && rest[0] === '--json') return `${JSON.stringify({ name: '@trainkit/cli', version: CLI_VERSION })}\n`;
  if (rest[0] !== undefined && !rest[0].startsWith('-')) return undefined; // a command: its parser reports the flag
  throw new UsageError(`--version takes no other option than --json`);
}

/**
 * Finds the command the leading words name. `help [words]`, no words, or a group (`db`, `log`) with `--help` select
 * help text; a group alone or an unknown word is a usage error.
 */
function select(argv: readonly string[], commands: readonly CliCommand[]): Selection {
  const version = versionText(argv);
  if (version !== undefined) return { help: version };
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  const membersOf = (prefix: readonly string[]) => commands.filter((candidate) => startsWith(candidate.path, prefix));
  if (words[0] === 'help') {
    const topic = words.slice(1);
    const command = findCommand(commands, topic);
    if (command && command.path.length === topic.length) return { help: formatCommandHelp(command) };
    if (membersOf(topic).length > 0) return { help: formatCommandList(membersOf(topic), topic) };
    throw new UsageError(`unknown command '${topic.join(' ')}'`);
  }
  if (words.length === 0) {
    if (argv.length > 0 && !wantsHelp) throw new UsageError(`expected a command before '${argv[0]}'`);
    return { help: formatCommandList(commands, []) };
  }
  const command = findCommand(commands, words);
  if (command) return { command, rest: argv.slice(command.path.length) };
  // Not a command: the longest known group prefix says what is wrong.
  for (let length = words.length; length > 0; length -= 1) {
    const prefix = words.slice(0, length);
    const group = membersOf(prefix);
    if (group.length === 0) continue;
    if (length < words.length) throw new UsageError(`unknown command '${words.slice(0, length + 1).join(' ')}'`, prefix);
    if (wantsHelp) return { help: formatCommandList(group, prefix) };
    const subcommands = group.map((member) => member.path.slice(length).join(' ')).join(', ');
    throw new UsageError(`'${prefix.join(' ')}' needs a subcommand: ${subcommands}`, prefix);
  }
  throw new UsageError(`unknown command '${words[0]}'`);
}

async function dispatch(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  const selection = select(argv, commands);
  if ('help' in selection) {
    io.stdout.write(selection.help);
    return EXIT_CODES.ok;
  }
  const { command, rest } = selection;
  if (command.arguments.length === 0 && rest[0] !== undefined && !rest[0].startsWith('-')) {
    throw new UsageError(`unexpected argument '${rest[0]}'`, command.path);
  }
  const parsed = parseCommandLine(command, rest);
  const values: ParsedOptionValues = parsed.values;
  if (values.help === true) {
    io.stdout.write(formatCommandHelp(command));
    return EXIT_CODES.ok;
  }
  checkPositionals(command, parsed.positionals);
  const tokens: OptionToken[] = [];
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option') tokens.push({ name: token.name, value: token.value });
  }
  return command.execute({
    values,
    tokens,
    positionals: parsed.positionals,
    common: {
      db: typeof values.db === 'string' ? values.db : DEFAULT_DATABASE_TARGET,
      json: values.json === true,
      verbose: values.verbose === true,
    },
    io,
  });
}

/** True when the command line asks for JSON output (`--json` before a `--` terminator), for errors too. */
function wantsJson(argv: readonly string[]): boolean {
  const end = argv.indexOf('--');
  return (end < 0 ? argv : argv.slice(0, end)).includes('--json');
}

/**
 * Runs the `trainkit` command line `argv` (without the node and script paths) against the injected `io` and
 * returns the exit code. It never throws and never prints a stack trace unless `TRAINKIT_DEBUG=1`: user mistakes
 * become one `error: ...` line on stderr, or with `--json` one JSON object `{"error": {"code", "message",
 * "exit_code", "issues", ...}}` and nothing else (see {@link describeCliError} for the codes and exit codes).
 * `trainkit --version` (`-V`) prints the CLI's version.
 *
 * @example
 * ```ts
 * const code = await runCli(['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '45m'], createProcessIo());
 * ```
 */
export async function runCli(argv: readonly string[], io: CliIo, options: RunCliOptions = {}): Promise<number> {
  try {
    return await dispatch(argv, io, options.commands ?? defaultCommands);
  } catch (error) {
    return reportCliError(error, io, { json: wantsJson(argv) });
  }
}
