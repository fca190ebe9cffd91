import { join } from 'node:path';
import type { KyselyStorage } from '@trainkit/storage-kysely';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit } from 'trainkit';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli } from '../main.js';
import { createTestIo } from '../testing/create-test-io.js';
import { makeTempDir, removeTempDirs, runInProcess } from '../testing/run-in-process.js';

const NOW = '2024-06-12T10:00:00Z';
const opened: KyselyStorage[] = [];
afterAll(async () => {
  await Promise.all(opened.map((storage) => storage.close()));
  removeTempDirs();
});

interface FatigueJson {
  as_of: string;
  fitness_ctl: number;
  fatigue_atl: number;
  form_tsb: number;
  acwr: number | null;
  readiness: number | null;
  systemic_percent: number;
  muscles: { muscle: string; fatigue_percent: number; hours_to_90_percent_recovered: number }[];
  provenance: { engine: string; heuristics: { id: string; version: string; sha256: string }; sessions_used: number; ingestion_run_ids: string[] };
}

/** Runs the demo with an io whose stdout says it is (or is not) a terminal of some width. */
async function demoOnTerminal(cwd: string, stdout: { isTTY: boolean; columns: number }) {
  const io = createTestIo({ now: NOW, cwd });
  const chunks: string[] = [];
  const code = await runCli(['demo'], { ...io, stdout: { write: (text: string) => chunks.push(text), ...stdout } });
  return { code, stdout: chunks.join('') };
}

describe('the demo fatigue section', () => {
  const cwd = makeTempDir();

  it('--json holds the fatigue summary the facade computes for the demo athlete now', async () => {
    const result = await runInProcess(['demo', '--json'], { cwd, now: NOW });
    expect(result.code).toBe(0);
    const fatigue = (JSON.parse(result.stdout) as { fatigue: FatigueJson }).fatigue;
    const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
    opened.push(storage);
    const report = await createTrainkit({ storage }).fatigue.report({ userId: 'demo_athlete', asOf: NOW });
    expect(fatigue).toMatchObject({
      as_of: '2024-06-12T10:00:00.000Z',
      fitness_ctl: report.pmc.ctl,
      fatigue_atl: report.pmc.atl,
      form_tsb: report.pmc.tsb,
      acwr: report.acwr.ratio,
      readiness: report.readiness.score,
      systemic_percent: report.systemic.percent,
      provenance: {
        engine: report.provenance.engine,
        heuristics: report.provenance.heuristics,
        sessions_used: report.provenance.sessions.used.length,
        ingestion_run_ids: report.provenance.inputs.ingestion_run_ids,
      },
    });
    // Six weeks of training: fitness built up; the provider data among the sources (the runs of the merged long run
    // and tennis match, and of the recovery and sleep readiness reads), and readiness from the wearables.
    expect(fatigue.fitness_ctl).toBeGreaterThan(10);
    const demo = JSON.parse(result.stdout) as { ingestion: { runs: { provider: string; input: string; run_id: string }[] } };
    const runOf = (provider: string, input: string) => demo.ingestion.runs.find((run) => run.provider === provider && run.input === input)!.run_id;
    expect(fatigue.provenance.ingestion_run_ids).toEqual(
      expect.arrayContaining([runOf('garmin', 'FIT file'), runOf('apple_health', 'export.xml'), runOf('whoop', 'recovery'), runOf('oura', 'sleep')]),
    );
    expect(fatigue.readiness).not.toBeNull();
    const sorted = Object.entries(report.muscles)
      .map(([muscle, state]) => ({ muscle, fatigue_percent: state.fatigue_percent, hours_to_90_percent_recovered: state.hours_to_90_percent_recovered }))
      .sort((a, b) => b.fatigue_percent - a.fatigue_percent || (a.muscle < b.muscle ? -1 : 1))
      .slice(0, 6);
    expect(fatigue.muscles).toEqual(sorted);
  });

  it('prints a summary, and the per-muscle bars with --bars', async () => {
    const plain = await runInProcess(['demo'], { cwd, now: NOW });
    expect(plain.code).toBe(0);
    const section = plain.stdout.slice(plain.stdout.indexOf('Fatigue now\n'));
    expect(section).toMatch(/^Fitness \d+\.\d {2}Fatigue \d+\.\d {2}Form -?\d+\.\d {2}ACWR (\d+\.\d\d|n\/a) {2}Readiness \d+\/100$/m);
    expect(section).toMatch(/^Systemic \d+\.\d % fatigued/m);
    expect(section).toMatch(/^Most fatigued: [a-z_]+ \d+ %/m);
    expect(section).toMatch(/^From \d+ sessions \(\d+ duplicates excluded\) and the provider data of \d+ ingestion runs, \d+ planned ahead; heuristics fatigue-heuristics@0\.1\.0\+catalog\.1\.1\.0 \(sha256 [0-9a-f]{12}\), @trainkit\/fatigue@0\.1\.1$/m);
    expect(section).not.toContain('█');

    const bars = await runInProcess(['demo', '--bars'], { cwd, now: NOW });
    const barLines = bars.stdout.split('\n').filter((line) => line.includes('█') || line.includes('░'));
    expect(barLines).toHaveLength(6);
    for (const line of barLines) expect(line).toMatch(/^ {2}[a-z_]+ +[█░]{20} +\d+ %$/);
    // The bar is the percent in 20 cells.
    const [, , percent] = /^ {2}([a-z_]+) +([█░]+) +(\d+) %$/.exec(barLines[0]!)!.slice(1);
    expect(barLines[0]!.split('█').length - 1).toBe(Math.round((Number(percent) / 100) * 20));
  });

  it('draws the bars on its own when stdout is a terminal wide enough', async () => {
    const wide = await demoOnTerminal(cwd, { isTTY: true, columns: 100 });
    expect(wide.code).toBe(0);
    expect(wide.stdout).toContain('█');
    const narrow = await demoOnTerminal(cwd, { isTTY: true, columns: 50 });
    expect(narrow.stdout).not.toContain('█');
    expect(narrow.stdout).toMatch(/^Most fatigued: /m);
  });
});
