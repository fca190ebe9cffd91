/**
 * Storage benchmark (`pnpm bench`, not a test; nothing here asserts a time):
 *
 * 1. Bulk inserts through the repositories vs. a raw-driver baseline measured in the same run, on SQLite (a WAL file)
 *    and PostgreSQL: 100,000 `activity_instances`, then 1,000,000 `metric_samples` (each sample belongs to one of the
 *    activities). The repository path (`insertMany` in chunks of 20,000 inside one `storage.transaction`) validates
 *    every row with core's zod insert schema (through its compiled fast path), checks that referenced activities
 *    belong to the same user, encodes and writes (multi-row statements on SQLite, streaming COPY on PostgreSQL). The
 *    baselines write the same rows, already valid and encoded, in one transaction: better-sqlite3 with one prepared
 *    single-row statement in a loop; on PostgreSQL both `COPY ... FROM STDIN` (pg-copy-streams) and `pg` multi-row
 *    inserts of 1,000 rows. Printed: rows per second of both and the ratio repository / raw (target: 0.7 or more).
 *    Each writer runs `--runs` times (default 3) into fresh databases, alternating, and the medians are compared.
 *    The PostgreSQL server started here runs with fsync off, like the test server.
 * 2. The weekly report queries (duration and volume by discipline, adherence, muscle load, weight trend) over a
 *    synthetic ten-year history of one athlete, in a database that also holds the bulk rows: median and p95 latency.
 *
 *   node --conditions=source --import tsx packages/storage-kysely/bench/storage.bench.ts [--scale 0.1] [--runs 3] [--postgres-url URL] [--only sqlite|postgres]
 *
 * Without a PostgreSQL URL (`--postgres-url`, or `TRAINKIT_BENCH_POSTGRES_URL`) the benchmark starts a throwaway
 * server like the test setup does (fsync off), or skips PostgreSQL with a note when it cannot.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { AnalyticsRange, TrainkitStorage, UserId } from '@trainkit/core';
import type BetterSqlite3 from 'better-sqlite3';
import type pg from 'pg';
import { from as copyFrom } from 'pg-copy-streams';
import type { KyselyStorage } from '../src/index.js';
import { createPostgresStorage, type PostgresNativeHandle } from '../src/postgres/index.js';
import { createSqliteStorage, type SqliteNativeHandle } from '../src/sqlite/index.js';
import { createTestDatabase } from '../src/testing/index.js';
import { seededRandom } from '../../../scripts/bench-support/seeded-random.js';

/** A storage of one of the benchmarked dialects, with its driver handle. */
type BenchStorage = KyselyStorage<SqliteNativeHandle | PostgresNativeHandle>;

/** Options of {@link runStorageBenchmark}. */
export interface StorageBenchmarkOptions {
  /** Fraction of the full size (1 = 1,000,000 samples and 100,000 activities). */
  readonly scale?: number;
  /** Admin URL of a PostgreSQL server (a database is created and dropped); started on demand when omitted. */
  readonly postgresUrl?: string | null | undefined;
  /** Runs of every bulk insert (fresh databases each time; medians are compared). Default 3. */
  readonly runs?: number;
  /** Which dialects to run (default both). */
  readonly dialects?: readonly ('sqlite' | 'postgres')[];
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** One bulk insert: the same rows written with a raw-driver baseline and through the repositories. */
export interface BulkInsertMeasurement {
  readonly table: string;
  readonly rows: number;
  /** `prepared statement loop` (SQLite), `COPY` or `multi-row insert` (PostgreSQL). */
  readonly baseline: string;
  readonly rawRowsPerSecond: number;
  readonly repositoryRowsPerSecond: number;
  /** repository / raw throughput. */
  readonly ratio: number;
}

/** Latency of one analytics query. */
export interface QueryLatency {
  readonly query: string;
  readonly range: string;
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly rows: number;
}

/** Everything measured on one dialect. */
export interface DialectBenchmarkResult {
  readonly dialect: 'sqlite' | 'postgres';
  readonly inserts: readonly BulkInsertMeasurement[];
  readonly queries: readonly QueryLatency[];
  readonly history: { readonly activities: number; readonly strengthSets: number; readonly plannedSessions: number; readonly weights: number };
}

const NOW = '2025-01-01T00:00:00.000Z';
const BULK_USER = 'usr_bulk' as UserId;
const HISTORY_USER = 'usr_history' as UserId;
const DAY_MS = 86_400_000;

/** Deterministic PRNG, so every run writes the same data. */
const random = seededRandom;

const ACTIVITY_COLUMNS = [
  'id', 'user_id', 'planned_session_id', 'source', 'provider', 'activity_definition_id', 'discipline_id', 'title',
  'performed_start', 'performed_end', 'timezone', 'utc_offset_minutes', 'local_date', 'duration_seconds', 'distance_m',
  'elevation_gain_m', 'energy_kcal', 'avg_hr_bpm', 'max_hr_bpm', 'avg_power_w', 'perceived_difficulty', 'enjoyment_rating',
  'notes', 'visibility', 'ingestion_run_id', 'normalizer_id', 'normalizer_version', 'created_at', 'updated_at',
] as const;
const SAMPLE_COLUMNS = ['id', 'user_id', 'external_metric_stream_id', 'activity_instance_id', 'metric_type', 'recorded_at', 'value', 'unit'] as const;

type Row = Record<string, unknown>;

/** `count` imported activities of the bulk user, one every 52 minutes from 2015 on, with UTC offsets. */
function bulkActivities(count: number): Row[] {
  const next = random(1);
  const start = Date.UTC(2015, 0, 1);
  const rows: Row[] = [];
  for (let index = 0; index < count; index += 1) {
    const begin = start + index * 52 * 60_000;
    const duration = 1200 + Math.floor(next() * 4800);
    const offset = 60;
    rows.push({
      id: `act_${index}`,
      user_id: BULK_USER,
      planned_session_id: null,
      source: 'provider',
      provider: 'garmin',
      activity_definition_id: null,
      discipline_id: null,
      title: `Run ${index}`,
      performed_start: new Date(begin).toISOString(),
      performed_end: new Date(begin + duration * 1000).toISOString(),
      timezone: null,
      utc_offset_minutes: offset,
      local_date: new Date(begin + offset * 60_000).toISOString().slice(0, 10),
      duration_seconds: duration,
      distance_m: Math.round(duration * (2.5 + next()) * 10) / 10,
      elevation_gain_m: Math.round(next() * 300),
      energy_kcal: Math.round(duration / 6),
      avg_hr_bpm: 120 + Math.floor(next() * 40),
      max_hr_bpm: 170 + Math.floor(next() * 20),
      avg_power_w: null,
      perceived_difficulty: Math.round(next() * 10),
      enjoyment_rating: 1 + Math.floor(next() * 5),
      notes: null,
      visibility: 'private',
      ingestion_run_id: null,
      normalizer_id: 'garmin.activity',
      normalizer_version: '1.0.0',
      created_at: NOW,
      updated_at: NOW,
    });
  }
  return rows;
}

/** `count` heart-rate / power / cadence samples spread over `activities` activities (consecutive samples share one). */
function bulkSamples(count: number, activities: number): Row[] {
  const next = random(2);
  const types = ['heart_rate_bpm', 'power_w', 'cadence_rpm'] as const;
  const units = ['bpm', 'W', 'rpm'] as const;
  const perActivity = Math.max(1, Math.ceil(count / activities));
  const start = Date.UTC(2015, 0, 1);
  const rows: Row[] = [];
  for (let index = 0; index < count; index += 1) {
    const activity = Math.min(activities - 1, Math.floor(index / perActivity));
    const kind = index % 3;
    rows.push({
      id: `ms_${index}`,
      user_id: BULK_USER,
      external_metric_stream_id: null,
      activity_instance_id: `act_${activity}`,
      metric_type: types[kind],
      recorded_at: new Date(start + activity * 52 * 60_000 + (index % perActivity) * 1000).toISOString(),
      value: Math.round((100 + next() * 150) * 10) / 10,
      unit: units[kind],
    });
  }
  return rows;
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const started = performance.now();
  await work();
  return (performance.now() - started) / 1000;
}

async function openFresh(
  dialect: 'sqlite' | 'postgres',
  postgresUrl: string | null,
  directory: string,
  name: string,
): Promise<{ storage: BenchStorage; dispose: () => Promise<void> }> {
  if (dialect === 'sqlite') {
    const storage = await createSqliteStorage({ path: join(directory, `${name}.db`), migrate: true });
    return { storage, dispose: () => storage.close() };
  }
  const database = await createTestDatabase(postgresUrl!, `tk_bench_${name}`);
  const storage = await createPostgresStorage({ connectionString: database.url, migrate: true });
  return {
    storage,
    dispose: async () => {
      await storage.close();
      await database.drop();
    },
  };
}

type Baseline = (storage: BenchStorage, table: string, columns: readonly string[], rows: readonly Row[]) => Promise<void>;

/** better-sqlite3: one prepared single-row statement run in a loop inside one transaction. */
const sqlitePreparedLoop: Baseline = async (storage, table, columns, rows) => {
  if (storage.native.dialect !== 'sqlite') throw new Error('SQLite baseline on another dialect');
  // The raw driver for the baseline: the storage types its handle structurally, this is better-sqlite3.
  const database = storage.native.database as unknown as BetterSqlite3.Database;
  const statement = database.prepare(`insert into "${table}" (${columnList(columns)}) values (${columns.map(() => '?').join(', ')})`);
  const values = new Array<unknown>(columns.length);
  database.transaction(() => {
    for (const row of rows) {
      for (let column = 0; column < columns.length; column += 1) values[column] = row[columns[column]!];
      statement.run(values);
    }
  })();
};

/** `pg` multi-row inserts of 1,000 rows per statement (the fastest size measured here) in one transaction. */
const postgresMultiRow: Baseline = (storage, table, columns, rows) =>
  inPostgresTransaction(storage, async (client) => {
    const perStatement = 1000;
    const texts = new Map<number, string>();
    for (let start = 0; start < rows.length; start += perStatement) {
      const batch = rows.slice(start, start + perStatement);
      let text = texts.get(batch.length);
      if (!text) {
        const tuples: string[] = [];
        let parameter = 0;
        for (let row = 0; row < batch.length; row += 1) tuples.push(`(${columns.map(() => `$${(parameter += 1)}`).join(', ')})`);
        text = `insert into "${table}" (${columnList(columns)}) values ${tuples.join(', ')}`;
        texts.set(batch.length, text);
      }
      const values: unknown[] = [];
      for (const row of batch) for (const column of columns) values.push(row[column]);
      await client.query(text, values);
    }
  });

/** `COPY ... FROM STDIN` (text format) through `pg-copy-streams`, in one transaction. */
const postgresCopy: Baseline = (storage, table, columns, rows) =>
  inPostgresTransaction(storage, async (client) => {
    const stream = client.query(copyFrom(`copy "${table}" (${columnList(columns)}) from stdin`));
    function* lines(): Generator<string> {
      let chunk = '';
      for (const row of rows) {
        chunk += columns.map((column) => copyText(row[column])).join('\t') + '\n';
        if (chunk.length > 1 << 16) {
          yield chunk;
          chunk = '';
        }
      }
      if (chunk) yield chunk;
    }
    await pipeline(Readable.from(lines()), stream);
  });

function copyText(value: unknown): string {
  if (value === null || value === undefined) return '\\N';
  if (typeof value === 'boolean') return value ? 't' : 'f';
  if (typeof value === 'object') value = JSON.stringify(value);
  return String(value).replace(/[\\\t\n\r]/g, (char) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' })[char]!);
}

function columnList(columns: readonly string[]): string {
  return columns.map((column) => `"${column}"`).join(', ');
}

async function inPostgresTransaction(storage: BenchStorage, work: (client: pg.PoolClient) => Promise<void>): Promise<void> {
  if (storage.native.dialect !== 'postgres') throw new Error('PostgreSQL baseline on another dialect');
  // The raw driver for the baseline: the storage types its pool structurally, this is a `pg` pool.
  const client = (await storage.native.pool.connect()) as unknown as pg.PoolClient;
  try {
    await client.query('begin');
    await work(client);
    await client.query('commit');
  } catch (error) {
    await client.query('rollback');
    throw error;
  } finally {
    client.release();
  }
}

/** Inserts through the repositories: one transaction, `insertMany` in chunks of 20,000 rows. */
async function repositoryInsert(storage: TrainkitStorage, rows: readonly Row[], pick: (tx: TrainkitStorage | Parameters<Parameters<TrainkitStorage['transaction']>[0]>[0]) => { insertMany(rows: readonly never[]): Promise<number> }): Promise<void> {
  await storage.transaction(async (tx) => {
    for (let start = 0; start < rows.length; start += 20_000) {
      await pick(tx).insertMany(rows.slice(start, start + 20_000) as never[]);
    }
  });
}

/** Ten years of one athlete: 5 sessions a week (3 strength with sets, 2 runs), a plan for each, daily weights. */
async function seedHistory(storage: TrainkitStorage): Promise<DialectBenchmarkResult['history']> {
  const next = random(3);
  await storage.users.insert({ id: HISTORY_USER, created_at: NOW } as never);
  await storage.disciplines.upsertMany([
    { id: 'strength', slug: 'strength', name: 'Strength' },
    { id: 'running', slug: 'running', name: 'Running' },
  ] as never);
  const muscles = ['quadriceps', 'hamstrings', 'glutes', 'chest', 'lats', 'triceps'];
  await storage.muscles.upsertMany(muscles.map((id) => ({ id, name: id, region: 'core' })) as never);
  const movements = [
    { id: 'back_squat', pattern: 'squat', map: { quadriceps: 1, glutes: 0.6, hamstrings: 0.3 } },
    { id: 'deadlift', pattern: 'hinge', map: { hamstrings: 1, glutes: 0.8, lats: 0.3 } },
    { id: 'bench_press', pattern: 'horizontal_push', map: { chest: 1, triceps: 0.6 } },
    { id: 'pull_up', pattern: 'vertical_pull', map: { lats: 1 } },
  ];
  await storage.movements.upsertMany(
    movements.map((movement) => ({ id: movement.id, slug: movement.id, name: movement.id, pattern: movement.pattern, equipment: 'barbell', mechanic: 'compound' })) as never,
  );
  await storage.movementMuscleMap.upsertMany(
    movements.flatMap((movement) =>
      Object.entries(movement.map).map(([muscle, magnitude]) => ({ movement_id: movement.id, muscle_id: muscle, role: magnitude === 1 ? 'primary' : 'secondary', magnitude })),
    ) as never,
  );
  await storage.activityDefinitions.upsertMany([
    { id: 'strength_training', slug: 'strength_training', name: 'Strength training', category: 'strength', discipline_id: 'strength', default_metric_type: 'load' },
    { id: 'road_running', slug: 'road_running', name: 'Road running', category: 'cardio', discipline_id: 'running', default_metric_type: 'distance' },
  ] as never);
  await storage.activityMuscleMap.upsertMany([
    { activity_definition_id: 'road_running', muscle_id: 'quadriceps', magnitude: 0.4, cns_impact: 0.2 },
    { activity_definition_id: 'road_running', muscle_id: 'hamstrings', magnitude: 0.3, cns_impact: 0.2 },
  ] as never);

  const planned: Row[] = [];
  const exercises: Row[] = [];
  const activities: Row[] = [];
  const sets: Row[] = [];
  const weights: Row[] = [];
  const first = Date.UTC(2015, 0, 5); // a Monday
  const weeks = 522;
  for (let week = 0; week < weeks; week += 1) {
    for (const [weekday, kind] of [[0, 'strength'], [1, 'run'], [2, 'strength'], [4, 'strength'], [5, 'run']] as const) {
      const day = first + (week * 7 + weekday) * DAY_MS;
      const date = new Date(day).toISOString().slice(0, 10);
      const sessionId = `hps_${week}_${weekday}`;
      const strength = kind === 'strength';
      planned.push({
        id: sessionId, user_id: HISTORY_USER, scheduled_date: date, title: strength ? 'Lifting' : 'Run',
        discipline_id: strength ? 'strength' : 'running', activity_definition_id: strength ? 'strength_training' : 'road_running',
        planned_duration_seconds: strength ? 3600 : 2700, status: next() < 0.05 ? 'cancelled' : 'planned', created_at: NOW, updated_at: NOW,
      });
      if (strength) {
        for (const [order, movement] of movements.entries()) {
          exercises.push({ id: `hpe_${week}_${weekday}_${order}`, user_id: HISTORY_USER, planned_session_id: sessionId, movement_id: movement.id, order_index: order, sets: 4, reps: 6, load_kg: 80 });
        }
      }
      if (next() < 0.15) continue; // skipped session
      const startMs = day + 17 * 3_600_000;
      const duration = strength ? 3300 + Math.floor(next() * 900) : 1800 + Math.floor(next() * 1800);
      const activityId = `hact_${week}_${weekday}`;
      activities.push({
        id: activityId, user_id: HISTORY_USER, source: 'planned', planned_session_id: sessionId,
        discipline_id: strength ? 'strength' : 'running', activity_definition_id: strength ? 'strength_training' : 'road_running',
        performed_start: new Date(startMs).toISOString(), performed_end: new Date(startMs + duration * 1000).toISOString(),
        utc_offset_minutes: 0, local_date: date, duration_seconds: next() < 0.2 ? null : duration,
        distance_m: strength ? null : Math.round(duration * 2.8), created_at: NOW, updated_at: NOW,
      });
      if (strength) {
        let index = 0;
        for (const movement of movements) {
          for (let set = 0; set < 5; set += 1) {
            sets.push({
              id: `hset_${week}_${weekday}_${index}`, user_id: HISTORY_USER, activity_instance_id: activityId, movement_id: movement.id,
              set_index: index, reps: 5 + Math.floor(next() * 4), load_kg: 60 + Math.round(next() * 80), is_warmup: set === 0,
            });
            index += 1;
          }
        }
      }
    }
    for (let weekday = 0; weekday < 7; weekday += 1) {
      const date = new Date(first + (week * 7 + weekday) * DAY_MS).toISOString().slice(0, 10);
      weights.push({ id: `hw_${week}_${weekday}`, user_id: HISTORY_USER, date, metric_type: 'weight_kg', value: 70 + Math.round(next() * 60) / 10, created_at: NOW });
    }
  }
  await storage.plannedSessions.insertMany(planned as never);
  await storage.plannedSessionExercises.insertMany(exercises as never);
  await storage.activityInstances.insertMany(activities as never);
  await storage.activityStrengthSets.insertMany(sets as never);
  await storage.biometrics.insertMany(weights as never);
  return { activities: activities.length, strengthSets: sets.length, plannedSessions: planned.length, weights: weights.length };
}

async function measureQueries(storage: TrainkitStorage, runs: number): Promise<QueryLatency[]> {
  const ranges: [string, AnalyticsRange][] = [
    ['10 years', { from: '2015-01-05', to: '2024-12-29' }],
    ['12 weeks', { from: '2024-10-07', to: '2024-12-29' }],
  ];
  const queries: [string, (range: AnalyticsRange) => Promise<unknown[]>][] = [
    ['weeklyDurationByDiscipline', (range) => storage.analytics.weeklyDurationByDiscipline(HISTORY_USER, range)],
    ['weeklyVolumeByDiscipline', (range) => storage.analytics.weeklyVolumeByDiscipline(HISTORY_USER, range)],
    ['weeklyAdherence', (range) => storage.analytics.weeklyAdherence(HISTORY_USER, range)],
    ['weeklyMuscleLoad', (range) => storage.analytics.weeklyMuscleLoad(HISTORY_USER, range)],
    ['weightTrend', (range) => storage.analytics.weightTrend(HISTORY_USER, range)],
  ];
  const results: QueryLatency[] = [];
  for (const [label, range] of ranges) {
    for (const [query, run] of queries) {
      let rows = 0;
      await run(range); // warm-up
      const times: number[] = [];
      for (let attempt = 0; attempt < runs; attempt += 1) {
        const started = performance.now();
        rows = (await run(range)).length;
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      results.push({
        query,
        range: label,
        medianMs: times[Math.floor(times.length / 2)]!,
        p95Ms: times[Math.min(times.length - 1, Math.ceil(times.length * 0.95) - 1)]!,
        rows,
      });
    }
  }
  return results;
}

async function benchmarkDialect(
  dialect: 'sqlite' | 'postgres',
  postgresUrl: string | null,
  scale: number,
  runs: number,
  log: (line: string) => void,
): Promise<DialectBenchmarkResult> {
  const directory = mkdtempSync(join(tmpdir(), 'trainkit-bench-'));
  const activityCount = Math.max(10, Math.round(100_000 * scale));
  const sampleCount = Math.max(100, Math.round(1_000_000 * scale));
  const activities = bulkActivities(activityCount);
  const samples = bulkSamples(sampleCount, activityCount);
  const user = { id: BULK_USER, created_at: NOW };
  const baselines: [string, Baseline][] =
    dialect === 'sqlite' ? [['prepared statement loop', sqlitePreparedLoop]] : [['COPY', postgresCopy], ['multi-row insert', postgresMultiRow]];
  const tables: [string, readonly Row[], readonly string[], Parameters<typeof repositoryInsert>[2]][] = [
    ['activity_instances', activities, ACTIVITY_COLUMNS, (tx) => tx.activityInstances],
    ['metric_samples', samples, SAMPLE_COLUMNS, (tx) => tx.metricSamples],
  ];
  // seconds[table][writer][run]; writer 0 is the repository, then the baselines. Every run writes into fresh
  // databases, raw and repository alternating, and the medians are compared (single runs vary by ±20% here).
  const seconds = tables.map(() => [0, ...baselines].map(() => [] as number[]));
  let repository: Awaited<ReturnType<typeof openFresh>> | undefined;
  try {
    for (let run = 0; run < runs; run += 1) {
      for (const [writer, baseline] of [undefined, ...baselines].entries()) {
        const target = await openFresh(dialect, postgresUrl, directory, `w${writer}r${run}`);
        await target.storage.users.insert(user as never);
        for (const [index, [table, rows, columns, pick]] of tables.entries()) {
          seconds[index]![writer]!.push(
            await timed(() => (baseline ? baseline[1](target.storage, table, columns, rows) : repositoryInsert(target.storage, rows, pick))),
          );
        }
        const last = run === runs - 1 && writer === 0;
        if (last) repository = target;
        else await target.dispose();
      }
    }
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
    const inserts: BulkInsertMeasurement[] = [];
    for (const [index, [table, rows]] of tables.entries()) {
      const repositorySeconds = median(seconds[index]![0]!);
      for (const [position, [name]] of baselines.entries()) {
        const rawSeconds = median(seconds[index]![position + 1]!);
        const measurement: BulkInsertMeasurement = {
          table,
          rows: rows.length,
          baseline: name,
          rawRowsPerSecond: rows.length / rawSeconds,
          repositoryRowsPerSecond: rows.length / repositorySeconds,
          ratio: rawSeconds / repositorySeconds,
        };
        inserts.push(measurement);
        log(
          `  ${dialect.padEnd(8)} ${table.padEnd(18)} ${String(rows.length).padStart(9)} rows  repository ${format(measurement.repositoryRowsPerSecond)} rows/s  raw (${name}) ${format(measurement.rawRowsPerSecond)} rows/s  ratio ${measurement.ratio.toFixed(2)}  (median of ${runs})`,
        );
      }
    }
    if (!repository) throw new Error('no repository database');
    const history = await seedHistory(repository.storage);
    log(
      `  ${dialect.padEnd(8)} history: ${history.activities} activities, ${history.strengthSets} strength sets, ${history.plannedSessions} planned sessions, ${history.weights} weights (10 years)`,
    );
    const queries = await measureQueries(repository.storage, 15);
    for (const query of queries) {
      log(`  ${dialect.padEnd(8)} ${query.query.padEnd(27)} ${query.range.padEnd(9)} median ${query.medianMs.toFixed(1).padStart(7)} ms  p95 ${query.p95Ms.toFixed(1).padStart(7)} ms  (${query.rows} rows)`);
    }
    return { dialect, inserts, queries, history };
  } finally {
    await repository?.dispose();
    rmSync(directory, { recursive: true, force: true });
  }
}

function format(rowsPerSecond: number): string {
  return Math.round(rowsPerSecond).toLocaleString('en-US').padStart(9);
}

/**
 * Runs the storage benchmark and prints its numbers; returns them too.
 *
 * @example
 * ```ts
 * await runStorageBenchmark({ scale: 0.1, postgresUrl: process.env.TRAINKIT_BENCH_POSTGRES_URL });
 * ```
 */
export async function runStorageBenchmark(options: StorageBenchmarkOptions = {}): Promise<DialectBenchmarkResult[]> {
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => console.log(line));
  const dialects = options.dialects ?? ['sqlite', 'postgres'];
  const runs = Math.max(1, Math.trunc(options.runs ?? 3));
  log(`storage benchmark (scale ${scale}): repository path vs raw driver, same run`);
  const results: DialectBenchmarkResult[] = [];
  if (dialects.includes('sqlite')) results.push(await benchmarkDialect('sqlite', null, scale, runs, log));
  if (dialects.includes('postgres')) {
    let url = options.postgresUrl ?? null;
    let stop: (() => Promise<void>) | undefined;
    if (!url) {
      try {
        const { startPostgres } = await import('../../../test/setup/start-postgres.js');
        const server = await startPostgres();
        url = server.url;
        stop = server.stop;
      } catch (error) {
        log(`  postgres skipped: could not start a server (${error instanceof Error ? error.message : String(error)})`);
      }
    }
    if (url) {
      try {
        results.push(await benchmarkDialect('postgres', url, scale, runs, log));
      } finally {
        await stop?.();
      }
    } else if (!stop) {
      log('  postgres skipped: no server (give --postgres-url or TRAINKIT_BENCH_POSTGRES_URL)');
    }
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { scale: { type: 'string', default: '1' }, runs: { type: 'string', default: '3' }, 'postgres-url': { type: 'string' }, only: { type: 'string' } },
  });
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  const only = values.only;
  if (only !== undefined && only !== 'sqlite' && only !== 'postgres') throw new Error('--only must be sqlite or postgres');
  await runStorageBenchmark({
    scale,
    runs: Number(values.runs),
    postgresUrl: values['postgres-url'] ?? process.env.TRAINKIT_BENCH_POSTGRES_URL,
    ...(only ? { dialects: [only] } : {}),
  });
}
