/**
 * A real restart on SQLite: `src/main.ts` as a child process, SIGKILLed while a WHOOP sync job (a fake WHOOP API
 * whose third workouts page never answers before the kill) and an Apple Health import are both mid-way, then started
 * again on the same database. After the restart the interrupted runs are `cancelled` with the message saying that
 * repeating them is safe; the kept job resumes the sync by itself from its cursor (pages 1 and 2 are not fetched
 * again) and completes; the client sends the file again. Then nothing is lost or duplicated: the database holds
 * exactly what an uninterrupted import of the file plus the WHOOP pages gives (a reference database built in this
 * process), every WHOOP workout is one activity, and no run is left `running`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createTrainkit, seedCatalog } from 'trainkit';
import { afterAll, describe, expect, it } from 'vitest';
import { FAKE_WHOOP_CODE, startFakeWhoop, type FakeWhoop } from './jobs/test-support/fake-whoop.js';
import { interruptedRunMessage } from './recovery/finish-interrupted-runs.js';

const serverDir = join(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'trainkit-restart-'));
const databasePath = join(dir, 'server.db');
const exportPath = join(dir, 'export.xml');
const ADMIN = 'restart-test-admin-token';
const USER = 'restart_athlete';
const TIME_ZONE = 'Europe/Berlin';
const WHOOP_PAGES = 5;
const HELD_PAGE = 3;

/** The few better-sqlite3 calls used to read the databases once written (structural: no types package here). */
interface SqliteReader {
  prepare(sql: string): { get(...params: unknown[]): unknown; all(...params: unknown[]): unknown[] };
  close(): void;
}
const BetterSqlite3 = createRequire(import.meta.url)('better-sqlite3') as new (path: string, options: { readonly: boolean; fileMustExist: boolean }) => SqliteReader;

interface RunJson { id: string; kind: string; provider: string; status: string; error: string | null; finished_at: string | null }
interface RunSummaryJson { runId: string; provider: string; status: string; counts: { new: number; updated: number; unchanged: number; failed: number } }

const children: ChildProcess[] = [];
let whoop: FakeWhoop | undefined;

interface RunningServer {
  readonly child: ChildProcess;
  readonly base: string;
  readonly output: () => string;
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

async function startServer(env: Readonly<Record<string, string>>): Promise<RunningServer> {
  const child = spawn(process.execPath, ['--conditions=source', '--import', 'tsx', 'src/main.ts'], {
    cwd: serverDir,
    // TMPDIR: the upload a kill leaves behind stays in this test's folder.
    env: { ...process.env, NO_COLOR: '1', PORT: '0', TRAINKIT_ADMIN_TOKEN: ADMIN, TRAINKIT_DB: databasePath, DATABASE_URL: '', TMPDIR: dir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void exited.then(({ code }) => reject(new Error(`server exited (${code}) before listening:\n${output}`)));
  });
  return { child, base, output: () => output, exited };
}

/** Polls `probe` until it returns a value, or fails naming `what`. */
async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** What the reference and the restarted database must agree on for the user: row counts and content fingerprints. */
function contentOf(path: string): Record<string, unknown> {
  const db = new BetterSqlite3(path, { readonly: true, fileMustExist: true });
  try {
    const tables = [
      'external_activity_records', 'activity_instances', 'activity_instance_links', 'activity_merge_decisions', 'external_metric_streams',
      'metric_samples', 'recovery_signals', 'user_biometrics_history', 'daily_activity_totals',
    ];
    const counts = Object.fromEntries(tables.map((table) => [table, (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE user_id = ?`).get(USER) as { n: number }).n]));
    const rawLake = (db.prepare('SELECT provider, external_id, normalization_status, raw_payload_json FROM external_activity_records WHERE user_id = ? ORDER BY provider, external_id').all(USER) as Record<string, string>[])
      .map((row) => `${row.provider}:${row.external_id}:${row.normalization_status}:${createHash('sha256').update(String(row.raw_payload_json)).digest('hex')}`);
    const activities = db
      .prepare(
        `SELECT source, provider, activity_definition_id, performed_start, performed_end, local_date, duration_seconds, distance_m, energy_kcal, avg_hr_bpm, max_hr_bpm
         FROM activity_instances WHERE user_id = ? ORDER BY performed_start, source, provider`,
      )
      .all(USER)
      .map((row) => JSON.stringify(row));
    return { counts, rawLake, activities };
  } finally {
    db.close();
  }
}

describe('examples/server restart on SQLite', () => {
  afterAll(async () => {
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await whoop?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('SIGKILLed mid-sync and mid-import: after the restart the sync resumes, the file is sent again, nothing is lost or duplicated', { timeout: 120_000 }, async () => {
    // A realistic export (about 20 MB: a few seconds to import) from the providers' generator (test support, not published).
    const generator = (await import(/* @vite-ignore */ new URL('../../../packages/providers/src/apple-health/testing/index.ts', import.meta.url).pathname)) as {
      writeAppleHealthExportXml(path: string, options: Record<string, unknown>): Promise<{ workouts: number; bytes: number }>;
    };
    const written = await generator.writeAppleHealthExportXml(exportPath, { seed: 11, startDate: '2023-03-01', days: 40, timeZone: TIME_ZONE, units: 'metric', routes: false });
    expect(written.workouts).toBeGreaterThan(20);
    const file = readFileSync(exportPath);

    whoop = await startFakeWhoop({ pages: WHOOP_PAGES, workoutsPerPage: 4, pageDelayMs: 300 });
    const env = { ...whoop.env, TRAINKIT_ENCRYPTION_KEY: randomBytes(32).toString('base64') };
    const first = await startServer(env);
    const admin = { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' };
    expect((await fetch(`${first.base}/users`, { method: 'POST', headers: admin, body: JSON.stringify({ id: USER, timeZone: TIME_ZONE }) })).status).toBe(201);
    const { token } = (await (await fetch(`${first.base}/users/${USER}/tokens`, { method: 'POST', headers: admin })).json()) as { token: string };
    const user = { authorization: `Bearer ${token}` };

    // Connect WHOOP as the browser would: the authorization URL's state comes back to the callback with a code.
    const { state } = (await (await fetch(`${first.base}/me/connections/whoop`, { method: 'POST', headers: user })).json()) as { state: string };
    const callback = await fetch(`${first.base}/oauth/whoop/callback?code=${FAKE_WHOOP_CODE}&state=${encodeURIComponent(state)}`);
    expect(callback.status, await callback.clone().text()).toBe(200);

    // The sync job and the import, at the same time; the sync gets stuck on page 3 until the server is killed.
    whoop.hold(HELD_PAGE);
    const queued = await fetch(`${first.base}/me/sync/whoop`, { method: 'POST', headers: user });
    expect(queued.status).toBe(202);
    const { jobId } = (await queued.json()) as { jobId: string };
    const upload = (base: string) => fetch(`${base}/me/imports?filename=export.xml`, { method: 'POST', headers: { ...user, 'content-type': 'application/octet-stream' }, body: file });
    const interruptedUpload = upload(first.base).then(
      (response) => ({ status: response.status }),
      (error: unknown) => ({ error }),
    );

    await until('page 3 of the WHOOP workouts to be requested', () => Promise.resolve(whoop!.pageRequests.includes(HELD_PAGE) ? true : undefined));
    const live = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    const importRun = await until('the import to be running with records stored', async () => {
      const runs = (await (await fetch(`${first.base}/me/runs`, { headers: user })).json()) as { run: RunJson }[];
      const running = runs.find(({ run }) => run.kind === 'file_import' && run.status === 'running')?.run;
      if (running === undefined) return undefined;
      const stored = (live.prepare('SELECT count(*) AS n FROM external_activity_records WHERE ingestion_run_id = ?').get(running.id) as { n: number }).n;
      return stored > 0 ? running : undefined;
    });
    live.close();
    first.child.kill('SIGKILL');
    expect(await first.exited).toEqual({ code: null, signal: 'SIGKILL' });
    whoop.release();
    expect(await interruptedUpload, 'the import finished before the kill: make the file larger').toHaveProperty('error');
    expect(whoop.pageRequests).toEqual([1, 2, 3]);

    const second = await startServer(env);
    expect(second.output()).toContain('cancelled 2 ingestion run(s) interrupted by the last stop');
    const afterRestart = ((await (await fetch(`${second.base}/me/runs`, { headers: user })).json()) as { run: RunJson }[]).map(({ run }) => run);
    expect(afterRestart.find((run) => run.id === importRun.id)).toMatchObject({ status: 'cancelled', error: interruptedRunMessage('file_import'), finished_at: expect.any(String) });
    // The kept job may already be running its resumed sync: the interrupted run is the cancelled one.
    expect(afterRestart.filter((run) => run.kind === 'sync' && run.status !== 'running')).toMatchObject([{ provider: 'whoop', status: 'cancelled', error: interruptedRunMessage('sync') }]);

    // The client sends the file again, as after any connection error; the kept job resumes the sync meanwhile.
    const resent = await upload(second.base);
    expect(resent.status).toBe(201);
    const { runs: [reimport] } = (await resent.json()) as { runs: RunSummaryJson[] };
    expect(reimport).toMatchObject({ provider: 'apple_health', status: 'succeeded' });
    expect(reimport!.counts.unchanged).toBeGreaterThan(0);
    expect(reimport!.counts.updated).toBe(0);
    const job = await until('the sync job to finish', async () => {
      const state = (await (await fetch(`${second.base}/me/jobs/${jobId}`, { headers: user })).json()) as { state: string; output?: { status: string; pages: number } };
      return state.state === 'completed' || state.state === 'failed' ? state : undefined;
    });
    expect(job).toMatchObject({ state: 'completed', output: { status: 'succeeded' } });
    // Resumed from the cursor: pages 1 and 2 were stored before the kill and not fetched again.
    expect(whoop.pageRequests.filter((page) => page <= 2)).toEqual([1, 2]);
    expect([...new Set(whoop.pageRequests)].sort()).toEqual([1, 2, 3, 4, 5]);

    const finalRuns = ((await (await fetch(`${second.base}/me/runs`, { headers: user })).json()) as { run: RunJson }[]).map(({ run }) => run);
    expect(finalRuns.filter((run) => run.status === 'running')).toEqual([]);
    expect(finalRuns.filter((run) => run.kind === 'sync').map((run) => run.status).sort()).toEqual(['cancelled', 'succeeded']);
    const activities = (await (await fetch(`${second.base}/me/activities`, { headers: user })).json()) as { sources: { record: { provider: string; external_id: string } }[] }[];
    const whoopSources = activities.flatMap((entry) => entry.sources.filter((source) => source.record.provider === 'whoop').map((source) => source.record.external_id));
    expect(whoopSources.sort()).toEqual([...whoop.workoutIds].sort());

    second.child.kill('SIGTERM');
    expect((await second.exited).code, second.output()).toBe(0);

    // The reference: the same file and the same WHOOP pages ingested once each, without interruption.
    const referencePath = join(dir, 'reference.db');
    const reference = await createSqliteStorage({ path: referencePath, migrate: true });
    try {
      await seedCatalog(reference);
      const trainkit = createTrainkit({ storage: reference });
      await trainkit.users.create({ id: USER, timeZone: TIME_ZONE });
      const [imported] = await trainkit.ingest.importFiles({ userId: USER, paths: [exportPath] });
      expect(reimport!.counts.new + reimport!.counts.unchanged).toBe(imported!.counts.new);
      for (const payload of whoop.pageBodies) await trainkit.ingest.ingestPayload({ userId: USER, provider: 'whoop', resource: 'workouts', payload });
    } finally {
      await reference.close();
    }
    const restarted = contentOf(databasePath);
    expect(restarted).toEqual(contentOf(referencePath));
    expect(activities).toHaveLength((restarted.counts as Record<string, number>).activity_instances!);

    const db = new BetterSqlite3(databasePath, { readonly: true, fileMustExist: true });
    try {
      expect(db.prepare("SELECT count(*) AS n FROM external_ingestion_runs WHERE status = 'running'").get()).toEqual({ n: 0 });
      // The job ran twice in all: cut off by the kill, then completed by the restarted server.
      expect(db.prepare('SELECT state, attempts FROM server_jobs WHERE id = ?').get(jobId)).toEqual({ state: 'completed', attempts: 2 });
    } finally {
      db.close();
    }
  });
});
