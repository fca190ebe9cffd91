/**
 * Load on the example server as deployed: `src/main.ts` as a child process on loopback (HTTP and its job queue), with
 * a fake Strava (also on loopback) behind it, first on SQLite (a temp file), then on PostgreSQL (a fresh database,
 * dropped after). Per backend, in one run:
 *   - 200 concurrent Strava webhook deliveries (one per new activity): rps, p50/p99, 5xx;
 *   - from each delivery to its activity being queryable (`GET /me/activities`): p50/p99/max, events lost;
 *   - 20 concurrent fatigue reports (`GET /me/fatigue`) over those activities and logged strength workouts;
 *   - the baseline: as many concurrent `GET /health` on the same server, just before each scenario. Each scenario's
 *     p50 is printed as a multiple of the baseline's. Nothing here asserts a time.
 *
 *   node --conditions=source --import tsx examples/server/bench/server.bench.ts [--scale 0.25]
 *
 * PostgreSQL: `TRAINKIT_BENCH_POSTGRES_URL` (an admin URL), else a throwaway server like the test setup's, else skipped.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createTestDatabase } from '@trainkit/storage-kysely/testing';
import { startFakeStrava } from '../src/test-support/fake-strava.js';
import { openBenchPostgres } from './bench-postgres.js';
import { connectBenchAthlete } from './connect-bench-athlete.js';
import { runFatigueLoad, seedLoggedWorkouts } from './fatigue-load.js';
import { measureHealthBaseline } from './health-baseline.js';
import type { LatencySummary } from './latency-summary.js';
import { formatLoadTable, type LoadRow } from './load-table.js';
import { startServerProcess } from './server-process.js';
import { runWebhookLoad, type WebhookLoadResult } from './webhook-load.js';

/** Options of {@link runServerBenchmark}. */
export interface ServerBenchmarkOptions {
  /** Multiplies the counts (200 webhooks, 20 reports, 60 logged workouts), down to floors of 20, 5 and 10. */
  readonly scale?: number;
  /** An admin PostgreSQL URL (e.g. `TRAINKIT_BENCH_POSTGRES_URL`); without it a throwaway server is tried. */
  readonly postgresUrl?: string | null | undefined;
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** What one backend measured. */
export interface BackendLoadResult {
  readonly backend: 'sqlite' | 'postgres';
  readonly webhookBaseline: LatencySummary;
  readonly webhooks: WebhookLoadResult;
  readonly fatigueBaseline: LatencySummary;
  readonly fatigue: LatencySummary;
  /** Lines the server printed as `warning:` or `error:` during the run. */
  readonly serverWarnings: readonly string[];
}

interface LoadCounts {
  readonly webhooks: number;
  readonly reports: number;
  readonly workouts: number;
}

const ADMIN_TOKEN = `bench-admin-${randomBytes(16).toString('hex')}`;

/**
 * Runs the load benchmark on SQLite and PostgreSQL and prints one table; also returns the numbers. Called by the
 * root `pnpm bench`. The servers, the fake Strava, the temp files and the PostgreSQL database are always let go.
 *
 * @example
 * ```ts
 * await runServerBenchmark({ scale: 0.25, postgresUrl: process.env.TRAINKIT_BENCH_POSTGRES_URL });
 * ```
 */
export async function runServerBenchmark(options: ServerBenchmarkOptions = {}): Promise<BackendLoadResult[]> {
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => console.log(line));
  const counts: LoadCounts = {
    webhooks: Math.max(20, Math.round(200 * scale)),
    reports: Math.max(5, Math.round(20 * scale)),
    workouts: Math.max(10, Math.round(60 * scale)),
  };
  log(`server load (scale ${scale}): src/main.ts as a child process on loopback, fake Strava; ${counts.webhooks} webhooks, ${counts.reports} fatigue reports, ${counts.workouts} logged workouts`);
  // The server inherits this environment: TRAINKIT_JOB_* set here tune its queue (say which, next to the numbers).
  const tuning = Object.entries(process.env).filter(([name]) => name.startsWith('TRAINKIT_JOB_')).map(([name, value]) => `${name}=${value}`);
  log(`  job queue: ${tuning.length === 0 ? 'defaults (SQLite: in-process, 2 at once; PostgreSQL: pg-boss, 2 workers polling every 2 s)' : tuning.join(' ')}`);
  const results: BackendLoadResult[] = [];
  try {
    results.push(await benchmarkBackend('sqlite', {}, counts));
    const postgres = await openBenchPostgres(options.postgresUrl, log);
    if (postgres !== undefined) {
      try {
        const database = await createTestDatabase(postgres.adminUrl, 'tk_server_bench');
        try {
          results.push(await benchmarkBackend('postgres', { DATABASE_URL: database.url }, counts));
        } finally {
          await database.drop();
        }
      } finally {
        await postgres.release();
      }
    }
  } finally {
    // What was measured is printed even when a later leg fails.
    for (const line of formatLoadTable(results.flatMap(rowsOf))) log(`  ${line}`);
    for (const result of results) {
      const { queryable } = result.webhooks;
      const ended = queryable.ended === 'all-seen' ? 'all seen' : queryable.ended === 'idle' ? 'gave up: 30 s without a new one' : 'gave up: time limit';
      log(`  ${result.backend}: delivery -> queryable max ${queryable.maxMs.toFixed(0)} ms (${ended}); ${queryable.polls} polls of GET /me/activities, median ${queryable.pollMedianMs.toFixed(0)} ms each (the resolution of those times)`);
      if (result.serverWarnings.length > 0) log(`  ${result.backend}: the server warned ${result.serverWarnings.length} time(s), first: ${result.serverWarnings[0]}`);
    }
  }
  return results;
}

async function benchmarkBackend(backend: BackendLoadResult['backend'], env: Readonly<Record<string, string>>, counts: LoadCounts): Promise<BackendLoadResult> {
  const dir = mkdtempSync(join(tmpdir(), 'trainkit-server-bench-'));
  const strava = await startFakeStrava();
  try {
    const server = await startServerProcess({
      env: {
        ...strava.env,
        TRAINKIT_ADMIN_TOKEN: ADMIN_TOKEN,
        TRAINKIT_ENCRYPTION_KEY: randomBytes(32).toString('base64'),
        TRAINKIT_DB: join(dir, 'server.db'),
        DATABASE_URL: '',
        TRAINKIT_ROLE: '',
        TMPDIR: dir,
        ...env,
      },
    });
    try {
      const athlete = await connectBenchAthlete(server.base, ADMIN_TOKEN);
      const webhookBaseline = await measureHealthBaseline(server.base, counts.webhooks);
      // Bounded: 30 s without a new activity ends the wait, and 2 s per event at most in all (PostgreSQL with the
      // default queue settings makes about one a second).
      const webhooks = await runWebhookLoad({
        base: server.base, athlete, strava, events: counts.webhooks, idleTimeoutMs: 30_000, timeoutMs: Math.max(60_000, counts.webhooks * 2_000),
      });
      await seedLoggedWorkouts(server.base, athlete, counts.workouts);
      const fatigueBaseline = await measureHealthBaseline(server.base, counts.reports);
      const fatigue = await runFatigueLoad({ base: server.base, athlete, concurrency: counts.reports });
      const serverWarnings = server.output().split('\n').filter((line) => /^(warning|error)\b/i.test(line));
      return { backend, webhookBaseline, webhooks, fatigueBaseline, fatigue, serverWarnings };
    } finally {
      await server.stop();
    }
  } finally {
    await strava.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function rowsOf(result: BackendLoadResult): LoadRow[] {
  const { backend, webhookBaseline, webhooks, fatigueBaseline, fatigue } = result;
  const measured = (scenario: string, summary: LatencySummary, baseline: LatencySummary | undefined, lost?: number): LoadRow => ({
    scenario, backend, requests: summary.requests, perSecond: summary.perSecond, p50Ms: summary.p50Ms, p99Ms: summary.p99Ms,
    serverErrors: summary.serverErrors, failed: summary.failed, rejected: summary.rejected, lost,
    ratio: baseline === undefined ? 1 : summary.p50Ms / baseline.p50Ms,
  });
  const { queryable } = webhooks;
  return [
    measured(`GET /health x${webhookBaseline.requests} (baseline)`, webhookBaseline, undefined),
    measured(`POST /webhooks/strava x${webhooks.delivery.requests}`, webhooks.delivery, webhookBaseline),
    { scenario: 'webhook -> queryable', backend, requests: queryable.events, perSecond: queryable.perSecond, p50Ms: queryable.p50Ms, p99Ms: queryable.p99Ms, lost: queryable.lost },
    measured(`GET /health x${fatigueBaseline.requests} (baseline)`, fatigueBaseline, undefined),
    measured(`GET /me/fatigue x${fatigue.requests}`, fatigue, fatigueBaseline),
  ];
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' } },
  });
  await runServerBenchmark({ scale: Number(values.scale), postgresUrl: process.env.TRAINKIT_BENCH_POSTGRES_URL });
}
