import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Instant, LocalDate } from '@trainkit/core';
import { afterAll, describe, expect, it } from 'vitest';
import { generateAppleHealthExport } from '../../../providers/src/apple-health/testing/generate-apple-health-export.js';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { EXIT_CODES } from '../exit-codes.js';
import { runCli } from '../main.js';
import { generateDemoAthlete } from '../demo/generate-demo-athlete.js';
import { generateDemoProviderData, type DemoProviderPayload } from '../demo/generate-demo-provider-data.js';
import { createTestIo } from '../testing/create-test-io.js';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

afterAll(removeTempDirs);

const NOW = '2024-06-12T10:00:00Z';

/** The demo athlete's provider payloads (a long run seen by Garmin, Strava and WHOOP; daily data), as files in `dir`. */
function writePayloads(dir: string): Record<string, string> {
  const demo = generateDemoAthlete({ seed: 42, weeks: 6, today: '2024-06-12' as LocalDate, timeZone: 'Europe/Berlin' });
  const data = generateDemoProviderData({
    seed: 42, timeZone: 'Europe/Berlin', longRun: demo.recordedLongRun, tennis: demo.recordedTennis, range: demo.range,
    now: NOW as Instant, dateOfBirth: '1991-04-12', sex: 'male',
  });
  const files: Record<string, string> = {};
  const write = (payload: DemoProviderPayload, contents: string | Uint8Array) => {
    writeFileSync(join(dir, payload.name), contents);
    files[payload.kind === 'api' ? `${payload.provider}:${payload.resource}` : payload.kind] = payload.name;
  };
  for (const payload of data.payloads) write(payload, payload.kind === 'fit' ? payload.bytes : payload.text);
  return files;
}

interface RunJson {
  user: string;
  created_user: boolean;
  runs: { input: string; run: { id: string; status: string; provider: string }; counts: Record<string, number>; merges: number; failures: { code: string; path_json: unknown[] }[] }[];
}

describe('trainkit ingest, import, activities, runs, replay and unmerge', () => {
  const cwd = makeTempDir();
  const files = writePayloads(cwd);
  // Each command a minute after the one before, so runs and decisions have an order.
  let minutes = 0;
  const run = (...argv: string[]) => runInProcess(argv, { cwd, now: new Date(Date.parse(NOW) + 60_000 * minutes++).toISOString() });

  it('ingests provider JSON on a fresh database, creating the athlete and saying so, with a run summary', async () => {
    const strava = await run('ingest', 'strava', 'activities', files['strava:activities']!, '--user', 'u1');
    expect(strava.stderr).toBe("note: created user 'u1'\n");
    expect(strava.code).toBe(0);
    expect(strava.stdout).toMatch(/^strava activities strava-athlete-activities\.json: run \S+ \(strava, file_import\) succeeded\n {2}records {3}1 seen: 1 new, 0 updated, 0 unchanged, 0 failed, 0 skipped\n {2}merges {4}0\n$/);
    const whoop = await run('ingest', 'whoop', 'workouts', files['whoop:workouts']!, '--user', 'u1', '--json');
    expect(whoop).toMatchObject({ code: 0, stderr: '' });
    const body = JSON.parse(whoop.stdout) as RunJson;
    expect(body).toMatchObject({ user: 'u1', created_user: false });
    expect(body.runs).toMatchObject([
      { input: 'whoop workouts whoop-workouts.json', run: { status: 'succeeded', provider: 'whoop' }, counts: { seen: 1, new: 1 }, merges: 1 },
    ]);
    // Several files: one run each, and a total line.
    const daily = await run('ingest', 'oura', 'daily_readiness', files['oura:daily_readiness']!, files['oura:daily_readiness']!, '--user', 'u1');
    expect(daily.code).toBe(0);
    expect(daily.stdout).toContain('2 runs: 28 records seen, 14 new, 0 updated, 14 unchanged, 0 failed, 0 skipped, 0 merges\n');
  });

  it('imports a FIT file by its content, whatever its name, and merges it with the records of the same run', async () => {
    writeFileSync(join(cwd, 'watch-export.bin'), readFileSync(join(cwd, files.fit!)));
    const imported = await run('import', 'watch-export.bin', '--user', 'u1');
    expect(imported.code).toBe(0);
    expect(imported.stderr).toBe('');
    expect(imported.stdout).toMatch(/^watch-export\.bin: run \S+ \(garmin, file_import\) succeeded\n {2}records {3}1 seen: 1 new/);
    expect(imported.stdout).toMatch(/ {2}merges {4}1\n/);
  });

  it('lists activities with their sources, merge decisions and field sources', async () => {
    const text = await run('activities', '--user', 'u1');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Day +Time +Activity +Title +Duration +Distance +Avg HR +Id\n/);
    expect(text.stdout).toMatch(/^2024-06-08 +09:00 +Running +/m);
    expect(text.stdout).toMatch(/^ {4}source {5}garmin \S+ fit:/m);
    expect(text.stdout).toMatch(/^ {4}duplicate {2}strava activities \d+ \(match \d\.\d\d\)/m);
    expect(text.stdout).toMatch(/^ {4}duplicate {2}whoop workout \S+ \(match \d\.\d\d\)/m);
    expect(text.stdout).toMatch(/^ {4}merge \d\.\d\d \(run \S+\): same category cardio; /m);
    expect(text.stdout).toMatch(/^ {4}fields: .*distance.* from garmin/m);
    const json = await run('activities', '--user', 'u1', '--from', '2024-06-08', '--to', '2024-06-08', '--json');
    const [merged, ...rest] = JSON.parse(json.stdout) as { activity: { id: string; activity_name: string }; sources: { link_kind: string; record: { provider: string } }[]; field_sources: Record<string, string> }[];
    expect(rest).toEqual([]);
    expect(merged!.activity.activity_name).toBe('Running');
    expect(merged!.sources.map((source) => `${source.record.provider}:${source.link_kind}`).sort()).toEqual(['garmin:source', 'strava:duplicate', 'whoop:duplicate']);
    expect(merged!.field_sources).toMatchObject({ distance: 'garmin', heart_rate: 'garmin' });
  });

  it('lists runs newest first with counts, and their failures with code and payload path', async () => {
    const text = await run('runs', '--user', 'u1');
    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Run +Provider +Kind +Status +Started +Seen +New +Updated +Unchanged +Failed +Skipped\n/);
    expect(text.stdout.split('\n').filter((line) => / (sync|file_import) +succeeded /.test(line))).toHaveLength(5);
    expect(text.stdout).not.toContain('Failures of');
    const json = JSON.parse((await run('runs', '--user', 'u1', '--limit', '2', '--json')).stdout) as { run: { kind: string; provider: string }; counts: { seen: number }; failures: unknown[] }[];
    expect(json.map((entry) => `${entry.run.provider} ${entry.run.kind}`)).toEqual(['garmin file_import', 'oura file_import']);
  });

  it('replays the lake without changing anything, then unmerges a record, and the split survives a replay', async () => {
    const before = (await run('activities', '--user', 'u1', '--json')).stdout;
    const replay = await run('replay', '--user', 'u1');
    expect(replay.code).toBe(0);
    expect(replay.stdout).toMatch(/^replay strava: run \S+ \(strava, replay\) succeeded$/m);
    expect((await run('activities', '--user', 'u1', '--json')).stdout).toBe(before);
    const [merged] = JSON.parse(before) as { activity: { id: string }; sources: { link_kind: string; record: { id: string; provider: string } }[] }[];
    const whoop = merged!.sources.find((source) => source.record.provider === 'whoop')!.record.id;
    const unmerged = await run('unmerge', merged!.activity.id, '--user', 'u1', '--record', whoop);
    expect(unmerged.code).toBe(0);
    expect(unmerged.stdout).toMatch(new RegExp(`^unmerged ${merged!.activity.id} \\(Running on 2024-06-08\\):\\n {2}raw record ${whoop} is now activity \\S+ \\(whoop\\)`));
    await run('replay', '--user', 'u1');
    const after = JSON.parse((await run('activities', '--user', 'u1', '--from', '2024-06-08', '--to', '2024-06-08', '--json')).stdout) as { sources: { record: { provider: string } }[] }[];
    expect(after.map((activity) => activity.sources.map((source) => source.record.provider).sort())).toEqual([['garmin', 'strava'], ['whoop']]);
  });

  it('draws a progress bar on a terminal stderr, and none with --json', async () => {
    const tty = createTestIo({ now: NOW, cwd });
    const io = { ...tty, stderr: { ...tty.stderr, isTTY: true, columns: 100 } };
    expect(await runCli(['import', files.apple_health_xml!, '--user', 'u1'], io)).toBe(0);
    const erase = '\r\u001b[K';
    expect(tty.stderrText().startsWith(`${erase}export.xml  `)).toBe(true);
    expect(tty.stderrText()).toMatch(/records {2}(reading|writing)/);
    expect(tty.stderrText().endsWith(erase)).toBe(true);
    const quiet = createTestIo({ now: NOW, cwd });
    expect(await runCli(['import', files.apple_health_xml!, '--user', 'u1', '--json'], { ...quiet, stderr: { ...quiet.stderr, isTTY: true } })).toBe(0);
    expect(quiet.stderrText()).toBe('');
    expect(JSON.parse(quiet.stdoutText())).toMatchObject({ runs: [{ input: 'export.xml', counts: { unchanged: expect.any(Number) as unknown, new: 0 } }] });
  });
});

describe('bad input: one clear line, the right exit code, no stack trace', () => {
  const cwd = makeTempDir();
  writeFileSync(join(cwd, 'truncated.json'), '[{"id": 11843527901, "name": "Morning Run", "start_date": "2024-06-');
  writeFileSync(join(cwd, 'error-page.html'), '<!DOCTYPE html>\n<html><head><title>Strava | Service Unavailable</title></head><body>down</body></html>\n');
  mkdirSync(join(cwd, 'notes'));
  writeFileSync(join(cwd, 'notes', 'readme.txt'), 'not an export');
  mkdirSync(join(cwd, 'empty'));
  const run = (...argv: string[]) => runInProcess(argv, { cwd, now: NOW });

  it.each([
    [['ingest', 'strava', 'activities', 'truncated.json', '--user', 'u1'], /^error: strava activities truncated\.json: invalid_json at \(payload\): .+ \(run \S+\)\n$/],
    [['ingest', 'strava', 'activities', 'error-page.html', '--user', 'u1'], /^error: strava activities error-page\.html: not_json at \(payload\): .+ \(run \S+\)\n$/],
    [['import', 'notes', '--user', 'u1'], /^error: notes\/readme\.txt: unsupported_file at \(payload\): .+ \(run \S+\)\n$/],
    [['import', 'empty', '--user', 'u1'], /^error: nothing to import in 'empty': no Apple Health export \(export\.zip, export\.xml\) or FIT file found\n$/],
  ])('%j exits 4 after recording the failure on its run', async (argv, message) => {
    const result = await run(...argv);
    expect(result.code).toBe(4);
    expect(result.stderr.replace("note: created user 'u1'\n", '')).toMatch(message);
    expect(result.stderr).not.toContain('    at ');
  });

  it('a page where some records fail: the rest goes in, exit 0, the failures in the summary and one warning line', async () => {
    const good = { id: 11843527901, name: 'Morning Run', sport_type: 'Run', type: 'Run', start_date: '2024-06-12T05:01:12Z', start_date_local: '2024-06-12T07:01:12Z', timezone: '(GMT+01:00) Europe/Berlin', utc_offset: 7200, elapsed_time: 3688, moving_time: 3550, distance: 10234.5 };
    writeFileSync(join(cwd, 'partial.json'), JSON.stringify([good, { ...good, id: 11843527902, start_date: 'yesterday' }]));
    const result = await run('ingest', 'strava', 'activities', 'partial.json', '--user', 'u2');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/\) partial\n {2}records {3}2 seen: 1 new, 0 updated, 0 unchanged, 1 failed, 0 skipped\n {2}merges {4}0\n {2}failures {2}invalid_date at \[1\]\.start_date \(id 11843527902\): /);
    expect(result.stderr).toBe(
      "note: created user 'u2'\nwarning: 1 record could not be ingested in 1 run; the rest was; see the failures above or 'trainkit runs --user u2'\n",
    );
  });

  it('records the raw text of what could not be read, and lists it in trainkit runs', async () => {
    const runs = await run('runs', '--user', 'u1', '--json');
    const failures = (JSON.parse(runs.stdout) as { failures: { code: string }[] }[]).flatMap((entry) => entry.failures.map((failure) => failure.code));
    expect(failures).toEqual(expect.arrayContaining(['invalid_json', 'not_json', 'unsupported_file']));
  });

  it.each([
    [['ingest', 'stravva', 'activities', 'x.json', '--user', 'u1'], "error: unknown provider 'stravva': expected one of strava, whoop, oura, garmin, apple_health (run 'trainkit ingest --help' for usage)"],
    [['ingest', 'strava', 'workouts', 'x.json', '--user', 'u1'], "error: unknown strava resource 'workouts': expected one of activities, activity, streams (run 'trainkit ingest --help' for usage)"],
    [['ingest', 'apple_health', 'export', 'x.json', '--user', 'u1'], "error: unknown apple_health resource 'export': expected one of none (use trainkit import for its files) (run 'trainkit ingest --help' for usage)"],
    [['ingest', 'strava', 'activities', 'missing.json', '--user', 'u1'], 'error: file not found: missing.json'],
    [['ingest', 'strava', 'activities', 'empty', '--user', 'u1'], "error: 'empty' is a folder; give the JSON files in it (run 'trainkit ingest --help' for usage)"],
    [['import', 'exprot.zip', '--user', 'u1'], 'error: file not found: exprot.zip'],
    [['import', '--user', 'u1'], "error: missing <path...>: an export.zip, export.xml, .fit file, or a folder of them (run 'trainkit import --help' for usage)"],
    [['ingest', 'strava', 'activities', 'truncated.json'], "error: --user is required (run 'trainkit ingest --help' for usage)"],
    [['activities', '--user', 'nobody'], 'error: user not found: nobody'],
    [['activities', '--user', 'u1', '--from', 'June'], "error: invalid --from: expected a date like 2024-06-12, got 'June'"],
    [['unmerge', 'act_404', '--user', 'u1'], 'error: activity_instances not found: act_404'],
    [['replay', '--user', 'u1', '--provider', 'fitbit'], "error: unknown provider 'fitbit': expected one of apple_health, garmin, whoop, oura, strava (run 'trainkit replay --help' for usage)"],
  ])('%j exits 2 with one line and writes nothing', async (argv, message) => {
    const result = await run(...argv);
    expect(result).toEqual({ code: 2, stdout: '', stderr: `${message}\n` });
  });

  it('with --json, a failed input is the summary on stdout and one error object on stderr, also for a new athlete', async () => {
    const result = await run('ingest', 'strava', 'activities', 'error-page.html', '--user', 'json_user', '--json');
    expect(result.code).toBe(4);
    expect(JSON.parse(result.stdout)).toMatchObject({ created_user: true, runs: [{ run: { status: 'failed' }, failures: [{ code: 'not_json' }] }] });
    expect(JSON.parse(result.stderr)).toMatchObject({ error: { code: 'INGEST_FAILED', exit_code: 4 } });
  });
});

describe('Ctrl-C during import and replay', () => {
  const cwd = makeTempDir();
  writeFileSync(join(cwd, 'export.xml'), [...generateAppleHealthExport({ days: 40, seed: 3, routes: false, startDate: '2024-03-01' })].join(''));

  /**
   * A terminal io whose first interrupt comes when the progress bar first shows records being written (its clock
   * moves a second per reading, so that the bar redraws at every update).
   */
  function interruptedIo() {
    const io = createTestIo({ now: NOW, cwd });
    let clock = Date.parse(NOW);
    let listener: (() => void) | null = null;
    let listening = 0;
    const stderr = {
      isTTY: true,
      columns: 100,
      write: (text: string) => {
        io.stderr.write(text);
        if (listener !== null && text.includes('writing')) {
          listener();
          listener = null;
        }
        return true;
      },
    };
    const onInterrupt = (given: () => void) => {
      listener = given;
      listening += 1;
      return () => {
        listening -= 1;
        listener = null;
      };
    };
    return { io: { ...io, stderr, onInterrupt, now: () => new Date((clock += 1000)) }, text: io.stderrText, listening: () => listening };
  }

  it('stops after the batch being written, ends the run cancelled with its counts, exits 130, and a second import completes it', async () => {
    const first = interruptedIo();
    expect(await runCli(['import', 'export.xml', '--user', 'u1'], first.io)).toBe(EXIT_CODES.interrupted);
    expect(first.listening()).toBe(0);
    expect(first.text()).toContain('\ninterrupted: stopping after the batch being written (Ctrl-C again to quit at once)\n');
    expect(first.text()).toContain("interrupted: 1 run cancelled after writing what the summary shows; run the same command again to complete it\n");
    expect(first.text()).not.toContain('    at ');

    const runs = await runInProcess(['runs', '--user', 'u1', '--json'], { cwd, now: NOW });
    const [cancelled] = JSON.parse(runs.stdout) as { run: { status: string; error: string }; counts: { seen: number; new: number } }[];
    expect(cancelled!.run.status).toBe('cancelled');
    expect(cancelled!.run.error).toBe(`cancelled after ${cancelled!.counts.seen} records: interrupted (Ctrl-C)`);
    expect(cancelled!.counts.new).toBeGreaterThan(0);

    const again = await runInProcess(['import', 'export.xml', '--user', 'u1', '--json'], { cwd, now: NOW });
    expect(again.code).toBe(0);
    const [completed] = (JSON.parse(again.stdout) as RunJson).runs;
    expect(completed!.run.status).toBe('succeeded');
    expect(completed!.counts).toMatchObject({ unchanged: cancelled!.counts.new });
    expect(completed!.counts.new).toBeGreaterThan(0);
  });

  it('the next import closes a run that a killed import left running, with a note', async () => {
    const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db'), migrate: true });
    try {
      await storage.ingestionRuns.start({ id: 'run_killed', user_id: 'u1', provider: 'apple_health', kind: 'file_import', started_at: '2024-06-12T08:00:00.000Z' });
    } finally {
      await storage.close();
    }
    const next = await runInProcess(['import', 'export.xml', '--user', 'u1'], { cwd, now: NOW });
    expect(next.code).toBe(0);
    expect(next.stderr).toBe('note: closed run run_killed (apple_health, file_import) as cancelled: interrupted: no progress since 2024-06-12T08:00:00.000Z\n');
    const runs = JSON.parse((await runInProcess(['runs', '--user', 'u1', '--json'], { cwd, now: NOW })).stdout) as { run: { id: string; status: string } }[];
    expect(runs.find((entry) => entry.run.id === 'run_killed')!.run.status).toBe('cancelled');
  });

  it('replay stops the same way and exits 130', async () => {
    const interrupted = interruptedIo();
    expect(await runCli(['replay', '--user', 'u1'], interrupted.io)).toBe(EXIT_CODES.interrupted);
    expect(interrupted.text()).toMatch(/interrupted: 1 run cancelled/);
    expect(interrupted.listening()).toBe(0);
  });
});
