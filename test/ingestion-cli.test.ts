/**
 * Issue 8 end to end, through the `trainkit` command line: the provider fixtures of `@trainkit/providers`
 * (`packages/providers/src/<provider>/fixtures`: Strava, WHOOP, Oura and Garmin API JSON, Garmin FIT files) are
 * ingested and imported into a fresh SQLite database; the runs are reported; activities are listed with their sources
 * and merge decisions (the fixtures' morning run reaches trainkit three times: Garmin's push, Strava's detailed
 * activity and the watch's FIT file); the same payloads again change nothing; a replay changes nothing; an unmerge
 * splits a record out and survives a replay. Bad input (a truncated body, an HTML error page, a truncated FIT file,
 * a missing path, a folder with nothing to import) ends with one line, exit code 2 or 4 and no stack trace, also
 * from the real `trainkit` process.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../packages/cli/src/index.js';
import { PIPELINE_FAILURE_CODES } from '../packages/ingest/src/index.js';
import { NORMALIZATION_FAILURE_CODES } from '../packages/providers/src/index.js';

const ROOT = join(import.meta.dirname, '..');
const FIXTURES = join(ROOT, 'packages', 'providers', 'src');
const fixture = (provider: string, name: string) => join(FIXTURES, provider, 'fixtures', name);

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-e2e-ingest-'));
  dirs.push(dir);
  return dir;
}

/** Runs `trainkit` in-process in `cwd`, each call a minute after the one before (so runs and decisions have an order). */
function cliIn(cwd: string) {
  let minutes = 0;
  return async (...argv: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const now = new Date(Date.parse('2024-06-25T08:00:00Z') + 60_000 * minutes++);
    const io: CliIo = {
      stdout: { write: (text: string) => out.push(text) },
      stderr: { write: (text: string) => err.push(text) },
      env: {},
      now: () => new Date(now.getTime()),
      cwd,
    };
    const code = await runCli(argv, io);
    return { code, stdout: out.join(''), stderr: err.join('') };
  };
}

interface ActivityJson {
  activity: { id: string; title: string | null; activity_name: string; local_date: string; distance_m: number | null };
  sources: { record: { id: string; provider: string; resource: string | null; external_id: string }; link_kind: string; match_confidence: number | null }[];
  decisions: { decision: string; confidence: number | null; reasons_json: string[]; external_activity_record_id: string | null }[];
  field_sources: Record<string, string>;
}

/** Every provider API fixture with the resource it is a response of (webhook bodies are not resources). */
const API_FIXTURES: readonly (readonly [provider: string, resource: string, file: string, ...extra: string[]])[] = [
  ['strava', 'activities', 'athlete-activities-page.json'],
  ['strava', 'activity', 'detailed-activity.json'],
  ['strava', 'streams', 'streams-key-by-type.json', '--activity-id', '11843527901'],
  ['strava', 'streams', 'streams-array.json', '--activity-id', '11843527901'],
  ['whoop', 'workouts', 'workouts-v2-page.json'],
  ['whoop', 'workouts', 'workout-v1.json'],
  ['whoop', 'recovery', 'recoveries-page.json'],
  ['whoop', 'sleep', 'sleeps-page.json'],
  ['whoop', 'cycles', 'cycles-page.json'],
  ['oura', 'workout', 'workout-page.json'],
  ['oura', 'daily_readiness', 'daily-readiness-page.json'],
  ['oura', 'sleep', 'sleep-page.json'],
  ['oura', 'daily_activity', 'daily-activity-page.json'],
  ['oura', 'heartrate', 'heartrate-page.json'],
  ['oura', 'personal_info', 'personal-info.json', '--date', '2025-05-10'],
  ['garmin', 'activities', 'activities-push.json'],
  ['garmin', 'activities', 'activities-pull.json'],
  ['garmin', 'activity_details', 'activity-details-push.json'],
  ['garmin', 'dailies', 'dailies-push.json'],
  ['garmin', 'dailies', 'dailies-in-progress.json'],
  ['garmin', 'body_compositions', 'body-compositions-push.json'],
];
const FIT_FIXTURES = ['run.fit', 'strength.fit', 'multisport.fit'];

describe('trainkit ingests every provider fixture into one deduplicated history', () => {
  const cwd = tempDir();
  const trainkit = cliIn(cwd);
  let history: ActivityJson[] = [];

  it('ingests the API fixtures and imports the FIT files, creating the athlete on the fresh database', async () => {
    const [first, ...rest] = API_FIXTURES;
    const created = await trainkit('ingest', first![0], first![1], fixture(first![0], first![2]), ...first!.slice(3), '--user', 'athlete_1');
    expect(created.stderr).toBe("note: created user 'athlete_1'\n");
    expect(created.code).toBe(0);
    for (const [provider, resource, file, ...extra] of rest) {
      const result = await trainkit('ingest', provider, resource, fixture(provider, file), ...extra, '--user', 'athlete_1');
      expect({ file, ...result }).toMatchObject({ file, code: 0, stderr: '' });
      expect(result.stdout).toMatch(new RegExp(`^${provider} ${resource} \\S+${file.replace('.', '\\.')}: run \\S+ \\(${provider}, file_import\\) succeeded\\n {2}records {3}\\d+ seen: \\d+ new`));
    }
    const fitDir = join(cwd, 'garmin-fit');
    mkdirSync(fitDir);
    for (const name of FIT_FIXTURES) writeFileSync(join(fitDir, name), readFileSync(fixture('garmin', name)));
    const imported = await trainkit('import', 'garmin-fit', '--user', 'athlete_1');
    expect(imported).toMatchObject({ code: 0, stderr: '' });
    for (const name of FIT_FIXTURES) expect(imported.stdout).toMatch(new RegExp(`^garmin-fit/${name.replace('.', '\\.')}: run \\S+ \\(garmin, file_import\\) succeeded$`, 'm'));
    expect(imported.stdout).toMatch(/^3 runs: \d+ records seen, \d+ new, 0 updated, 0 unchanged, 0 failed, 0 skipped, [1-9]\d* merges?$/m);
  });

  it('reports every run with its counts', async () => {
    const runs = JSON.parse((await trainkit('runs', '--user', 'athlete_1', '--limit', '100', '--json')).stdout) as {
      run: { provider: string; kind: string; status: string };
      counts: { seen: number; new: number; failed: number };
    }[];
    expect(runs).toHaveLength(API_FIXTURES.length + FIT_FIXTURES.length);
    expect(runs.every(({ run, counts }) => run.status === 'succeeded' && counts.seen > 0 && counts.failed === 0)).toBe(true);
    expect(new Set(runs.map(({ run }) => run.provider))).toEqual(new Set(['strava', 'whoop', 'oura', 'garmin']));
    expect(runs.filter(({ run }) => run.kind === 'file_import')).toHaveLength(API_FIXTURES.length + FIT_FIXTURES.length);
    const text = await trainkit('runs', '--user', 'athlete_1');
    expect(text.stdout).toMatch(/^Run +Provider +Kind +Status +Started +Seen +New +Updated +Unchanged +Failed +Skipped$/m);
  });

  it('lists the activities with their sources: the morning run from Garmin, Strava and the FIT file is one activity', async () => {
    history = JSON.parse((await trainkit('activities', '--user', 'athlete_1', '--json')).stdout) as ActivityJson[];
    expect(history.length).toBeGreaterThan(10);
    expect(history.every((entry) => entry.sources.length > 0)).toBe(true);
    expect(history.every((entry) => entry.sources.filter((source) => source.link_kind === 'source').length === 1)).toBe(true);
    const morning = history.find((entry) => entry.sources.some((source) => source.record.provider === 'strava' && source.record.external_id === '11843527901'))!;
    expect(morning.activity).toMatchObject({ title: 'Morning Run', activity_name: 'Trail running', local_date: '2024-06-12' });
    expect(morning.sources.map((source) => `${source.record.provider} ${source.record.resource}`).sort()).toEqual(['garmin activities', 'garmin fit', 'strava activity']);
    const merges = morning.decisions.filter((decision) => decision.decision === 'merge');
    expect(merges).toHaveLength(2);
    for (const merge of merges) {
      expect(merge.confidence).toBeGreaterThan(0.9);
      expect(merge.reasons_json).toEqual(expect.arrayContaining(['same category cardio', expect.stringMatching(/^start \d+ s apart$/), expect.stringMatching(/^overlap \d+ %$/)]));
    }
    expect(morning.field_sources).toMatchObject({ distance: 'garmin', heart_rate: 'garmin', title: 'strava' });
    const text = await trainkit('activities', '--user', 'athlete_1', '--from', '2024-06-12', '--to', '2024-06-12');
    expect(text.stdout).toMatch(/^2024-06-12 +07:01 +Trail running +Morning Run +/m);
    expect(text.stdout).toMatch(/^ {4}duplicate {2}strava activity 11843527901 \(match (?:0\.9\d|1\.00)\), raw \S+ r\d$/m);
    expect(text.stdout).toMatch(/^ {4}fields: .*distance.* from garmin; title from strava$/m);
  });

  it('the same payloads again change nothing', async () => {
    const again = await trainkit('ingest', 'strava', 'activities', fixture('strava', 'athlete-activities-page.json'), '--user', 'athlete_1');
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(/ {2}records {3}(\d+) seen: 0 new, 0 updated, \1 unchanged, 0 failed, 0 skipped\n/);
    const fit = await trainkit('import', join('garmin-fit', 'run.fit'), '--user', 'athlete_1', '--json');
    expect(JSON.parse(fit.stdout)).toMatchObject({ runs: [{ counts: { new: 0, updated: 0, unchanged: 1 }, merges: 0 }] });
    expect(JSON.parse((await trainkit('activities', '--user', 'athlete_1', '--json')).stdout)).toEqual(history);
  });

  it('a replay of the unchanged lake changes no activity', async () => {
    const replay = await trainkit('replay', '--user', 'athlete_1');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/^replay strava: run \S+ \(strava, replay\) succeeded$/m);
    expect(replay.stdout).toMatch(/^replay whoop: run \S+ \(whoop, replay\) succeeded$/m);
    expect(replay.stdout).toMatch(/ 0 new, 0 updated, \d+ unchanged, 0 failed/);
    expect(JSON.parse((await trainkit('activities', '--user', 'athlete_1', '--json')).stdout)).toEqual(history);
  });

  it('unmerges the Strava record out of the morning run, and the split survives a replay', async () => {
    const morning = history.find((entry) => entry.activity.title === 'Morning Run' && entry.activity.local_date === '2024-06-12')!;
    const strava = morning.sources.find((source) => source.record.provider === 'strava')!.record;
    const unmerged = await trainkit('unmerge', morning.activity.id, '--user', 'athlete_1', '--record', strava.id);
    expect(unmerged.code).toBe(0);
    expect(unmerged.stdout).toMatch(new RegExp(`^unmerged ${morning.activity.id} \\(Trail running on 2024-06-12\\):\\n {2}raw record ${strava.id} is now activity \\S+ \\(strava\\)\\n`));
    expect(unmerged.stdout).toMatch(/^ {2}unmerge /m);
    const sourcesOfDay = async () =>
      (JSON.parse((await trainkit('activities', '--user', 'athlete_1', '--from', '2024-06-12', '--to', '2024-06-12', '--json')).stdout) as ActivityJson[])
        .map((entry) => entry.sources.map((source) => `${source.record.provider} ${source.record.resource}`).sort())
        .sort();
    const split = await sourcesOfDay();
    expect(split).toContainEqual(['strava activity']);
    expect(split).toContainEqual(['garmin activities', 'garmin fit']);
    expect((await trainkit('replay', '--user', 'athlete_1')).code).toBe(0);
    expect(await sourcesOfDay()).toEqual(split);
  });
});

describe('bad input ends with one line, the right exit code and no stack trace', () => {
  const cwd = tempDir();
  const trainkit = cliIn(cwd);
  writeFileSync(join(cwd, 'truncated.json'), readFileSync(fixture('whoop', 'workouts-v2-page.json'), 'utf8').slice(0, 300));
  writeFileSync(join(cwd, 'page.html'), readFileSync(fixture('strava', 'error-page.html')));
  writeFileSync(join(cwd, 'truncated.fit'), readFileSync(fixture('garmin', 'truncated.fit')));
  writeFileSync(join(cwd, 'unclosed.xml'), '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">\n <ExportDate value="2024-06-12 12:00:00 +0200"/>\n <Record type="HKQuantityTypeIdentifierStepCount"');
  writeFileSync(join(cwd, 'streams-11843527901.json'), JSON.stringify({ time: { data: [0, 1, 2] }, heartrate: { data: [120, 121] } }));
  const page = JSON.parse(readFileSync(fixture('strava', 'athlete-activities-page.json'), 'utf8')) as Record<string, unknown>[];
  writeFileSync(join(cwd, 'absurd.json'), JSON.stringify([{ ...page[0], average_heartrate: 900 }]));
  writeFileSync(join(cwd, 'wrong-types.json'), JSON.stringify([{ ...page[0], id: 'eleven', start_date: 12 }, page[1]]));
  mkdirSync(join(cwd, 'nothing'));
  writeFileSync(join(cwd, 'nothing', 'notes.txt'), 'my training notes');

  it.each([
    [['ingest', 'whoop', 'workouts', 'truncated.json'], /^error: whoop workouts truncated\.json: invalid_json at \(payload\): .+ \(run \S+\)$/],
    [['ingest', 'strava', 'activities', 'page.html'], /^error: strava activities page\.html: not_json at \(payload\): .+ \(run \S+\)$/],
    [['ingest', 'strava', 'streams', 'streams-11843527901.json'], /^error: strava streams streams-11843527901\.json: stream_length_mismatch at .+ \(run \S+\)$/],
    [['import', 'truncated.fit'], /^error: truncated\.fit: invalid_fit at \(payload\)( \(id \S+\))?: .+ \(run \S+\)$/],
    [['import', 'unclosed.xml'], /^error: unclosed\.xml: invalid_xml at .+ \(run \S+\)$/],
    [['import', 'nothing'], /^error: nothing\/notes\.txt: unsupported_file at \(payload\): .+ \(run \S+\)$/],
  ])('%j exits 4 and records the failure on its run', async (argv, line) => {
    const result = await trainkit(...argv, '--user', 'athlete_1');
    const lines = result.stderr.split('\n').filter((text) => text !== '' && !text.startsWith('note: created user'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(result.code).toBe(4);
    expect(result.stdout).toMatch(/\) failed\n {2}records {3}\d+ seen: 0 new, 0 updated, 0 unchanged, [1-9]\d* failed/);
  });

  it('keeps the raw text of what could not be read, beside each failure', async () => {
    const runs = JSON.parse((await trainkit('runs', '--user', 'athlete_1', '--json')).stdout) as { failures: { code: string }[] }[];
    expect([...new Set(runs.flatMap((entry) => entry.failures.map((failure) => failure.code)))].sort()).toEqual(
      ['invalid_fit', 'invalid_json', 'invalid_xml', 'not_json', 'stream_length_mismatch', 'unsupported_file'],
    );
    const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
    try {
      const failures = await storage.ingestionFailures.list('athlete_1' as never);
      const html = failures.find((failure) => failure.code === 'not_json')!;
      expect(html.raw_text).toBe(readFileSync(join(cwd, 'page.html'), 'utf8'));
      const truncated = failures.find((failure) => failure.code === 'invalid_json')!;
      expect(truncated.raw_text).toBe(readFileSync(join(cwd, 'truncated.json'), 'utf8'));
      const streams = failures.find((failure) => failure.code === 'stream_length_mismatch')!;
      expect(streams.raw_payload_json ?? streams.external_activity_record_id).not.toBeNull();
    } finally {
      await storage.close();
    }
  });

  it('a record of the wrong types fails on its own; a heart rate of 900 is dropped with a warning, the rest kept', async () => {
    const wrong = await trainkit('ingest', 'strava', 'activities', 'wrong-types.json', '--user', 'athlete_1');
    expect(wrong.code).toBe(0);
    expect(wrong.stdout).toMatch(/\) partial\n {2}records {3}2 seen: 1 new, 0 updated, 0 unchanged, 1 failed, 0 skipped\n {2}merges {4}0\n {2}failures {2}\S+ at \[0\]/);
    expect(wrong.stderr).toMatch(/^warning: 1 record could not be ingested in 1 run; the rest was; see the failures above or 'trainkit runs --user athlete_1'\n$/);
    const absurd = await trainkit('ingest', 'strava', 'activities', 'absurd.json', '--user', 'athlete_1');
    expect(absurd).toMatchObject({ code: 0, stderr: '' });
    expect(absurd.stdout).toMatch(/^ {2}warnings {2}out_of_bounds at average_heartrate \(id 11843527901\): average_heartrate 900 is outside 20\.\.250/m);
  });

  it.each([
    [['ingest', 'strava', 'activities', 'missing.json', '--user', 'athlete_1'], 'error: file not found: missing.json'],
    [['import', 'export.zip', '--user', 'athlete_1'], 'error: file not found: export.zip'],
    [['ingest', 'fitbit', 'activities', 'page.html', '--user', 'athlete_1'], "error: unknown provider 'fitbit': expected one of strava, whoop, oura, garmin, apple_health (run 'trainkit ingest --help' for usage)"],
    [['ingest', 'whoop', 'workout', 'page.html', '--user', 'athlete_1'], "error: unknown whoop resource 'workout': expected one of workouts, recovery, sleep, cycles (run 'trainkit ingest --help' for usage)"],
  ])('%j exits 2 with one line', async (argv, message) => {
    expect(await trainkit(...argv)).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('the real trainkit process prints the one line and exits 4, without a stack trace', async () => {
    const bin = join(ROOT, 'packages', 'cli', 'src', 'bin.ts');
    const run = promisify(execFile);
    const failure = await run(process.execPath, ['--conditions=source', '--import', 'tsx', bin, 'ingest', 'strava', 'activities', join(cwd, 'page.html'), '--user', 'athlete_1', '--db', join(cwd, 'process.db')], {
      cwd: ROOT,
    }).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(4);
    expect(failure?.stderr).toMatch(/^note: created user 'athlete_1'\nerror: strava activities \S+page\.html: not_json at \(payload\): .+ \(run \S+\)\n$/);
  }, 60_000);
});

describe('the ingestion guide', () => {
  it('documents every failure code of the normalizers and of the pipeline', () => {
    const guide = readFileSync(join(ROOT, 'docs', 'guides', 'ingestion.md'), 'utf8');
    for (const code of [...NORMALIZATION_FAILURE_CODES, ...PIPELINE_FAILURE_CODES]) expect(guide).toContain(`| \`${code}\` |`);
  });
});
