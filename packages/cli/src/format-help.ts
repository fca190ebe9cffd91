import type { CliCommand, CommandArgument, CommandOption } from './cli-command.js';

/** Width of the name column in help lists. */
function padColumn(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.max(0, ...rows.map(([left]) => left.length));
  return rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`);
}

function optionLabel(name: string, option: CommandOption): string {
  const short = option.short ? `-${option.short}, ` : '';
  const value = option.type === 'string' ? ` <${option.valueName ?? 'value'}>` : '';
  const repeat = option.multiple ? ' ...' : '';
  return `${short}--${name}${value}${repeat}`;
}

function argumentLabel(argument: CommandArgument): string {
  return `<${argument.name}${argument.variadic ? '...' : ''}>`;
}

/**
 * The usage line of a command: its words, its positional arguments and `[options]`
 * (`trainkit ingest <provider> <resource> <file...> [options]`).
 *
 * @example
 * ```ts
 * formatUsage(dbStatusCommand); // 'trainkit db status [options]'
 * ```
 */
export function formatUsage(command: CliCommand): string {
  return ['trainkit', ...command.path, ...command.arguments.map(argumentLabel), '[options]'].join(' ');
}

/**
 * The `--help` text of one command: usage line, description, options and examples.
 *
 * @example
 * ```ts
 * io.stdout.write(formatCommandHelp(dbStatusCommand));
 * ```
 */
export function formatCommandHelp(command: CliCommand): string {
  const lines = [`Usage: ${formatUsage(command)}`, '', command.summary];
  if (command.description) lines.push('', command.description);
  if (command.arguments.length > 0) {
    lines.push('', 'Arguments:', ...padColumn(command.arguments.map((argument) => [argumentLabel(argument), argument.description])));
  }
  lines.push('', 'Options:', ...padColumn(Object.entries(command.options).map(([name, option]) => [optionLabel(name, option), option.description])));
  if (command.examples.length > 0) {
    lines.push('', 'Examples:', ...command.examples.map((example) => `  trainkit ${example}`));
  }
  return `${lines.join('\n')}\n`;
}

/**
 * The help text listing `commands` (all of them at the top level, with `--help` and `--version`, or the members of
 * a group such as `db`).
 *
 * @example
 * ```ts
 * io.stdout.write(formatCommandList(defaultCommands, []));
 * ```
 */
export function formatCommandList(commands: readonly CliCommand[], prefix: readonly string[]): string {
  const usage = prefix.length === 0 ? 'trainkit <command> [options]' : `trainkit ${prefix.join(' ')} <command> [options]`;
  const lines = [
    `Usage: ${usage}`,
    '',
    ...(prefix.length === 0 ? ['trainkit: an athlete\'s whole training life, from the command line.', ''] : []),
    'Commands:',
    ...padColumn(commands.map((command) => [command.path.join(' '), command.summary])),
    ...(prefix.length === 0
      ? [
          '',
          'Options:',
          ...padColumn([
            ['-h, --help', 'Show this help'],
            ['-V, --version', 'Print the version of trainkit (with --json: {"name", "version"})'],
          ]),
        ]
      : []),
    '',
    `Run 'trainkit <command> --help' for the options of a command.`,
    'Every database command takes --db <SQLite path | pglite:<dir> | postgres:// URL> (default ./trainkit.db).',
  ];
  return `${lines.join('\n')}\n`;
}
