import { TRAINKIT_MIGRATIONS } from '@trainkit/storage-kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NAMES = Object.keys(TRAINKIT_MIGRATIONS).sort();
const ALL = NAMES.length;

function setup() {
  const cwd = makeTempDir();
  return (...argv: string[]) => runInProcess([...argv, '--db', 'state/../app.db'], { cwd });
}

afterAll(removeTempDirs);

describe('trainkit db', () => {
  it('has at least two migrations to exercise rollback --to', () => {
    expect(ALL).toBeGreaterThanOrEqual(2);
  });

  it('status lists pending migrations on a fresh database, as text and JSON', async () => {
    const db = setup();
    const text = await db('db', 'status');
    expect(text.code).toBe(0);
    for (const name of NAMES) expect(text.stdout).toMatch(new RegExp(`^${name}\\s+pending\\s*$`, 'm'));
    expect(text.stdout).toContain(`0 applied, ${ALL} pending (sqlite)`);
    const json = JSON.parse((await db('db', 'status', '--json')).stdout);
    expect(json).toEqual({ dialect: 'sqlite', applied: 0, pending: ALL, migrations: NAMES.map((name) => ({ name, executedAt: null })) });
  });

  it('migrate applies everything once, then has nothing to do', async () => {
    const db = setup();
    expect(await db('db', 'migrate')).toEqual({
      code: 0, stderr: '', stdout: `applied ${NAMES.join(', ')}; ${ALL} of ${ALL} migrations applied\n`,
    });
    expect((await db('db', 'migrate')).stdout).toBe(`nothing to do: ${ALL} of ${ALL} migrations applied\n`);
    const status = JSON.parse((await db('db', 'status', '--json')).stdout);
    expect(status.applied).toBe(ALL);
    for (const entry of status.migrations) expect(entry.executedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  it('rollback undoes the last migration, --to keeps the named one, --all undoes everything', async () => {
    const db = setup();
    await db('db', 'migrate');
    expect((await db('db', 'rollback')).stdout).toBe(`rolled back ${NAMES.at(-1)}; ${ALL - 1} of ${ALL} migrations applied\n`);
    await db('db', 'migrate');
    const to = await db('db', 'rollback', '--to', NAMES[0]!, '--json');
    expect(to.code).toBe(0);
    expect(JSON.parse(to.stdout)).toEqual({ ok: true, direction: 'down', executed: NAMES.slice(1).reverse(), applied: 1, pending: ALL - 1 });
    expect((await db('db', 'rollback', '--all')).stdout).toBe(`rolled back ${NAMES[0]}; 0 of ${ALL} migrations applied\n`);
    expect((await db('db', 'rollback')).stdout).toBe(`nothing to do: 0 of ${ALL} migrations applied\n`);
  });

  it.each([
    [['db', 'rollback', '--to', 'nope'], `error: invalid --to: no migration 'nope' (known: ${NAMES.join(', ')})`],
    [['db', 'rollback', '--to', 'x', '--all'], "error: give --to or --all, not both (run 'trainkit db rollback --help' for usage)"],
    [['db', 'migrate', '--force'], "error: unknown option '--force' (run 'trainkit db migrate --help' for usage)"],
    [['db', 'upgrade'], "error: unknown command 'db upgrade' (run 'trainkit db --help' for usage)"],
  ])('%j fails with one line and exit 2', async (argv, message) => {
    expect(await setup()(...argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('reports an unsupported target with exit 2 and an unreachable one with exit 3', async () => {
    const cwd = makeTempDir();
    const bad = await runInProcess(['db', 'status', '--db', 'mysql://root@localhost/app'], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^error: unsupported database target scheme "mysql:".*\n$/);
    const missingDir = await runInProcess(['db', 'migrate', '--db', './no/such/dir/app.db'], { cwd });
    expect(missingDir.code).toBe(3);
    expect(missingDir.stderr).toMatch(/^error: cannot open SQLite database at .*no\/such\/dir\/app\.db: .+\n$/);
    const refused = await runInProcess(['db', 'status', '--db', 'postgres://u:secret@127.0.0.1:1/app'], { cwd });
    expect(refused.code).toBe(3);
    expect(refused.stderr.split('\n')).toHaveLength(2);
    expect(refused.stderr).not.toContain('secret');
  });
});
