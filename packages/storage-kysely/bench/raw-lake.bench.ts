/**
 * Raw lake benchmark (not a test; nothing here asserts a time): `externalActivityRecords.upsertManyByExternalId`, the
 * hot path of an Apple Health import, on SQLite (a WAL file), against a raw-driver baseline measured in the same run.
 *
 * - baseline: the same records, already valid and encoded, written with one prepared better-sqlite3 `insert` in a
 *   loop inside one transaction (no lookup, no validation: the floor of what any upsert can cost);
 * - `new`: every record new (lookup + multi-row insert), batches of 5,000 in one `storage.transaction`;
 * - `unchanged`: the same records again with the same content hashes (lookup only, nothing written);
 * - `revised`: the same records with 10 % of the payloads changed (archive into `external_record_revisions` + update).
 *
 * Printed: records per second of each pass and its ratio to the baseline (median of `--runs`, default 3).
 *
 *   node --conditions=source --import tsx packages/storage-kysely/bench/raw-lake.bench.ts [--scale 0.1] [--runs 3]
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import type { ExternalActivityRecordInsert, JsonValue, UserId } from '@trainkit/core';
import type BetterSqlite3 from 'better-sqlite3';
import { createSqliteStorage } from '../src/sqlite/index.js';

/** Options of {@link runRawLakeBenchmark}. */
export interface RawLakeBenchmarkOptions {
  /** Fraction of the full size (1 = 200,000 records). */
  readonly scale?: number;
  /** Runs of every pass (fresh databases each time; medians are compared). Default 3. */
  readonly runs?: number;
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** One pass of the benchmark. */
export interface RawLakeMeasurement {
  readonly pass: 'baseline' | 'new' | 'unchanged' | 'revised';
  readonly records: number;
  readonly recordsPerSecond: number;
  /** records per second / baseline records per second. */
  readonly ratio: number;
}

const FULL_RECORDS = 200_000;
const BATCH = 5000;
const USER = 'usr_bench' as UserId;
const RUN = 'run_bench';

/** An Apple Health heart-rate `Record` as the importer stores it (about 350 bytes of JSON). */
function payload(index: number, variant: number): { [key: string]: JsonValue } {
  const start = new Date(Date.UTC(2020, 0, 1) + index * 300_000).toISOString();
  return {
    type: 'HKQuantityTypeIdentifierHeartRate',
    sourceName: 'Jane’s Apple Watch',
    sourceVersion: '10.3.1',
    device: '<<HKDevice: 0x283e1c0a0>, name:Apple Watch, manufacturer:Apple Inc., model:Watch, hardware:Watch6,2, software:10.3.1>',
    unit: 'count/min',
    creationDate: start,
    startDate: start,
    endDate: start,
    value: String(60 + ((index * 7 + variant) % 120)),
    metadata: { HKMetadataKeyHeartRateMotionContext: String(index % 3) },
  };
}

function record(index: number, variant: number): ExternalActivityRecordInsert {
  const raw = payload(index, variant);
  const at = raw.startDate as string;
  return {
    id: `raw_${index}`,
    user_id: USER,
    provider: 'apple_health',
    external_id: `hr:${index}`,
    record_kind: 'biometric',
    resource: 'export.xml',
    activity_type_raw: 'HKQuantityTypeIdentifierHeartRate',
    start_time: at,
    end_time: at,
    raw_payload_json: raw,
    content_hash: createHash('sha256').update(JSON.stringify(raw)).digest('hex'),
    ingestion_run_id: RUN,
    created_at: '2025-01-01T00:00:00.000Z',
    updated_at: '2025-01-01T00:00:00.000Z',
  };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

async function openStorage(directory: string, name: string) {
  const storage = await createSqliteStorage({ path: join(directory, `${name}.db`), migrate: true });
  await storage.users.insert({ id: USER, created_at: '2025-01-01T00:00:00.000Z' });
  await storage.ingestionRuns.insert({
    id: RUN,
    user_id: USER,
    provider: 'apple_health',
    kind: 'file_import',
    started_at: '2025-01-01T00:00:00.000Z',
  });
  return storage;
}

async function timed(work: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now();
  await work();
  return (performance.now() - start) / 1000;
}

/**
 * Runs the raw lake benchmark on SQLite and prints one line per pass.
 *
 * @example
 * ```ts
 * const results = await runRawLakeBenchmark({ scale: 0.1 });
 * ```
 */
export async function runRawLakeBenchmark(options: RawLakeBenchmarkOptions = {}): Promise<RawLakeMeasurement[]> {
  const log = options.log ?? ((line: string) => console.log(line));
  const count = Math.max(BATCH, Math.round(FULL_RECORDS * (options.scale ?? 1)));
  const runs = Math.max(1, options.runs ?? 3);
  const first = Array.from({ length: count }, (_, index) => record(index, 0));
  const revised = first.map((row, index) => (index % 10 === 0 ? record(index, 1) : row));
  const seconds: Record<RawLakeMeasurement['pass'], number[]> = { baseline: [], new: [], unchanged: [], revised: [] };
  const directory = mkdtempSync(join(tmpdir(), 'trainkit-raw-lake-bench-'));
  log(`raw lake (sqlite): ${count.toLocaleString('en-US')} Apple Health records, batches of ${BATCH.toLocaleString('en-US')}, ${runs} run(s)`);
  try {
    for (let run = 0; run < runs; run += 1) {
      const raw = await openStorage(directory, `raw_${run}`);
      try {
        const database = raw.native.database as unknown as BetterSqlite3.Database;
        const columns = ['id', 'user_id', 'provider', 'external_id', 'record_kind', 'resource', 'activity_type_raw', 'start_time', 'end_time', 'raw_payload_json', 'content_hash', 'revision', 'ingestion_run_id', 'normalization_status', 'created_at', 'updated_at'];
        const encoded = first.map((row) => [row.id, row.user_id, row.provider, row.external_id, row.record_kind, row.resource, row.activity_type_raw, row.start_time, row.end_time, JSON.stringify(row.raw_payload_json), row.content_hash, 1, row.ingestion_run_id, 'pending', row.created_at, row.updated_at]);
        const statement = database.prepare(`insert into external_activity_records (${columns.join(', ')}) values (${columns.map(() => '?').join(', ')})`);
        seconds.baseline.push(await timed(() => database.transaction(() => { for (const values of encoded) statement.run(...values); })()));
      } finally {
        await raw.close();
      }
      const storage = await openStorage(directory, `repo_${run}`);
      try {
        const pass = (rows: readonly ExternalActivityRecordInsert[]) =>
          timed(() =>
            storage.transaction(async (tx) => {
              for (let start = 0; start < rows.length; start += BATCH) await tx.externalActivityRecords.upsertManyByExternalId(rows.slice(start, start + BATCH));
            }),
          );
        seconds.new.push(await pass(first));
        seconds.unchanged.push(await pass(first));
        seconds.revised.push(await pass(revised));
      } finally {
        await storage.close();
      }
    }
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
  const baseline = count / median(seconds.baseline);
  const results = (['baseline', 'new', 'unchanged', 'revised'] as const).map((pass) => {
    const recordsPerSecond = count / median(seconds[pass]);
    return { pass, records: count, recordsPerSecond, ratio: recordsPerSecond / baseline };
  });
  for (const result of results) {
    log(`  ${result.pass.padEnd(10)} ${Math.round(result.recordsPerSecond).toLocaleString('en-US').padStart(10)} records/s   ratio to raw insert ${result.ratio.toFixed(2)}`);
  }
  return results;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((arg) => arg !== '--'),
    options: { scale: { type: 'string', default: '1' }, runs: { type: 'string', default: '3' } },
  });
  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error('--scale must be a positive number');
  await runRawLakeBenchmark({ scale, runs: Number(values.runs) });
}
