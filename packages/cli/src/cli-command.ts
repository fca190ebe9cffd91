import type { CliIo } from './cli-io.js';

/**
 * One option a command accepts, described once for both parsing (`node:util` `parseArgs`) and `--help`.
 *
 * @example
 * ```ts
 * const user: CommandOption = { type: 'string', valueName: 'id', description: 'Athlete id' };
 * ```
 */
export interface CommandOption {
  /** `string` options take a value (`--user u1`), `boolean` options are flags (`--json`). */
  readonly type: 'string' | 'boolean';
  /** May be given more than once; the values arrive as an array in the order given. */
  readonly multiple?: boolean;
  /** One-letter alias, e.g. `h` for `-h`. */
  readonly short?: string;
  /** Placeholder shown in help for the value, e.g. `target` in `--db <target>`. */
  readonly valueName?: string;
  /** One line for the help text. */
  readonly description: string;
}

/**
 * One positional argument a command takes after its words (`trainkit ingest <provider> <resource> <file...>`),
 * described once for parsing and `--help`. Only the last argument may be `variadic` (one or more values).
 *
 * @example
 * ```ts
 * const files: CommandArgument = { name: 'file', variadic: true, description: 'JSON files exactly as the API returned them' };
 * ```
 */
export interface CommandArgument {
  /** Shown in help as `<name>` (`<name...>` when variadic). */
  readonly name: string;
  /** One line for the help text. */
  readonly description: string;
  /** Takes one or more values; only the last argument may be variadic. */
  readonly variadic?: boolean;
}

/**
 * Parsed value of one {@link CommandOption}: a string or boolean, an array of them when `multiple` is set.
 *
 * @example
 * ```ts
 * type Sets = OptionValue<{ type: 'string'; multiple: true; description: '' }>; // string[]
 * ```
 */
export type OptionValue<O extends CommandOption> = O['type'] extends 'boolean'
  ? O['multiple'] extends true
    ? boolean[]
    : boolean
  : O['multiple'] extends true
    ? string[]
    : string;

/**
 * Parsed values of a command's options, keyed by option name; absent options are `undefined`.
 *
 * @example
 * ```ts
 * type Values = OptionValues<{ user: { type: 'string'; description: 'Athlete id' } }>; // { user?: string }
 * ```
 */
export type OptionValues<Options extends Readonly<Record<string, CommandOption>>> = {
  readonly [Name in keyof Options]?: OptionValue<Options[Name]>;
};

/**
 * One option as it appeared on the command line, in order. Commands whose options pair up by position (`--movement`
 * followed by its `--sets`) read these instead of the grouped values.
 *
 * @example
 * ```ts
 * const token: OptionToken = { name: 'sets', value: '5x5@100' };
 * ```
 */
export interface OptionToken {
  /** Option name without dashes. */
  readonly name: string;
  /** Its value, `undefined` for flags. */
  readonly value: string | undefined;
}

/**
 * The options every command shares, already parsed.
 *
 * @example
 * ```ts
 * const common: CommonOptions = { db: './trainkit.db', json: false, verbose: false };
 * ```
 */
export interface CommonOptions {
  /** `--db`: a SQLite path, `pglite:<dir>` or a `postgres://` URL (default `./trainkit.db`). */
  readonly db: string;
  /** `--json`: print data as JSON instead of text (commands that print data). */
  readonly json: boolean;
  /** `--verbose`: also print what happened on the side (applied migrations) to stderr. */
  readonly verbose: boolean;
}

/**
 * What a command's `run` receives: its typed option values, the shared options and the injected I/O.
 *
 * @example
 * ```ts
 * async run({ values, io, common }) {
 *   io.stdout.write(`user ${values.user} on ${common.db}\n`);
 *   return 0;
 * }
 * ```
 */
export interface CommandContext<Options extends Readonly<Record<string, CommandOption>>> {
  /** Parsed values of the command's own options. */
  readonly values: OptionValues<Options>;
  /** The command's own options in command-line order. */
  readonly tokens: readonly OptionToken[];
  /**
   * The positional arguments, in order, already counted against the command's {@link CommandDefinition.arguments}
   * (one per argument, one or more for a variadic last one); empty for commands without arguments.
   */
  readonly positionals: readonly string[];
  /** `--db`, `--json`, `--verbose`. */
  readonly common: CommonOptions;
  /** Streams, environment, clock and working directory. */
  readonly io: CliIo;
}

/**
 * A command as written in its own file: its words, help text, options and what it does.
 *
 * @example
 * ```ts
 * const hello = defineCommand({
 *   path: ['hello'],
 *   summary: 'Say hello',
 *   options: { name: { type: 'string', description: 'Who to greet' } },
 *   run: async ({ values, io }) => { io.stdout.write(`hello ${values.name ?? 'world'}\n`); return 0; },
 * });
 * ```
 */
export interface CommandDefinition<Options extends Readonly<Record<string, CommandOption>>> {
  /** The words that select the command, e.g. `['db', 'migrate']`. */
  readonly path: readonly string[];
  /** One line for command lists. */
  readonly summary: string;
  /** Paragraphs for the command's own `--help`, after the summary. */
  readonly description?: string;
  /** The command's own options (the shared ones are added by the CLI). */
  readonly options: Options;
  /** Positional arguments after the command's words, in order (default none: any positional is a usage error). */
  readonly arguments?: readonly CommandArgument[];
  /** Whether the command opens a database, and so takes `--db` (and `--verbose`). */
  readonly usesDatabase: boolean;
  /** Whether the command prints data, and so takes `--json`. */
  readonly printsData: boolean;
  /** Example command lines for `--help`, without the leading `trainkit`. */
  readonly examples?: readonly string[];
  /** Does the work; returns the exit code. Throws `UsageError`, `ValidationError`, ... for the CLI to report. */
  run(context: CommandContext<Options>): Promise<number>;
}

/**
 * Option values as `node:util` `parseArgs` returns them, before a command's own types are applied.
 *
 * @example
 * ```ts
 * const values: ParsedOptionValues = { user: 'u1', json: true, sets: ['5x5@100'] };
 * ```
 */
export type ParsedOptionValues = Readonly<Record<string, string | boolean | readonly (string | boolean)[] | undefined>>;

/**
 * One parsed command line, as {@link runCli} hands it to {@link CliCommand.execute}.
 *
 * @example
 * ```ts
 * await command.execute({ values: { user: 'u1' }, tokens: [], common: { db: './trainkit.db', json: false, verbose: false }, io });
 * ```
 */
export interface CommandInvocation {
  /** Parsed values of every option the command accepts. */
  readonly values: ParsedOptionValues;
  /** The options in command-line order. */
  readonly tokens: readonly OptionToken[];
  /** The positional arguments in order (default none). */
  readonly positionals?: readonly string[];
  /** `--db`, `--json`, `--verbose`. */
  readonly common: CommonOptions;
  /** Streams, environment, clock and working directory. */
  readonly io: CliIo;
}

/**
 * A command ready for {@link runCli}: the definition with its option types erased, so commands of different shapes
 * live in one list.
 *
 * @example
 * ```ts
 * await runCli(['hello', '--name', 'Ada'], createProcessIo(), { commands: [...defaultCommands, hello] });
 * ```
 */
export interface CliCommand {
  /** See {@link CommandDefinition.path}. */
  readonly path: readonly string[];
  /** See {@link CommandDefinition.summary}. */
  readonly summary: string;
  /** See {@link CommandDefinition.description}. */
  readonly description: string | undefined;
  /** Every option the command accepts, shared ones included. */
  readonly options: Readonly<Record<string, CommandOption>>;
  /** See {@link CommandDefinition.arguments} (empty when the command takes none). */
  readonly arguments: readonly CommandArgument[];
  /** See {@link CommandDefinition.examples}. */
  readonly examples: readonly string[];
  /** Runs the command on a parsed command line. */
  execute(invocation: CommandInvocation): Promise<number>;
}

/** Options every database command takes. */
const DATABASE_OPTIONS = {
  db: {
    type: 'string',
    valueName: 'target',
    description: 'SQLite file, pglite:<dir> or postgres:// URL (default ./trainkit.db)',
  },
  verbose: { type: 'boolean', description: 'Also report side work, such as migrations applied, on stderr' },
} as const satisfies Record<string, CommandOption>;

/** Option of every command that prints data. */
const JSON_OPTIONS = {
  json: { type: 'boolean', description: 'Print the data as JSON' },
} as const satisfies Record<string, CommandOption>;

/** Option of every command. */
const HELP_OPTIONS = {
  help: { type: 'boolean', short: 'h', description: 'Show this help' },
} as const satisfies Record<string, CommandOption>;

/**
 * Turns a typed {@link CommandDefinition} into a {@link CliCommand}, adding the shared options (`--help`, and `--db`,
 * `--verbose`, `--json` where they apply).
 *
 * @example
 * ```ts
 * export const dbStatusCommand = defineCommand({ path: ['db', 'status'], summary: 'Show migrations', options: {},
 *   usesDatabase: true, printsData: true, run: async (context) => 0 });
 * ```
 */
export function defineCommand<const Options extends Readonly<Record<string, CommandOption>>>(
  definition: CommandDefinition<Options>,
): CliCommand {
  return {
    path: definition.path,
    summary: definition.summary,
    description: definition.description,
    options: {
      ...definition.options,
      ...(definition.usesDatabase ? DATABASE_OPTIONS : {}),
      ...(definition.printsData ? JSON_OPTIONS : {}),
      ...HELP_OPTIONS,
    },
    arguments: definition.arguments ?? [],
    examples: definition.examples ?? [],
    // `runCli` parsed the values against `options`, which holds the definition's own options with these types.
    execute: (invocation) =>
      definition.run({ ...invocation, positionals: invocation.positionals ?? [] } as unknown as CommandContext<Options>),
  };
}
