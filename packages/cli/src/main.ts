import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CliCommand, CommandOption, OptionToken } from './cli-command.js';
import type { CliIo } from './cli-io.js';
import { defaultCommands } from './default-commands.js';
import { EXIT_CODES } from './exit-codes.js';
import { formatCommandHelp, formatCommandList } from './format-help.js';
import { reportCliError } from './report-cli-error.js';
import { UsageError } from './usage-error.js';

/** The database `--db` points at when it is not given. */
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
  const firstSentence = (error.message.split('\n')[0] ?? '').replace(/\. .*$/, '').replace(/\.$/, '');
  return firstSentence.charAt(0).toLowerCase() + firstSentence.slice(1);
}

function isParseArgsError(error: unknown): error is Error & { code: string } {
  const code: unknown = error instanceof Error ? Reflect.get(error, 'code') : undefined;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS');
}

function parseCommandLine(command: CliCommand, args: readonly string[]) {
  const options: NonNullable<ParseArgsConfig['options']> = {};
  for (const [name, option] of Object.entries(command.options) as [string, CommandOption][]) {
    options[name] = { type: option.type, ...(option.multiple ? { multiple: true } : {}), ...(option.short ? { short: option.short } : {}) };
  }
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals: false, tokens: true });
  } catch (error) {
    if (isParseArgsError(error)) throw new UsageError(parseArgsMessage(error), command.path);
    throw error;
  }
}

async function dispatch(argv: readonly string[], io: CliIo, commands: readonly CliCommand[]): Promise<number> {
  const words: string[] = [];
  for (const arg of argv) {
    if (arg.startsWith('-')) break;
    words.push(arg);
  }
  const wantsHelp = argv.includes('--help') || argv.includes('-h');
  if (words[0] === 'help') {
    const topic = words.slice(1);
    const command = topic.length > 0 ? findCommand(commands, topic) : undefined;
    const group = commands.filter((candidate) => startsWith(candidate.path, topic));
    if (command && command.path.length === topic.length) io.stdout.write(formatCommandHelp(command));
    else if (group.length > 0) io.stdout.write(formatCommandList(group, topic));
    else throw new UsageError(`unknown command '${topic.join(' ')}'`);
    return EXIT_CODES.ok;
  }
  if (words.length === 0) {
    if (argv.length > 0 && !wantsHelp) throw new UsageError(`expected a command before '${argv[0]}'`);
    io.stdout.write(formatCommandList(commands, []));
    return EXIT_CODES.ok;
  }
  const command = findCommand(commands, words);
  if (!command) {
    // A group word (`db`, `log`) alone or followed by an unknown word: list the group, or say what is unknown.
    for (let length = words.length; length > 0; length -= 1) {
      const prefix = words.slice(0, length);
      const group = commands.filter((candidate) => startsWith(candidate.path, prefix));
      if (group.length === 0) continue;
      if (length === words.length && (wantsHelp || argv.length === words.length)) {
        if (!wantsHelp) {
          throw new UsageError(`'${prefix.join(' ')}' needs a subcommand: ${group.map((c) => c.path.slice(length).join(' ')).join(', ')}`, prefix);
        }
        io.stdout.write(formatCommandList(group, prefix));
        return EXIT_CODES.ok;
      }
      throw new UsageError(`unknown command '${words.slice(0, length + 1).join(' ')}'`, prefix);
    }
    throw new UsageError(`unknown command '${words[0]}'`);
  }
  const rest = argv.slice(command.path.length);
  if (rest[0] !== undefined && !rest[0].startsWith('-')) {
    throw new UsageError(`unexpected argument '${rest[0]}'`, command.path);
  }
  const parsed = parseCommandLine(command, rest);
  const values = parsed.values as Record<string, string | boolean | (string | boolean)[] | undefined>;
  if (values.help === true) {
    io.stdout.write(formatCommandHelp(command));
    return EXIT_CODES.ok;
  }
  const tokens: OptionToken[] = [];
  for (const token of parsed.tokens ?? []) {
    if (token.kind === 'option') tokens.push({ name: token.name, value: token.value });
  }
  const db = typeof values.db === 'string' ? values.db : DEFAULT_DATABASE_TARGET;
  return command.execute({
    values: values as never,
    tokens,
    common: { db, json: values.json === true, verbose: values.verbose === true },
    io,
  });
}

/**
 * Runs the `trainkit` command line `argv` (without the node and script paths) against the injected `io` and
 * returns the exit code. It never throws and never prints a stack trace unless `TRAINKIT_DEBUG=1`: user mistakes
 * become one `error: ...` line on stderr (see {@link describeCliError} for the exit codes).
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
    return reportCliError(error, io);
  }
}
