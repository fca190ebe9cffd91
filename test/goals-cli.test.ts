/**
 * Issue 9 end to end, goals through the `trainkit` command line: a Strava page is ingested, a 10 km time goal is
 * created, checked in on and measured against the ingested trail run (the observation names the stored activity,
 * which links back to its raw Strava record); the goal is revised; "as known on" before the revision still shows the
 * first revision; a stale revision exits 4 with one line, also from the real `trainkit` process.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, type CliIo } from '../packages/cli/src/index.js';

const ROOT = join(import.meta.dirname, '..');
const STRAVA_PAGE = join(ROOT, 'packages', 'providers', 'src', 'strava', 'fixtures', 'athlete-activities-page.json');
const cwd = mkdtempSync(join(tmpdir(), 'trainkit-e2e-goals-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

/** Runs `trainkit` in-process in `cwd` at `now`. */
async function trainkit(now: string, ...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: { write: (text: string) => out.push(text) },
    stderr: { write: (text: string) => err.push(text) },
    env: {},
    now: () => new Date(now),
    cwd,
  };
  const code = await runCli(argv, io);
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('trainkit goals, end to end', () => {
  it('measures a goal against ingested activities and keeps its history as known on any day', async () => {
    expect((await trainkit('2024-06-20T08:00:00Z', 'ingest', 'strava', 'activities', STRAVA_PAGE, '--user', 'athlete_1')).code).toBe(0);
    const created = await trainkit(
      '2024-06-20T09:00:00Z', 'goals', 'create', '--user', 'athlete_1', '--key', 'run10k', '--title', '10 km in 55:00', '--type', 'endurance',
      '--target', 'type=time,discipline_id=running,distance_m=10km,duration_seconds=55:00', '--from', '2024-06-01T00:00:00Z',
    );
    expect(created).toMatchObject({ code: 0, stderr: '' });
    expect((await trainkit('2024-06-20T09:05:00Z', 'goals', 'checkin', '--user', 'athlete_1', '--key', 'run10k', '--value', '59:00', '--date', '2024-06-05')).code).toBe(0);

    const progress = await trainkit('2024-06-21T08:00:00Z', 'goals', 'progress', '--user', 'athlete_1', '--key', 'run10k', '--json');
    expect(progress.code).toBe(0);
    const json = JSON.parse(progress.stdout) as { status: string; observations: { value: number; source: string; ref: string }[]; current_value: number };
    expect(json.observations).toHaveLength(1);
    const [trailRun] = json.observations;
    // The 10.2345 km trail run in 3550 s, at its average pace over 10 km.
    expect(trailRun!.value).toBeCloseTo((3550 * 10_000) / 10_234.5, 9);
    expect(json).toMatchObject({ status: 'on_track', current_value: trailRun!.value });

    // The observation is traceable: stored activity -> link -> the raw Strava record of the ingested page.
    const storage = await createSqliteStorage({ path: join(cwd, 'trainkit.db') });
    try {
      const activity = await storage.activityInstances.get('athlete_1' as never, trailRun!.ref as never);
      const [link] = await storage.activityInstances.listLinks('athlete_1' as never, activity.id);
      const record = await storage.externalActivityRecords.get('athlete_1' as never, link!.external_activity_record_id as never);
      expect(record).toMatchObject({ provider: 'strava' });
    } finally {
      await storage.close();
    }

    expect((await trainkit('2024-06-25T09:00:00Z', 'goals', 'revise', '--user', 'athlete_1', '--key', 'run10k', '--based-on', '1', '--title', '10 km in 52:30',
      '--target', 'type=time,discipline_id=running,distance_m=10km,duration_seconds=52:30')).code).toBe(0);
    const before = JSON.parse((await trainkit('2024-06-26T09:00:00Z', 'goals', 'history', '--user', 'athlete_1', '--key', 'run10k', '--as-known-on', '2024-06-24T00:00:00Z', '--json')).stdout) as {
      revisions: { revision: { title: string; effective_to: string | null } }[];
    };
    expect(before.revisions.map((entry) => entry.revision)).toMatchObject([{ title: '10 km in 55:00', effective_to: null }]);
    const stale = await trainkit('2024-06-26T09:00:00Z', 'goals', 'revise', '--user', 'athlete_1', '--key', 'run10k', '--based-on', '1', '--priority', '2');
    expect(stale).toEqual({
      code: 4,
      stdout: '',
      stderr: 'error: goals: goal run10k is at revision 2, the change was based on revision 1 (re-read the goal and revise again)\n',
    });
  });

  it('the real trainkit process reports a stale revision on one line with exit code 4', async () => {
    const bin = join(ROOT, 'packages', 'cli', 'src', 'bin.ts');
    const failure = await promisify(execFile)(
      process.execPath,
      ['--conditions=source', '--import', 'tsx', bin, 'goals', 'revise', '--user', 'athlete_1', '--key', 'run10k', '--based-on', '1', '--priority', '2', '--db', join(cwd, 'trainkit.db')],
      { cwd: ROOT },
    ).then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(failure?.code).toBe(4);
    expect(failure?.stderr).toBe('error: goals: goal run10k is at revision 2, the change was based on revision 1 (re-read the goal and revise again)\n');
  }, 60_000);
});
