import { afterAll, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

afterAll(removeTempDirs);

/** A fresh database whose athlete `u1` (Europe/Berlin) logged weekly back squats; `run(now, ...argv)` runs the CLI at `now`. */
async function setup() {
  const cwd = makeTempDir();
  const run = (now: string, ...argv: string[]) => runInProcess(argv, { cwd, now });
  for (let week = 0; week < 4; week++) {
    const day = new Date(Date.parse('2025-01-07T17:00:00Z') + week * 7 * 86_400_000).toISOString();
    const logged = await run(
      day, 'log', 'strength', '--user', 'u1', '--tz', 'Europe/Berlin', '--at', day, '--duration', '1h',
      '--movement', 'back_squat', '--sets', `1x5@${105 + 2.5 * week}`, '--rir', '1',
    );
    expect(logged.code).toBe(0);
  }
  expect((await run('2025-01-06T08:00:00Z', 'goals', 'cycle', '--user', 'u1', '--id', 'c2025', '--name', '2025 season', '--start', '2025-01-06', '--end', '2025-12-28')).code).toBe(0);
  expect((await run('2025-01-06T08:00:00Z', 'goals', 'block', '--user', 'u1', '--cycle', 'c2025', '--id', 'b1', '--name', 'Strength 1', '--start', '2025-01-06', '--end', '2025-03-30')).code).toBe(0);
  return { run };
}

const SQUAT_140 = 'type=one_rep_max,movement_id=back_squat,load_kg=140';

describe('trainkit goals', () => {
  it('creates the athlete of a first goal on a fresh database, as log and import do; other goal commands need one', async () => {
    const cwd = makeTempDir();
    const run = (...argv: string[]) => runInProcess(argv, { cwd, now: '2025-01-06T09:00:00Z' });
    const missing = await run('goals', 'list', '--user', 'newcomer');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('user not found: newcomer');
    const created = await run('goals', 'create', '--user', 'newcomer', '--key', 'squat', '--title', 'Squat 140 kg', '--type', 'strength', '--target', SQUAT_140);
    expect(created.code).toBe(0);
    expect(created.stderr).toBe("note: created user 'newcomer'\n");
    const again = await run('goals', 'create', '--user', 'newcomer', '--key', 'bench', '--title', 'Bench 100 kg', '--type', 'strength', '--target', 'type=one_rep_max,movement_id=bench_press,load_kg=100');
    expect(again).toMatchObject({ code: 0, stderr: '' });
    expect((await run('goals', 'list', '--user', 'newcomer', '--json')).stdout).toContain('Bench 100 kg');
  });

  it('creates, revises and shows the history of a goal, as known on any date', async () => {
    const { run } = await setup();
    const created = await run(
      '2025-01-06T09:00:00Z', 'goals', 'create', '--user', 'u1', '--key', 'squat', '--title', 'Squat 140 kg', '--type', 'strength',
      '--horizon', 'block', '--block', 'b1', '--target', SQUAT_140,
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect(created.stdout).toBe(
      [
        'Goal squat revision 1: Squat 140 kg (active, priority 1)',
        '  target      1RM back squat 140 kg',
        '  block goal of block b1',
        `  valid from  2025-01-06T09:00Z, recorded 2025-01-06T09:00Z (revision id ${/revision id (\S+)\)/.exec(created.stdout)?.[1] ?? ''})`,
        "Block b1 'Strength 1' goals: 1. Squat 140 kg  2. -  3. -",
        '',
      ].join('\n'),
    );

    const revised = await run(
      '2025-02-10T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat', '--based-on', '1', '--title', 'Squat 145 kg',
      '--target', 'type=one_rep_max,movement_id=back_squat,load_kg=145', '--from', '2025-02-03', '--json',
    );
    expect(revised.code).toBe(0);
    const written = JSON.parse(revised.stdout) as { goal: { revision: number; effective_from: string; created_at: string }; program: { goal_1: string } };
    expect(written.goal).toMatchObject({ revision: 2, effective_from: '2025-02-02T23:00:00.000Z', created_at: '2025-02-10T09:00:00.000Z' });
    expect(written.program.goal_1).toBe('Squat 145 kg');

    const before = await run('2025-02-11T09:00:00Z', 'goals', 'history', '--user', 'u1', '--key', 'squat', '--as-known-on', '2025-02-09');
    expect(before.code).toBe(0);
    expect(before.stdout).toMatch(/^Goal squat, as known on 2025-02-09T22:59:59\.999Z \(1 revision\)\n/);
    expect(before.stdout).toMatch(/^ {2}1 {2}2025-01-06T09:00Z {2}- {9}2025-01-06T09:00Z {2}active {5}1 {2}Squat 140 kg {2}1RM back squat 140 kg$/m);
    const now = await run('2025-02-11T09:00:00Z', 'goals', 'history', '--user', 'u1', '--key', 'squat', '--json');
    const history = JSON.parse(now.stdout) as { revisions: { revision: { revision: number }; valid_to: string | null }[] };
    expect(history.revisions.map((entry) => [entry.revision.revision, entry.valid_to])).toEqual([[1, '2025-02-02T23:00:00.000Z'], [2, null]]);

    const listed = await run('2025-02-11T09:00:00Z', 'goals', 'list', '--user', 'u1', '--at', '2025-02-05', '--known-on', '2025-02-09');
    expect(listed.stdout).toContain('Squat 140 kg');
    expect(listed.stdout).not.toContain('Squat 145 kg');
  });

  it('records check-ins and shows progress from logged sets and check-ins, as text and JSON', async () => {
    const { run } = await setup();
    await run('2025-01-06T09:00:00Z', 'goals', 'create', '--user', 'u1', '--key', 'squat', '--title', 'Squat 140 kg', '--type', 'strength', '--horizon', 'block', '--block', 'b1', '--target', SQUAT_140);
    const checkin = await run('2025-02-03T18:00:00Z', 'goals', 'checkin', '--user', 'u1', '--key', 'squat', '--value', '131', '--notes', 'single');
    expect(checkin).toMatchObject({ code: 0, stderr: '' });
    expect(checkin.stdout).toMatch(/^Check-in \S+ on squat: 2025-02-03 {2}load_kg 131 {2}\(revision id \S+\) {2}single\n$/);
    const progress = await run('2025-02-04T08:00:00Z', 'goals', 'progress', '--user', 'u1', '--key', 'squat', '--json');
    expect(progress.code).toBe(0);
    const json = JSON.parse(progress.stdout) as { status: string; observations: { value: number; source: string }[]; checkins_used: number; deadline: string };
    expect(json.observations.map((observation) => observation.value)).toEqual([126, 129, 132, 135]);
    expect(json).toMatchObject({ checkins_used: 1, deadline: '2025-03-30T21:59:59.999Z' });
    expect(['ahead', 'on_track']).toContain(json.status);
    const text = await run('2025-02-04T08:00:00Z', 'goals', 'progress', '--user', 'u1', '--key', 'squat');
    expect(text.stdout).toMatch(new RegExp(`^Progress of squat at 2025-02-04T08:00Z: ${json.status.replace('_', ' ')}\n`));
    expect(text.stdout).toContain('  measurements  5 (1 check-ins, 4 from stored data)');
    expect(text.stdout).toContain('  sources       4 from activity_strength_sets');
    expect(text.stdout).toContain('  at deadline   ');
  });

  it('reports mistakes with the exit codes of the other commands, writing nothing', async () => {
    const { run } = await setup();
    await run('2025-01-06T09:00:00Z', 'goals', 'create', '--user', 'u1', '--key', 'squat', '--title', 'Squat 140 kg', '--type', 'strength', '--target', SQUAT_140);
    expect(await run('2025-01-07T09:00:00Z', 'goals', 'create', '--title', 'X', '--type', 'strength', '--target', SQUAT_140)).toEqual({
      code: 2, stdout: '', stderr: "error: --user is required (run 'trainkit goals create --help' for usage)\n",
    });
    const badTarget = await run('2025-01-07T09:00:00Z', 'goals', 'create', '--user', 'u1', '--title', 'X', '--type', 'strength', '--target', 'type=one_rep_max,movement_id=back_squat,load_kg=-5');
    expect(badTarget).toMatchObject({ code: 2, stdout: '' });
    expect(badTarget.stderr).toMatch(/^error: invalid --target load_kg: /);
    const mismatch = await run('2025-01-07T09:00:00Z', 'goals', 'create', '--user', 'u1', '--title', 'X', '--type', 'endurance', '--target', SQUAT_140, '--json');
    expect(JSON.parse(mismatch.stderr)).toMatchObject({ error: { code: 'VALIDATION_FAILED', exit_code: 2, issues: [{ path: '--target type', rule: 'goal_type_mismatch' }] } });
    expect((await run('2025-01-07T09:00:00Z', 'goals', 'create', '--user', 'u1', '--title', 'X', '--type', 'strength', '--target', 'load_kg')).stderr).toMatch(/^error: invalid --target: expected key=value pairs/);
    expect((await run('2025-01-07T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat')).stderr).toMatch(/give at least one change/);
    expect(await run('2025-01-07T09:00:00Z', 'goals', 'progress', '--user', 'u1', '--key', 'nope')).toEqual({ code: 2, stdout: '', stderr: 'error: goals not found: nope\n' });
    const overlap = await run('2025-01-07T09:00:00Z', 'goals', 'cycle', '--user', 'u1', '--name', 'Again', '--start', '2025-06-01', '--end', '2026-05-31');
    expect(overlap.code).toBe(2);
    expect(overlap.stderr).toMatch(/^error: invalid --start: macro cycle \S+ 'Again' \(2025-06-01\.\.2026-05-31\) overlaps c2025 '2025 season'/);
    const outside = await run('2025-01-07T09:00:00Z', 'goals', 'block', '--user', 'u1', '--cycle', 'c2025', '--name', 'Late', '--start', '2025-12-01', '--end', '2026-02-22');
    expect(outside.stderr).toMatch(/^error: invalid --end: block \S+ 'Late' ends 2026-02-22, after macro cycle c2025/);

    // A stale base and a retired goal are conflicts with the stored data: exit 4, and nothing changes.
    expect((await run('2025-01-08T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat', '--priority', '2')).code).toBe(0);
    const stale = await run('2025-01-09T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat', '--based-on', '1', '--priority', '3', '--json');
    expect(stale.code).toBe(4);
    expect(JSON.parse(stale.stderr)).toMatchObject({ error: { code: 'CONFLICT', exit_code: 4, entity: 'goals', kind: 'check' } });
    expect((await run('2025-01-10T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat', '--status', 'achieved')).code).toBe(0);
    const retired = await run('2025-01-11T09:00:00Z', 'goals', 'revise', '--user', 'u1', '--key', 'squat', '--title', 'Squat 150 kg');
    expect(retired).toMatchObject({ code: 4, stdout: '' });
    expect(retired.stderr).toBe('error: goals: goal squat was retired as achieved in revision 3 and cannot be revised (create a new goal)\n');
    const history = JSON.parse((await run('2025-01-12T09:00:00Z', 'goals', 'history', '--user', 'u1', '--key', 'squat', '--json')).stdout) as { revisions: unknown[] };
    expect(history.revisions).toHaveLength(3);
  });

  it('every goals command has its help', async () => {
    const cwd = makeTempDir();
    const help = await runInProcess(['goals', '--help'], { cwd });
    expect(help.stdout).toMatch(/^ {2}goals create +Create a goal/m);
    expect(help.stdout).toMatch(/^ {2}goals progress +Show whether a goal is ahead/m);
    const history = await runInProcess(['goals', 'history', '--help'], { cwd });
    expect(history.stdout).toMatch(/--as-known-on <date\|date-time>/);
  });
});
