import { afterAll, describe, expect, it } from 'vitest';
import { defaultCommands } from './default-commands.js';
import { makeTempDir, removeTempDirs, runInProcess } from './testing/run-in-process.js';

afterAll(removeTempDirs);

describe('default commands', () => {
  it('offers db, log, fatigue and demo commands, each with its own --help taking --db', async () => {
    expect(defaultCommands.map((command) => command.path.join(' '))).toEqual([
      'db migrate', 'db rollback', 'db status', 'log strength', 'log cardio', 'log sport', 'log hobby', 'fatigue', 'demo',
    ]);
    const cwd = makeTempDir();
    for (const command of defaultCommands) {
      const help = await runInProcess([...command.path, '--help'], { cwd });
      expect(help).toMatchObject({ code: 0, stderr: '' });
      expect(help.stdout).toContain(`Usage: trainkit ${command.path.join(' ')} [options]`);
      expect(help.stdout).toMatch(/--db <target> +SQLite file, pglite:<dir> or postgres:\/\/ URL \(default \.\/trainkit\.db\)/);
      expect(help.stdout).toContain('--json');
    }
    const list = await runInProcess(['log', '--help'], { cwd });
    expect(list.stdout).toMatch(/^ {2}log strength +Log a strength session/m);
  });

  it('log and demo migrate silently, and name the migrations applied with --verbose', async () => {
    const cwd = makeTempDir();
    const quiet = await runInProcess(['log', 'hobby', '--user', 'u1', '--activity', 'hiking', '--duration', '2h', '--tz', 'UTC', '--db', 'quiet.db'], { cwd });
    expect(quiet.stderr).toBe("note: created user 'u1'\n");
    const verbose = await runInProcess(['log', 'hobby', '--user', 'u1', '--activity', 'hiking', '--duration', '2h', '--tz', 'UTC', '--db', 'loud.db', '--verbose'], { cwd });
    expect(verbose.code).toBe(0);
    expect(verbose.stderr).toMatch(/^applied migrations: 0001_initial_schema, .+\nnote: created user 'u1'\n$/);
    const again = await runInProcess(['log', 'hobby', '--user', 'u1', '--activity', 'hiking', '--duration', '2h', '--tz', 'UTC', '--db', 'loud.db', '--verbose'], { cwd });
    expect(again.stderr).toBe('');
  });
});
