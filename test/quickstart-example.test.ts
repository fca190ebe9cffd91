/**
 * `examples/quickstart` runs as a user would run it (`node --conditions=source --import tsx ...` from the repository
 * root) on a fresh SQLite file, prints this week's load by discipline with real numbers, and runs again on the same
 * file (migrations and the catalog seed are idempotent; the second run adds a second pair of logs).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { localDayOf, toInstant, weekStartOf } from '@trainkit/core';
import { afterAll, describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '..');
const TIME_ZONE = 'Europe/Berlin';
const HOUR = 3_600_000;

const dir = mkdtempSync(join(tmpdir(), 'trainkit-e2e-quickstart-'));
const database = join(dir, 'quickstart.db');

interface QuickstartRun {
  readonly exitCode: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly startedAt: number;
}

function runQuickstart(): Promise<QuickstartRun> {
  const startedAt = Date.now();
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', 'examples/quickstart/src/main.ts', database],
      { cwd: root, timeout: 120_000, env: { ...process.env, NO_COLOR: '1' } },
      (_error, stdout, stderr) => resolve({ exitCode: child.exitCode, stdout, stderr, startedAt }),
    );
  });
}

/**
 * What the example prints when run `runs` times around `at`: each run logs a 60-minute squat session (5 × 5 × 100 kg
 * = 2500 kg) that started 2 h earlier and a 45-minute 10 km run that started 26 h earlier, and reports the Berlin
 * week containing `at`, so a log shows up only when its local day is in that week.
 */
function expectedReport(at: number, runs: number): string[] {
  const today = localDayOf(toInstant(at), { timeZone: TIME_ZONE });
  const monday = weekStartOf(today);
  const inWeek = (start: number) => localDayOf(toInstant(start), { timeZone: TIME_ZONE }) >= monday;
  const lines = [`Week of ${monday} for quickstart_user:`];
  if (inWeek(at - 2 * HOUR)) lines.push(`  dis_general_fitness: ${runs} sessions, ${60 * runs} min, ${2500 * runs} kg lifted, 0.0 km`);
  if (inWeek(at - 26 * HOUR)) lines.push(`  dis_running: ${runs} sessions, ${45 * runs} min, 0 kg lifted, ${(10 * runs).toFixed(1)} km`);
  return lines;
}

describe('examples/quickstart', () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('runs on a fresh SQLite file and prints the week with real numbers', { timeout: 180_000 }, async () => {
    const { exitCode, stdout, stderr, startedAt } = await runQuickstart();
    expect(exitCode, stderr).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Week of \d{4}-\d{2}-\d{2} for quickstart_user:$/);
    expect(lines).toEqual(expectedReport(startedAt, 1));
    // Outside Monday 00:00-02:00 Berlin time the squat session is in the current week.
    if (lines.length > 1) expect(stdout).toMatch(/\b2500 kg lifted\b/);
  });

  it('runs again on the same file: idempotent setup, the logs add up', { timeout: 180_000 }, async () => {
    const { exitCode, stdout, stderr, startedAt } = await runQuickstart();
    expect(exitCode, stderr).toBe(0);
    expect(stdout.trimEnd().split('\n')).toEqual(expectedReport(startedAt, 2));
  });
});
