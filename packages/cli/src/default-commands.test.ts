import { afterAll, describe, expect, it } from 'vitest';
import { defaultCommands } from './default-commands.js';
import { makeTempDir, removeTempDirs, runInProcess } from './testing/run-in-process.js';

afterAll(removeTempDirs);

describe('default commands', () => {
  it('offers db, log, ingestion, connection, fatigue and demo commands, each with its own --help taking --db', async () => {
    expect(defaultCommands.map((command) => command.path.join(' '))).toEqual([
      'db migrate', 'db rollback', 'db status', 'log strength', 'log cardio', 'log sport', 'log hobby',
      'import', 'ingest', 'activities', 'runs', 'replay', 'unmerge', 'connect', 'sync', 'accounts', 'keys rotate', 'fatigue',
      'goals create', 'goals revise', 'goals history', 'goals checkin', 'goals progress', 'goals list', 'goals cycle', 'goals block', 'plan', 'demo',
    ]);
    const cwd = makeTempDir();
    for (const command of defaultCommands) {
      const help = await runInProcess([...command.path, '--help'], { cwd });
      expect(help).toMatchObject({ code: 0, stderr: '' });
      const usage = [...command.path, ...command.arguments.map((argument) => `<${argument.name}${argument.variadic ? '...' : ''}>`)].join(' ');
      expect(help.stdout).toContain(`Usage: trainkit ${usage} [options]`);
      expect(help.stdout).toMatch(/--db <target> +SQLite file, pglite:<dir> or postgres:\/\/ URL \(default \.\/trainkit\.db\)/);
      expect(help.stdout).toContain('--json');
    }
    const list = await runInProcess(['log', '--help'], { cwd });
    expect(list.stdout).toMatch(/^ {2}log strength +Log a strength session/m);
    const ingest = await runInProcess(['ingest', '--help'], { cwd });
    expect(ingest.stdout).toContain('Usage: trainkit ingest <provider> <resource> <file...> [options]');
    expect(ingest.stdout).toMatch(/^ {2}strava {2}activities, activity, streams\n {2}whoop {3}workouts, recovery, sleep, cycles\n/m);
    expect(ingest.stdout).toContain('Apple Health exports and FIT files are files: give them to trainkit import.');
    expect((await runInProcess(['unmerge', '--help'], { cwd })).stdout).toMatch(/--user is required because activities\nare looked up per athlete/);
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
