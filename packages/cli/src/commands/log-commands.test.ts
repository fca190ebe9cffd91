import { join } from 'node:path';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T18:00:00Z';
const opened: KyselyStorage[] = [];

async function open(path: string) {
  const storage = await createSqliteStorage({ path });
  opened.push(storage);
  return storage;
}

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});
afterAll(removeTempDirs);

function setup() {
  const cwd = makeTempDir();
  const run = (...argv: string[]) => runInProcess(argv, { cwd, now: NOW });
  return { cwd, run, dbPath: join(cwd, 'trainkit.db') };
}

describe('trainkit log', () => {
  it('log strength writes the activity and its sets on the default ./trainkit.db, migrating first', async () => {
    const { run, dbPath } = setup();
    const result = await run(
      'log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@100', '--rpe', '8',
      '--movement', 'pull_up', '--sets', '3x8@bw', '--at', '2024-06-01T07:00:00Z', '--tz', 'Europe/Berlin', '--duration', '1h',
    );
    expect(result.stderr).toBe("note: created user 'u1'\n");
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^logged strength session \S+ for u1 on 2024-06-01: Strength training, Back squat 5x5@100 kg, Pull-?up 3x8@0 kg, 1:00:00, 8 sets, 49 reps, 2,500 kg tonnage\n$/i);

    const storage = await open(dbPath);
    const [activity] = await storage.activityInstances.list('u1' as never);
    expect(activity).toMatchObject({
      source: 'manual',
      activity_definition_id: 'act_strength_training',
      performed_start: '2024-06-01T07:00:00.000Z',
      performed_end: '2024-06-01T08:00:00.000Z',
      local_date: '2024-06-01',
      timezone: 'Europe/Berlin',
      utc_offset_minutes: 120,
      created_at: '2024-06-12T18:00:00.000Z',
    });
    const sets = await storage.activityStrengthSets.listByActivity('u1' as never, activity!.id);
    expect(sets.map((set) => [set.set_index, set.movement_id, set.reps, set.load_kg, set.rpe])).toEqual([
      [0, 'mov_back_squat', 5, 100, 8], [1, 'mov_back_squat', 5, 100, 8], [2, 'mov_back_squat', 5, 100, 8],
      [3, 'mov_back_squat', 5, 100, 8], [4, 'mov_back_squat', 5, 100, 8],
      [5, 'mov_pull_up', 8, 0, 8], [6, 'mov_pull_up', 8, 0, 8], [7, 'mov_pull_up', 8, 0, 8],
    ]);
  });

  it('log cardio converts units and defaults --at to now; --json prints the rows', async () => {
    const { run, dbPath } = setup();
    const result = await run(
      'log', 'cardio', '--user', 'u2', '--activity', 'running', '--duration', '1h5m', '--distance', '5mi',
      '--avg-hr', '150', '--max-hr', '171', '--rpe', '6', '--tz', 'America/New_York', '--json',
    );
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout);
    expect(printed.strengthSets).toEqual([]);
    expect(printed.activityInstance).toMatchObject({
      user_id: 'u2',
      activity_definition_id: 'act_running',
      discipline_id: 'dis_running',
      performed_start: '2024-06-12T18:00:00.000Z',
      duration_seconds: 3900,
      distance_m: 8046.72,
      avg_hr_bpm: 150,
      max_hr_bpm: 171,
      perceived_difficulty: 6,
      local_date: '2024-06-12',
      utc_offset_minutes: -240,
    });
    const storage = await open(dbPath);
    expect(await storage.activityInstances.get('u2' as never, printed.activityInstance.id)).toEqual(printed.activityInstance);
  });

  it('log hobby and log sport write sessions with enjoyment and notes, counted as unplanned', async () => {
    const { run, dbPath } = setup();
    const hobby = await run(
      'log', 'hobby', '--user', 'u3', '--activity', 'climbing', '--duration', '90m', '--rpe', '7', '--enjoyment', '5',
      '--notes', 'Sent the overhang', '--at', '2024-06-10T17:00:00Z', '--tz', 'UTC',
    );
    expect(hobby.code).toBe(0);
    expect(hobby.stdout).toMatch(/^logged hobby \S+ for u3 on 2024-06-10: Rock climbing, 1:30:00, RPE 7, enjoyment 5\/5\n$/);
    const sport = await run('log', 'sport', '--user', 'u3', '--activity', 'tennis', '--duration', '1:15:00', '--at', '2024-06-11T17:00:00Z', '--tz', 'UTC');
    expect(sport.code).toBe(0);
    const storage = await open(dbPath);
    const rows = await storage.activityInstances.list('u3' as never, { orderBy: [{ column: 'performed_start' }] });
    expect(rows.map((row) => [row.activity_definition_id, row.duration_seconds, row.enjoyment_rating, row.notes])).toEqual([
      ['act_climbing', 5400, 5, 'Sent the overhang'],
      ['act_tennis', 4500, null, null],
    ]);
    const adherence = await storage.analytics.weeklyAdherence('u3' as never, { from: '2024-06-10', to: '2024-06-16' });
    expect(adherence).toEqual([{ week_start: '2024-06-10', planned_count: 0, completed_count: 0, adherence: null, unplanned_count: 2 }]);
  });

  it('--planned-session links the activity, marks the session completed and counts for adherence', async () => {
    const { run, dbPath } = setup();
    expect((await run('db', 'migrate')).code).toBe(0);
    const storage = await open(dbPath);
    await storage.users.insert({ id: 'u4', created_at: '2024-06-01T00:00:00Z' });
    await storage.plannedSessions.insert({
      id: 'ps_run', user_id: 'u4', scheduled_date: '2024-06-11', title: 'Easy run', created_at: '2024-06-01T00:00:00Z', updated_at: '2024-06-01T00:00:00Z',
    });
    const result = await run('log', 'cardio', '--user', 'u4', '--activity', 'running', '--duration', '40m', '--planned-session', 'ps_run', '--at', '2024-06-11T17:00:00Z', '--tz', 'UTC');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('(planned session ps_run)');
    const [activity] = await storage.activityInstances.list('u4' as never);
    expect(activity).toMatchObject({ source: 'planned', planned_session_id: 'ps_run' });
    expect((await storage.plannedSessions.get('u4' as never, 'ps_run' as never)).status).toBe('completed');
    const [week] = await storage.analytics.weeklyAdherence('u4' as never, { from: '2024-06-10', to: '2024-06-16' });
    expect(week).toMatchObject({ planned_count: 1, completed_count: 1, adherence: 1 });
  });

  it.each([
    [['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '45m', '--avg-hr', '300'], 'error: invalid --avg-hr: Too big: expected number to be <=250'],
    [['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration=-5m'], "error: invalid --duration: expected a duration like 45m, 1h30m, 90s or 1:05:30, got '-5m'"],
    [['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '-5m'], "error: option '--duration' needs a value; write a value that starts with '-' as --duration=<value> (run 'trainkit log cardio --help' for usage)"],
    [['log', 'cardio', '--user', 'u1', '--activity', 'running'], 'error: invalid --duration: is required (or give end)'],
    [['log', 'cardio', '--user', 'u1', '--activity', 'runing', '--duration', '5m'], "error: invalid --activity: no activity 'runing' (give a catalog slug such as running, cycling, tennis or strength_training, or an activity_definitions id)"],
    [['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '9999h'], 'error: invalid --duration: a session lasts at most 14 days (1209600 seconds)'],
    [['log', 'cardio', '--user', 'u1', '--activity', 'running', '--duration', '0m'], 'error: invalid --duration: a session lasts at least 1 second'],
    [['log', 'cardio', '--user', 'a b', '--activity', 'running', '--duration', '5m'], "error: invalid --user: must be 1..128 characters: letters, digits, _ . : @ -, got 'a b'"],
    [['log', 'cardio', '--user', 'u1', '--activity', 'tennis', '--duration', '1h'], "error: invalid --activity: 'tennis' is a sport activity; a cardio log takes cardio activities (log it as sport)"],
    [['log', 'strength', '--user', 'u1', '--activity', 'running', '--movement', 'back_squat', '--sets', '5x5@100'], "error: invalid --activity: 'running' is a cardio activity; a strength log takes strength activities (log it as cardio)"],
    [['log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@100', '--rpe', '11'], 'error: invalid --rpe: Too big: expected number to be <=10'],
    [['log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@100', '--rpe', '8', '--rir', '2'], 'error: invalid --rir: give rpe or rir, not both'],
    [['log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@heavy'], "error: invalid --sets: expected a load like 100, 102.5kg or 225lb, got 'heavy'"],
    [['log', 'strength', '--user', 'u1', '--movement', 'squat_jump_lunge', '--sets', '5x5'], "error: invalid --movement: no movement 'squat_jump_lunge' (give a catalog slug such as back_squat, bench_press or pull_up, or a movements id)"],
    [['log', 'strength', '--user', 'u1', '--sets', '5x5', '--movement', 'back_squat'], "error: --sets must follow the --movement it belongs to (run 'trainkit log strength --help' for usage)"],
    [['log', 'strength', '--user', 'u1', '--movement', 'back_squat'], "error: --movement back_squat needs --sets after it, e.g. --sets 5x5@100 (run 'trainkit log strength --help' for usage)"],
    [['log', 'hobby', '--user', 'u1', '--activity', 'tennis', '--duration', '1h', '--enjoyment', '6'], 'error: invalid --enjoyment: Too big: expected number to be <=5'],
    [['log', 'hobby', '--user', 'u1', '--activity', 'tennis', '--duration', '1h', '--tz', 'Mars/Base'], "error: invalid --tz: expected an IANA time zone like Europe/Berlin, got 'Mars/Base'"],
    [['log', 'hobby', '--user', 'u1', '--activity', 'tennis', '--duration', '1h', '--at', 'yesterday'], "error: invalid --at: expected an ISO-8601 date-time like 2024-06-01T07:00:00Z, got 'yesterday'"],
    [['log', 'hobby', '--user', 'u1', '--activity', 'tennis', '--duration', '1h', '--planned-session', 'nope'], "error: invalid --planned-session: no planned session 'nope' for user 'u1'"],
    [['log', 'sport', '--activity', 'tennis', '--duration', '1h'], "error: --user is required (run 'trainkit log sport --help' for usage)"],
  ])('rejects %j with one line, exit 2, and writes nothing', async (argv, message) => {
    const { run, dbPath } = setup();
    const result = await run(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
    const storage = await open(dbPath);
    await storage.migrations.migrateToLatest();
    expect(await storage.activityInstances.list('u1' as never)).toEqual([]);
  });

  it('a refused 9999-hour log leaves the database readable: trainkit fatigue keeps working', async () => {
    const { run } = setup();
    const refused = await run('log', 'cardio', '--user', 'u5', '--activity', 'running', '--duration', '9999h', '--at', '2024-06-10T06:00:00Z');
    expect(refused.code).toBe(2);
    expect((await run('log', 'cardio', '--user', 'u5', '--activity', 'running', '--duration', '45m', '--at', '2024-06-10T06:00:00Z', '--tz', 'UTC')).code).toBe(0);
    const fatigue = await run('fatigue', '--user', 'u5', '--at', '2024-06-12', '--json');
    expect(fatigue.code).toBe(0);
    const report = JSON.parse(fatigue.stdout);
    expect(report.provenance.inputs.activity_instance_ids).toHaveLength(1);
    expect(report.provenance.inputs.skipped).toEqual([]);
  });

  it('log strength names the movements as stored and derives the discipline of a custom strength activity', async () => {
    const { run, dbPath } = setup();
    const result = await run('log', 'strength', '--user', 'u6', '--activity', 'powerlifting', '--movement', 'Back-Squat', '--sets', '3x3@140', '--at', '2024-06-01T07:00:00Z', '--tz', 'UTC');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/: Powerlifting, Back squat 3x3@140 kg, 3 sets, 9 reps, 1,260 kg tonnage\n$/);
    const storage = await open(dbPath);
    const [activity] = await storage.activityInstances.list('u6' as never);
    const definition = await storage.activityDefinitions.get('act_powerlifting' as never);
    expect(activity).toMatchObject({ activity_definition_id: 'act_powerlifting', discipline_id: definition.discipline_id });
    expect(activity!.discipline_id).not.toBeNull();
  });

  it('reports an unreachable database in one line with exit 3', async () => {
    const { run } = setup();
    const result = await run('log', 'hobby', '--user', 'u1', '--activity', 'tennis', '--duration', '1h', '--db', 'postgres://trainkit@127.0.0.1:1/nowhere');
    expect(result.code).toBe(3);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: cannot connect to PostgreSQL at postgres:\/\/trainkit@127\.0\.0\.1:1\/nowhere: .+\n$/);
  });
});
