import { NotFoundError, StorageUnavailableError, ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { defineCommand } from './cli-command.js';
import { runCli } from './main.js';
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
  bug: () => new TypeError('cannot read properties of undefined\n    at somewhere (file.ts:1:1)'),
};
const fail = defineCommand({
  path: ['tools', 'fail'],
  summary: 'Throw an error',
  options: { kind: { type: 'string', description: 'Which error' } },
  usesDatabase: false,
  printsData: false,
  run: async ({ values }) => {
    throw (failures[values.kind ?? 'bug'] ?? failures.bug!)();
  },
});
const commands = [echo, fail];

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
    expect((await run(['tools', 'fail', '--help'])).stdout).not.toContain('--json');
  });

  it.each([
    [['nope'], "error: unknown command 'nope' (run 'trainkit --help' for usage)"],
    [['tools', 'nope'], "error: unknown command 'tools nope' (run 'trainkit tools --help' for usage)"],
    [['tools'], "error: 'tools' needs a subcommand: echo, fail (run 'trainkit tools --help' for usage)"],
    [['tools', 'echo', '--wrod', 'x'], "error: unknown option '--wrod' (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'echo', '--word'], "error: option '--word <value>' argument missing (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'echo', 'extra'], "error: unexpected argument 'extra' (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'echo', '--json=yes'], "error: option '--json' does not take an argument (run 'trainkit tools echo --help' for usage)"],
    [['tools', 'fail', '--json'], "error: unknown option '--json' (run 'trainkit tools fail --help' for usage)"],
    [['--db', 'x'], "error: expected a command before '--db' (run 'trainkit --help' for usage)"],
  ])('bad arguments %j: one line, exit 2', async (argv, message) => {
    const result = await run(argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('runCli error reporting', () => {
  it.each([
    ['usage', 2, "error: --word is required (run 'trainkit tools fail --help' for usage)"],
    ['validation', 2, 'error: invalid sets.2.reps: must be >= 0 (and 1 more)'],
    ['unavailable', 3, 'error: cannot connect to postgres://127.0.0.1:1/x: connection refused'],
    ['notFound', 2, 'error: planned_sessions not found: ps_404'],
    ['bug', 1, 'error: cannot read properties of undefined'],
  ])('%s errors print one line and exit %d', async (kind, code, message) => {
    const result = await run(['tools', 'fail', '--kind', kind]);
    expect(result).toEqual({ code, stdout: '', stderr: `${message}\n` });
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
