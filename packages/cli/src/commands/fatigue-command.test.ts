import { join } from 'node:path';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit, TrainkitFatigueReportSchema, TRAINKIT_FATIGUE_REPORT_FORMAT } from 'trainkit';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T07:00:00Z';
const opened: KyselyStorage[] = [];

afterEach(async () => {
  await Promise.all(opened.splice(0).map((storage) => storage.close()));
});
afterAll(removeTempDirs);

/** A database with one logged session: back squat 5x5 @ 100 kg at RIR 2, June 11th 18:00-19:00 in Berlin. */
async function setup() {
  const cwd = makeTempDir();
  const run = (...argv: string[]) => runInProcess(argv, { cwd, now: NOW });
  const logged = await run(
    'log', 'strength', '--user', 'u1', '--movement', 'back_squat', '--sets', '5x5@100', '--rir', '2',
    '--at', '2024-06-11T16:00:00Z', '--tz', 'Europe/Berlin', '--duration', '1h',
  );
  expect(logged.code).toBe(0);
  return { cwd, run, dbPath: join(cwd, 'trainkit.db') };
}

/** The model's numbers for that session 14 h after it ended (see packages/trainkit README, "A worked example"). */
function expectedQuadriceps() {
  const tau = 72 / Math.LN10;
  const value = 5 * 0.9 * Math.exp(-14 / tau);
  const percent = 100 * (1 - Math.exp(-value / 10));
  const hours = tau * Math.log(value / (-10 * Math.log(0.9)));
  return { value, percent, hours };
}

describe('trainkit fatigue', () => {
  it('--json prints the facade report in the documented format, with the numbers of the model', async () => {
    const { run, dbPath } = await setup();
    const result = await run('fatigue', '--user', 'u1', '--at', NOW, '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = TrainkitFatigueReportSchema.parse(JSON.parse(result.stdout));
    expect(report.format).toBe(TRAINKIT_FATIGUE_REPORT_FORMAT);
    expect(report.as_of).toBe('2024-06-12T07:00:00.000Z');
    const quads = expectedQuadriceps();
    expect(report.muscles.quadriceps!.value_hse).toBeCloseTo(quads.value, 12);
    expect(report.muscles.quadriceps!.fatigue_percent).toBeCloseTo(quads.percent, 10);
    expect(report.muscles.quadriceps!.hours_to_90_percent_recovered).toBeCloseTo(quads.hours, 10);
    expect(report.sessions[0]!.load).toMatchObject({ method: 'lifting_sets', lu: 30.375 });

    // Exactly what the facade computes on the same database.
    const storage = await createSqliteStorage({ path: dbPath });
    opened.push(storage);
    const direct = await createTrainkit({ storage }).fatigue.report({ userId: 'u1', asOf: NOW });
    expect(JSON.parse(result.stdout)).toEqual(JSON.parse(JSON.stringify(direct)));
  });

  it('prints load, per-muscle fatigue sorted by fatigue, and the provenance as text', async () => {
    const { run } = await setup();
    const result = await run('fatigue', '--user', 'u1', '--at', NOW);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const lines = result.stdout.split('\n');
    expect(lines[0]).toBe('Fatigue of u1 at 2024-06-12T07:00:00.000Z (local day 2024-06-12, Europe/Berlin)');
    for (const label of ['Fitness (CTL)', 'Fatigue (ATL)', 'Form (TSB)', 'ACWR', 'Monotony', 'Strain', 'Readiness', 'Systemic']) {
      expect(lines.some((line) => line.startsWith(`  ${label} `)), label).toBe(true);
    }
    expect(result.stdout).toMatch(/^ {2}Readiness {6}n\/a \(no recovery signals\)$/m);
    expect(result.stdout).toMatch(/^ {2}Monotony {7}n\/a \(incomplete coverage\)$/m);
    const quads = expectedQuadriceps();
    const muscleRows = lines.filter((line) => /^ {2}[a-z_]+ +\d+\.\d %/.test(line));
    expect(muscleRows.map((line) => line.trim().split(/\s+/)[0])).toEqual(['quadriceps', 'glutes', 'adductors', 'lower_back', 'abdominals', 'hamstrings', 'calves']);
    expect(muscleRows[0]).toMatch(
      new RegExp(`^ {2}quadriceps +${quads.percent.toFixed(1)} % +${quads.hours.toFixed(1)} h +\\S+ 100%$`),
    );
    expect(result.stdout).toMatch(/^ {2}\(13 more muscles below 0\.1 %\)$/m);
    const provenance = lines.slice(lines.indexOf('Provenance'));
    expect(provenance[1]).toBe('  engine      @trainkit/fatigue@0.1.1, catalog 1.1.0');
    expect(provenance[2]).toMatch(/^ {2}heuristics {2}fatigue-heuristics@0\.1\.0\+catalog\.1\.1\.0 \(sha256 [0-9a-f]{12}\)$/);
    expect(provenance[3]).toBe('  sessions    1 used, 0 duplicates excluded, 0 ending after as-of');
    expect(provenance.find((line) => line.startsWith('  warnings'))).toMatch(/pmc\.warming_up/);
  });

  it('reads a date as the end of that day in the athlete zone', async () => {
    const { run } = await setup();
    const result = await run('fatigue', '--user', 'u1', '--at', '2024-06-11', '--json');
    expect(result.code).toBe(0);
    const report = TrainkitFatigueReportSchema.parse(JSON.parse(result.stdout));
    expect(report.as_of).toBe('2024-06-11T21:59:59.999Z');
    expect(report.provenance.sessions.used).toHaveLength(1);
  });

  it('reports mistakes on one line with exit code 2, and prints nothing on stdout', async () => {
    const { run } = await setup();
    const badAt = await run('fatigue', '--user', 'u1', '--at', 'yesterday');
    expect(badAt).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: invalid --at: expected a date like 2024-06-12 (the end of that day) or a date-time like 2024-06-12T07:00:00Z, got 'yesterday'\n",
    });
    const unknown = await run('fatigue', '--user', 'nobody');
    expect(unknown).toEqual({ code: 2, stdout: '', stderr: 'error: user not found: nobody\n' });
    const missing = await run('fatigue');
    expect(missing).toEqual({ code: 2, stdout: '', stderr: "error: --user is required (run 'trainkit fatigue --help' for usage)\n" });
    const spaced = await run('fatigue', '--user', 'a b');
    expect(spaced).toEqual({
      code: 2,
      stdout: '',
      stderr: "error: invalid --user: must be 1..128 characters: letters, digits, _ . : @ -, got 'a b'\n",
    });
  });

  it('with --json, a mistake is one JSON object on stderr and nothing else', async () => {
    const { run } = await setup();
    const unknown = await run('fatigue', '--user', 'nobody', '--json');
    expect(unknown.code).toBe(2);
    expect(unknown.stdout).toBe('');
    expect(JSON.parse(unknown.stderr)).toEqual({
      error: { code: 'NOT_FOUND', message: 'user not found: nobody', exit_code: 2, issues: [], entity: expect.any(String) as unknown, key: 'nobody' },
    });
    const spaced = await run('fatigue', '--user', 'a b', '--json');
    expect(spaced.code).toBe(2);
    expect(JSON.parse(spaced.stderr)).toMatchObject({
      error: { code: 'VALIDATION_FAILED', exit_code: 2, subject: 'command line', issues: [{ path: '--user', rule: 'invalid_format' }] },
    });
  });

  it('is listed in the help with its options', async () => {
    const { run } = await setup();
    const help = await run('fatigue', '--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/--user <id>/);
    expect(help.stdout).toMatch(/--at <date\|date-time>/);
    expect(help.stdout).toMatch(/--json/);
    expect((await run('--help')).stdout).toMatch(/^ {2}fatigue +Show fitness, fatigue, form/m);
  });
});
