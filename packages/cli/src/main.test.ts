import { readFileSync } from 'node:fs';
import {
  ConflictError,
  MissingDependencyError,
  NotFoundError,
  StorageError,
  StorageUnavailableError,
  ValidationError,
} from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defineCommand } from './cli-command.js';
import { CLI_ERROR_CODES } from './cli-error-code.js';
import { CLI_VERSION } from './cli-version.js';
import { EXIT_CODES } from './exit-codes.js';
import { runCli } from './main.js';
import { StoredDataError } from './stored-data-error.js';
import { createTestIo } from './testing/create-test-io.js';
import { UsageError } from './usage-error.js';

const echo = defineCommand({
  path: ['tools', 'echo'],
  summary: 'Echo the options',
  options: {
    word: { type: 'string', description: 'A word' },
    tag: { type: 'string', multiple: true, description: 'Tags' },
  },
  usesDatabase: true,
  printsData: true,
  examples: ['tools echo --word hi'],
  run: async (context) => {
    context.io.stdout.write(`${context.values.word ?? ''}|${(context.values.tag ?? []).join(',')}|${context.common.db}|${context.common.json}\n`);
    return 0;
  },
});
const failures: Record<string, () => Error> = {
  usage: () => new UsageError('--word is required', ['tools', 'fail']),
  validation: () =>
    new ValidationError('strength log', [
      { path: 'sets.2.reps', rule: 'too_small', message: 'must be >= 0' },
      { path: 'rpe', rule: 'too_big', message: 'must be <= 10' },
    ]),
  unavailable: () => new StorageUnavailableError('cannot connect to postgres://127.0.0.1:1/x: connection refused'),
  notFound: () => new NotFoundError('planned_sessions', 'ps_404'),
  storedData: () =>
    new StoredDataError(
      new ValidationError('stored fatigue input of user u1', [
        { path: 'activity_instances[act_7].performed_end', rule: 'too_big', message: 'Too big: expected number to be <=1209600' },
      ]),
    ),
  foreignKey: () =>
    new ConflictError('activity_instances', 'foreign_key', 'referenced row missing', {
      foreignKey: { table: 'activity_instances', columns: ['planned_session_id'], references: { table: 'planned_sessions', columns: ['id'] } },
    }),
  foreignKeyNamed: () =>
    new ConflictError(
      'activity_strength_sets',
      'foreign_key',
      'referenced row missing (foreign key activity_strength_sets.movement_id -> movements.id)',
      { foreignKey: { table: 'activity_strength_sets', columns: ['movement_id'], references: { table: 'movements', columns: ['id'] } } },
    ),
  unique: () => new ConflictError('users', 'unique', 'duplicate key'),
  missingDriver: () => new MissingDependencyError('better-sqlite3', '@trainkit/storage-kysely/sqlite'),
  storage: () => new StorageError('migration 0002_workout_logs_view failed: syntax error'),
  bug: () => new TypeError('cannot read properties of undefined\n    at somewhere (file.ts:1:1)'),
};
const fail = defineCommand({
  path: ['tools', 'fail'],
  summary: 'Throw an error',
  options: { kind: { type: 'string', description: 'Which error' } },
  usesDatabase: false,
  printsData: true,
  run: async ({ values }) => {
    throw (failures[values.kind ?? 'bug'] ?? failures.bug!)();
  },
});
const quiet = defineCommand({
  path: ['tools', 'quiet'],
  summary: 'Print nothing',
  options: {},
  usesDatabase: false,
  printsData: false,
  run: async () => 0,
});
const copy = defineCommand({
  path: ['tools', 'copy'],
  summary: 'Copy files somewhere',
  options: { force: { type: 'boolean', description: 'Overwrite' } },
  arguments: [
    { name: 'target', description: 'Where to copy to' },
    { name: 'file', variadic: true, description: 'Files to copy' },
  ],
  usesDatabase: false,
  printsData: false,
  run: async ({ positionals, values, io }) => {
    io.stdout.write(`${positionals.join('|')} force=${values.force === true}\n`);
    return 0;
  },
});
const commands = [echo, fail, quiet, copy];

async function run(argv: string[], env: Record<string, string> = {}) {
  const io = createTestIo({ env });
  const code = await runCli(argv, io, { commands });
  return { code, stdout: io.stdoutText(), stderr: io.stderrText() };
}

describe('runCli dispatch and parsing', () => {
  it('runs a command with its options, shared options and defaults', async () => {
    const result = await run(['tools', 'echo', '--word', 'hi', '--tag', 'a', '--tag', 'b', '--json', '--db', 'x.db']);
    expect(result).toEqual({ code: 0, stdout: 'hi|a,b|x.db|true\n', stderr: '' });
    expect((await run(['tools', 'echo'])).stdout).toBe('||./trainkit.db|false\n');
  });

  it('hands positional arguments to commands that declare them, before, between and after options', async () => {
    expect(await run(['tools', 'copy', 'out', 'a.json', '--force', 'b.json'])).toEqual({ code: 0, stdout: 'out|a.json|b.json force=true\n', stderr: '' });
    expect((await run(['tools', 'copy', '--force', 'out', 'a.json'])).stdout).toBe('out|a.json force=true\n');
    // After `--`, a value that starts with '-' is a positional, not an option.
    expect((await run(['tools', 'copy', 'out', '--', '-odd.json'])).stdout).toBe('out|-odd.json force=false\n');
    const help = await run(['tools', 'copy', '--help']);
    expect(help.stdout).toContain('Usage: trainkit tools copy <target> <file...> [options]');
    expect(help.stdout).toMatch(/^Arguments:\n {2}<target> {3}Where to copy to\n {2}<file\.\.\.> {2}Files to copy$/m);
    expect((await run(['tools', 'copy', '--help'])).code).toBe(0);
  });

  it('prints help for the CLI, a group and a command', async () => {
    const top = await run(['--help']);
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('tools echo');
    expect(top.stdout).toContain('tools fail');
    expect((await run([])).stdout).toBe(top.stdout);
    const group = await run(['tools', '--help']);
    expect(group.stdout).toContain('Usage: trainkit tools <command>');
    const command = await run(['tools', 'echo', '--help']);
    expect(command.code).toBe(0);
    expect(command.stdout).toContain('Usage: trainkit tools echo [options]');
    expect(command.stdout).toMatch(/--db <target>\s+SQLite file/);
    expect(command.stdout).toMatch(/--tag <value> \.\.\./);
    expect(command.stdout).toContain('trainkit tools echo --word hi');
    expect((await run(['help', 'tools', 'echo'])).stdout).toBe(command.stdout);
    // Commands that print no data take no --json.
    expect((await run(['tools', 'echo', '--help'])).stdout).toContain('--json');
    expect((await run(['tools', 'quiet', '--help'])).stdout).not.toContain('--json');
  });

  it('--version and -V print the version of @trainkit/cli; the top-level help lists them', async () => {
    const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(CLI_VERSION).toBe(manifest.version);
    expect(await run(['--version'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    expect(await run(['-V'])).toEqual({ code: 0, stdout: `${manifest.version}\n`, stderr: '' });
    const json = await run(['--version', '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual({ name: '@trainkit/cli', version: manifest.version });
    expect((await run(['--help'])).stdout).toMatch(/^ {2}-V, --version +Print the version/m);
    // After a command it is that command's (unknown) option; with other top-level options it is a mistake.
    expect(await run(['tools', 'echo', '--version'])).toMatchObject({ code: 2, stderr: expect.stringContaining("unknown option '--version'") as unknown });
    expect(await run(['--version', '--db', 'x'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/^error: --version takes no other option than --json/) as unknown });
  });

  it.each([
    [['nope'], "error: unknown command 'nope' (run 'trainkit --help' for usage)"],
    [['tools', 'nope'], "error: unknown command 'tools nope' (run 'trainkit tools --help' for usage)"],
    [['tools'], "error: 'tools' needs a subcommand: echo, fail, quiet, copy (run 'trainkit tools --help' for usage)"],
    [['tools', 'echo', '--wrod', 'x'], "error: unknown option '--wrod' (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'echo', '--word'], "error: option '--word <value>' argument missing (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'echo', 'extra'], "error: unexpected argument 'extra' (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'copy'], "error: missing <target>: where to copy to (run 'trainkit tools copy --help' for usage)"],
    [['tools', 'copy', 'out', '--force'], "error: missing <file...>: files to copy (run 'trainkit tools copy --help' for usage)"],
    [['tools', 'echo', '--json=yes'], "error: option '--json' does not take an argument (run 'trainkit tools echo --help' for usage)"],
    [['--db', 'x'], "error: expected a command before '--db' (run 'trainkit --help' for usage)"],
  ])('bad arguments %j: one line, exit 2', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

/** The documented `--json` error object (docs/guides/cli.md, "Errors and exit codes"). */
const CliErrorJsonSchema = z.strictObject({
  error: z.strictObject({
    code: z.enum(CLI_ERROR_CODES),
    message: z.string().min(1),
    exit_code: z.union(Object.values(EXIT_CODES).map((code) => z.literal(code))),
    issues: z.array(z.strictObject({ path: z.string(), rule: z.string(), message: z.string() })),
    command: z.array(z.string()).optional(),
    subject: z.string().optional(),
    entity: z.string().optional(),
    key: z.string().optional(),
    kind: z.string().optional(),
    foreign_key: z
      .strictObject({
        table: z.string(),
        columns: z.array(z.string()),
        references: z.strictObject({ table: z.string(), columns: z.array(z.string()) }),
      })
      .optional(),
    package: z.string().optional(),
    stack: z.string().optional(),
  }),
});

const ERROR_CASES = [
  ['usage', 2, 'USAGE', "--word is required (run 'trainkit tools fail --help' for usage)"],
  ['validation', 2, 'VALIDATION_FAILED', 'invalid sets.2.reps: must be >= 0 (and 1 more)'],
  ['unavailable', 3, 'STORAGE_UNAVAILABLE', 'cannot connect to postgres://127.0.0.1:1/x: connection refused'],
  ['notFound', 2, 'NOT_FOUND', 'planned_sessions not found: ps_404'],
  [
    'storedData',
    4,
    'STORED_DATA_INVALID',
    'stored data cannot be used: invalid activity_instances[act_7].performed_end: Too big: expected number to be <=1209600',
  ],
  [
    'foreignKey',
    4,
    'CONFLICT',
    'activity_instances: referenced row missing (foreign key activity_instances.planned_session_id -> planned_sessions.id)',
  ],
  [
    'foreignKeyNamed',
    4,
    'CONFLICT',
    'activity_strength_sets: referenced row missing (foreign key activity_strength_sets.movement_id -> movements.id)',
  ],
  ['unique', 4, 'CONFLICT', 'users: duplicate key'],
  [
    'missingDriver',
    3,
    'MISSING_DEPENDENCY',
    'install better-sqlite3 (npm install better-sqlite3) to use @trainkit/storage-kysely/sqlite',
  ],
  ['storage', 1, 'STORAGE_FAILED', 'migration 0002_workout_logs_view failed: syntax error'],
  ['bug', 1, 'INTERNAL', 'cannot read properties of undefined'],
] as const;

describe('runCli error reporting', () => {
  it.each(ERROR_CASES)('%s errors print one line and exit %d', async (kind, code, _code, message) => {
    const result = await run(['tools', 'fail', '--kind', kind]);
    expect(result).toEqual({ code, stdout: '', stderr: `error: ${message}\n` });
  });

  it.each(ERROR_CASES)('with --json, %s errors are one JSON object on stderr (exit %d, code %s)', async (kind, exitCode, code, message) => {
    const result = await run(['tools', 'fail', '--kind', kind, '--json']);
    expect(result.code).toBe(exitCode);
    expect(result.stdout).toBe('');
    expect(result.stderr.endsWith('\n')).toBe(true);
    expect(result.stderr.slice(0, -1)).not.toContain('\n');
    const { error } = CliErrorJsonSchema.parse(JSON.parse(result.stderr));
    expect(error).toMatchObject({ code, message, exit_code: exitCode });
    expect(error.stack).toBeUndefined();
  });

  it('--json errors carry the details: issues, the command, the foreign key, the package', async () => {
    const parse = async (kind: string) => CliErrorJsonSchema.parse(JSON.parse((await run(['tools', 'fail', '--kind', kind, '--json'])).stderr)).error;
    expect(await parse('validation')).toMatchObject({
      subject: 'strength log',
      issues: [
        { path: 'sets.2.reps', rule: 'too_small', message: 'must be >= 0' },
        { path: 'rpe', rule: 'too_big', message: 'must be <= 10' },
      ],
    });
    expect((await parse('usage')).command).toEqual(['tools', 'fail']);
    expect(await parse('storedData')).toMatchObject({
      subject: 'stored fatigue input of user u1',
      issues: [{ path: 'activity_instances[act_7].performed_end', rule: 'too_big' }],
    });
    expect(await parse('foreignKey')).toMatchObject({
      entity: 'activity_instances',
      kind: 'foreign_key',
      foreign_key: { table: 'activity_instances', columns: ['planned_session_id'], references: { table: 'planned_sessions', columns: ['id'] } },
    });
    expect(await parse('notFound')).toMatchObject({ entity: 'planned_sessions', key: 'ps_404' });
    expect(await parse('missingDriver')).toMatchObject({ package: 'better-sqlite3' });
  });

  it.each([
    [['nope', '--json'], 'USAGE', []],
    [['tools', 'echo', '--wrod', 'x', '--json'], 'USAGE', ['tools', 'echo']],
    [['tools', '--json'], 'USAGE', ['tools']],
    // A command that prints no data takes no --json, and says so as JSON.
    [['tools', 'quiet', '--json'], 'USAGE', ['tools', 'quiet']],
    [['--version', '--json', '--db', 'x'], 'USAGE', []],
  ])('with --json, command-line mistakes %j are JSON too', async (argv, code, command) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    const { error } = CliErrorJsonSchema.parse(JSON.parse(result.stderr));
    expect(error).toMatchObject({ code, exit_code: 2, command });
  });

  it('with --json and TRAINKIT_DEBUG=1 the stack trace is a field of the object, not text', async () => {
    const result = await run(['tools', 'fail', '--kind', 'bug', '--json'], { TRAINKIT_DEBUG: '1' });
    expect(result.code).toBe(1);
    const { error } = CliErrorJsonSchema.parse(JSON.parse(result.stderr));
    expect(error.stack).toMatch(/TypeError: cannot read properties/);
  });

  it('prints the stack trace only with TRAINKIT_DEBUG=1', async () => {
    const quiet = await run(['tools', 'fail', '--kind', 'bug']);
    expect(quiet.stderr).not.toMatch(/\n\s+at /);
    const debug = await run(['tools', 'fail', '--kind', 'bug'], { TRAINKIT_DEBUG: '1' });
    expect(debug.code).toBe(1);
    expect(debug.stderr.split('\n')[0]).toBe('error: cannot read properties of undefined');
    expect(debug.stderr).toMatch(/TypeError: cannot read properties/);
    expect(debug.stderr).toMatch(/\n\s+at /);
  });
});
