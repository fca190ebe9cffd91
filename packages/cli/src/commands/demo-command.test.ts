import { join } from 'node:path';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import pg from 'pg';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T10:00:00Z'; // a Wednesday
const USER = 'demo_athlete' as never;

interface DemoJson {
  athlete: { id: string; time_zone: string };
  program: { start_date: string; end_date: string; weeks_of_history: number };
  seed: number;
  replaced: boolean;
  ingestion: {
    runs: { provider: string; input: string; run_id: string; kind: string; status: string; counts: Record<string, number>; merges: number }[];
    raw_records: number;
    providers: string[];
    merged_activities: {
      activity_id: string; activity_name: string; local_date: string; own_entry: string | null;
      sources: { provider: string; resource: string; external_id: string; raw_record_id: string; ingestion_run_id: string; link_kind: string; match_confidence: number | null; reasons: string[] }[];
      field_sources: Record<string, string>;
    }[];
  };
  written: {
    planned_sessions: number; completed_sessions: number; skipped_sessions: number; upcoming_sessions: number;
    manual_activities: number; provider_activities: number; strength_sets: number; weigh_ins: number;
  };
  report: {
    range: { from: string; to: string };
    weekly_load: { week_start: string; discipline_id: string | null; activity_count: number; duration_seconds: number; tonnage_kg: number; set_count: number; rep_count: number; distance_m: number }[];
    adherence: { week_start: string; planned_count: number; completed_count: number; adherence: number | null; unplanned_count: number }[];
    overall_adherence: number;
    weight_trend: { date: string; weight_kg: number; sample_count: number; rolling_avg_7d_kg: number }[];
    weekly_weight: { week_start: string; weigh_ins: number; rolling_avg_7d_kg: number }[];
  };
}

/** Rounds every number to 9 decimals: SQLite and PostgreSQL may sum floats in different orders (last-ulp differences). */
function roundNumbers(value: unknown): unknown {
  if (typeof value === 'number') return Math.round(value * 1e9) / 1e9;
  if (Array.isArray(value)) return value.map(roundNumbers);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, roundNumbers(item)]));
  return value;
}

const sum = <T>(rows: readonly T[], pick: (row: T) => number) => rows.reduce((total, row) => total + pick(row), 0);
const opened: KyselyStorage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
  removeTempDirs();
});

async function runDemo(cwd: string, ...extra: string[]) {
  const result = await runInProcess(['demo', '--json', ...extra], { cwd, now: NOW });
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as DemoJson;
}

describe('trainkit demo on SQLite', () => {
  const cwd = makeTempDir();
  let first: DemoJson;
  let storage: KyselyStorage;

  it('writes a sample athlete and reports numbers that agree with the stored rows', async () => {
    first = await runDemo(cwd);
    storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
    opened.push(storage);
    const { written, report } = first;

    expect(first.program).toMatchObject({ start_date: '2024-05-06', end_date: '2024-07-28', weeks_of_history: 6 });
    expect(report.range).toEqual({ from: '2024-05-06', to: '2024-06-11' });
    expect(written.planned_sessions).toBe(48);
    expect(written.completed_sessions + written.skipped_sessions + written.upcoming_sessions).toBe(48);
    // Every provider record of the demo belongs to a session the athlete logged: merged, none on its own.
    expect(written.provider_activities).toBe(0);

    // Adherence: every past session is planned; completed ones are exactly those with a linked activity.
    expect(sum(report.adherence, (row) => row.planned_count)).toBe(written.completed_sessions + written.skipped_sessions);
    expect(sum(report.adherence, (row) => row.completed_count)).toBe(written.completed_sessions);
    expect(report.overall_adherence).toBeCloseTo(written.completed_sessions / (written.completed_sessions + written.skipped_sessions), 12);
    expect(report.overall_adherence).toBeGreaterThan(0.5);
    expect(report.overall_adherence).toBeLessThan(1);
    const unplanned = written.manual_activities + written.provider_activities - written.completed_sessions;
    expect(unplanned).toBeGreaterThan(0);
    expect(sum(report.adherence, (row) => row.unplanned_count)).toBe(unplanned);

    // Load: the report's totals are the stored activities' and sets' totals.
    const activities = await storage.activityInstances.listByLocalDate(USER, report.range.from as never, report.range.to as never);
    expect(activities).toHaveLength(written.manual_activities + written.provider_activities);
    expect(sum(report.weekly_load, (row) => row.activity_count)).toBe(activities.length);
    expect(sum(report.weekly_load, (row) => row.duration_seconds)).toBeCloseTo(sum(activities, (row) => row.duration_seconds ?? 0), 6);
    expect(sum(report.weekly_load, (row) => row.distance_m)).toBeCloseTo(sum(activities, (row) => row.distance_m ?? 0), 6);
    const sets = (await Promise.all(activities.map((row) => storage.activityStrengthSets.listByActivity(USER, row.id)))).flat();
    expect(sets).toHaveLength(written.strength_sets);
    expect(sum(report.weekly_load, (row) => row.tonnage_kg)).toBeCloseTo(sum(sets, (set) => (set.reps ?? 0) * (set.load_kg ?? 0)), 6);
    const disciplines = new Set(report.weekly_load.map((row) => row.discipline_id));
    expect(disciplines).toContain('dis_general_fitness');
    expect(disciplines).toContain('dis_running');
    expect([...disciplines].some((id) => id === 'dis_racket_sports' || id === 'dis_climbing' || id === 'dis_hiking')).toBe(true);
    const hobbies = activities.filter((row) => row.enjoyment_rating !== null);
    expect(hobbies.length).toBeGreaterThan(0);

    // Weight: one row per day with a weigh-in, trending down.
    expect(report.weight_trend).toHaveLength(written.weigh_ins);
    expect(report.weight_trend.at(-1)!.rolling_avg_7d_kg).toBeLessThan(report.weight_trend[0]!.rolling_avg_7d_kg);
    expect(sum(report.weekly_weight, (row) => row.weigh_ins)).toBe(written.weigh_ins);

    // The providers: five of them, every payload through the real pipeline, one run each, nothing failed.
    const { ingestion } = first;
    expect(ingestion.providers).toEqual(['garmin', 'strava', 'whoop', 'oura', 'apple_health']);
    expect(ingestion.runs.map((run) => `${run.provider} ${run.input} ${run.kind} ${run.status}`)).toEqual([
      'garmin FIT file file_import succeeded', 'strava activities sync succeeded', 'whoop workouts sync succeeded', 'whoop recovery sync succeeded',
      'oura daily_readiness sync succeeded', 'oura sleep sync succeeded', 'apple_health export.xml file_import succeeded',
    ]);
    const records = await storage.externalActivityRecords.list(USER);
    expect(records).toHaveLength(ingestion.raw_records);
    expect(new Set(records.map((record) => record.provider))).toEqual(new Set(ingestion.providers));
    expect(records.every((record) => record.content_hash !== null && ingestion.runs.some((run) => run.run_id === record.ingestion_run_id))).toBe(true);

    // One session recorded by three providers (and logged by hand): one activity, linked to every raw record.
    const [longRun, tennis, ...otherMerges] = ingestion.merged_activities;
    expect(otherMerges).toEqual([]);
    expect(longRun).toMatchObject({ activity_name: 'Running', own_entry: 'planned', field_sources: { distance: 'garmin', heart_rate: 'garmin', timing: 'garmin' } });
    expect(longRun!.sources.map((source) => `${source.provider}/${source.resource}/${source.link_kind}`)).toEqual([
      'garmin/fit/source', 'strava/activities/duplicate', 'whoop/workout/duplicate',
    ]);
    const whoop = longRun!.sources[2]!;
    expect(whoop.match_confidence).toBeGreaterThan(0.8);
    expect(whoop.match_confidence).toBeLessThan(1);
    expect(whoop.reasons).toEqual(expect.arrayContaining(['same category cardio', expect.stringMatching(/^start \d+ s apart$/), expect.stringMatching(/^overlap \d+ %$/)]));
    const merged = activities.find((row) => row.id === longRun!.activity_id)!;
    expect(merged.planned_session_id).not.toBeNull();
    const links = await storage.activityInstances.listLinks(USER, merged.id);
    expect(links.map((link) => link.external_activity_record_id).sort()).toEqual(longRun!.sources.map((source) => source.raw_record_id).sort());
    const strava = records.find((record) => record.id === longRun!.sources[1]!.raw_record_id)!;
    expect(strava.raw_payload_json).toMatchObject({ sport_type: 'Run', device_name: 'Garmin Forerunner 265' });
    const decisions = await storage.activityMergeDecisions.listByActivity(USER, merged.id);
    expect(decisions.filter((decision) => decision.decision === 'merge')).toHaveLength(3);
    // The tennis match: the Apple Watch's workout merged into the athlete's log, which keeps its notes.
    expect(tennis).toMatchObject({ activity_name: 'Tennis', own_entry: 'manual', sources: [{ provider: 'apple_health', resource: 'workout' }] });
    expect(tennis!.field_sources).toMatchObject({ heart_rate: 'apple_health', subjective: 'the manual log' });
    expect(activities.find((row) => row.id === tennis!.activity_id)!.notes).not.toBeNull();
  });

  it('prints the same numbers as aligned text tables', async () => {
    const text = await runInProcess(['demo'], { cwd, now: NOW });
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Plan     48 planned sessions: ${first.written.completed_sessions} done, ${first.written.skipped_sessions} skipped`);
    expect(text.stdout).toContain(`Imported 7 ingestion runs from 5 providers (garmin, strava, whoop, oura, apple_health), ${first.ingestion.raw_records} raw records kept as received:\n`);
    for (const run of first.ingestion.runs) expect(text.stdout).toMatch(new RegExp(`^ {2}${run.provider} +${run.input} +${run.status} +.* run ${run.run_id}`, 'm'));
    const [longRun] = first.ingestion.merged_activities;
    expect(text.stdout).toContain(
      `  Running "Long run" on ${longRun!.local_date}: 1 activity (${longRun!.activity_id}) from the athlete's log of the planned session and 3 provider records\n`,
    );
    expect(text.stdout).toMatch(/^ {4}whoop workout \S+ \(duplicate, match 0\.\d\d: same category cardio, same activity act_running, start \d+ s apart, overlap \d+ %\)$/m);
    expect(text.stdout).toMatch(/^ {4}fields: timing, .*distance.* from garmin; .*subjective from the planned session's log$/m);
    for (const row of first.report.adherence) {
      const percent = row.adherence === null ? '-' : `${Math.round(row.adherence * 100)}%`;
      expect(text.stdout).toMatch(new RegExp(`^${row.week_start} +${row.planned_count} +${row.completed_count} +${percent} +${row.unplanned_count}$`, 'm'));
    }
    for (const row of first.report.weekly_weight) {
      // As the report rounds (en-US, two decimals; toFixed would round 81.725 down).
      const average = row.rolling_avg_7d_kg.toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
      expect(text.stdout).toMatch(new RegExp(`^${row.week_start} +${row.weigh_ins} .* ${average}$`, 'm'));
    }
    const tonnage = Math.round(sum(first.report.weekly_load, (row) => row.tonnage_kg)).toLocaleString('en-US');
    expect(text.stdout).toContain(` ${tonnage} kg lifted`);
    expect(text.stdout).toMatch(/^Weekly load by discipline\nWeek {8}Discipline +Sessions +Duration +Tonnage kg +Sets +Reps +Distance km\n-{10} {2}-+/m);
  });

  it('is idempotent and deterministic: running again replaces the athlete with the same data, other users untouched', async () => {
    const logged = await runInProcess(['log', 'hobby', '--user', 'someone', '--activity', 'hiking', '--duration', '2h', '--tz', 'UTC'], { cwd, now: NOW });
    expect(logged.code).toBe(0);
    const again = await runDemo(cwd);
    expect(again.replaced).toBe(true);
    expect({ ...again, replaced: false }).toEqual({ ...first, replaced: false });
    const activities = await storage.activityInstances.list(USER);
    expect(activities).toHaveLength(first.written.manual_activities + first.written.provider_activities);
    expect(await storage.plannedSessions.list(USER)).toHaveLength(48);
    expect(await storage.activityInstances.list('someone' as never)).toHaveLength(1);
    const otherSeed = await runDemo(cwd, '--seed', '7', '--weeks', '8');
    expect(otherSeed.report).not.toEqual(first.report);
    expect(otherSeed.report.range.from).toBe('2024-04-22');
  });

  it.each([
    [['demo', '--weeks', '0'], "error: invalid --weeks: expected a whole number from 1 to 12, got '0'"],
    [['demo', '--weeks', 'six'], "error: invalid --weeks: expected a whole number from 1 to 12, got 'six'"],
    [['demo', '--seed', '-1'], "error: option '--seed' needs a value; write a value that starts with '-' as --seed=<value> (run 'trainkit demo --help' for usage)"],
    [['demo', '--tz', 'Atlantis/Capital'], "error: invalid --tz: expected an IANA time zone like Europe/Berlin, got 'Atlantis/Capital'"],
  ])('%j fails with one line and exit 2', async (argv, message) => {
    expect(await runInProcess(argv, { cwd: makeTempDir(), now: NOW })).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });
});

describe('trainkit demo on PostgreSQL', () => {
  const adminUrl = inject('postgresUrl');

  it.skipIf(!adminUrl)('creates the same athlete and report on a fresh PostgreSQL database as on SQLite', async () => {
    const database = `trainkit_cli_demo_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: adminUrl! });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    const url = new URL(adminUrl!);
    url.pathname = `/${database}`;
    const cwd = makeTempDir();
    const onPostgres = await runDemo(cwd, '--db', url.toString());
    const onSqlite = await runDemo(cwd, '--db', 'sqlite.db');
    expect(roundNumbers(onPostgres)).toEqual(roundNumbers(onSqlite));
    const status = await runInProcess(['db', 'status', '--json', '--db', url.toString()], { cwd });
    expect(JSON.parse(status.stdout)).toMatchObject({ dialect: 'postgres', pending: 0 });
    const again = await runDemo(cwd, '--db', url.toString());
    expect(again.replaced).toBe(true);
    expect(roundNumbers(again.report)).toEqual(roundNumbers(onPostgres.report));
  });
});
