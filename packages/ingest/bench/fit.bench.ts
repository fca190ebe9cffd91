/**
 * FIT benchmark: a realistic long FIT activity (at scale 1, a 3 h run with a record every second: heart rate, speed,
 * cadence, power, altitude, distance and position, a lap every 10 minutes), encoded deterministically
 * with `@garmin/fitsdk`'s `Encoder`, then timed, as medians of several runs:
 *   - the bare `@garmin/fitsdk` decode (`new Decoder(Stream.fromByteArray(bytes)).read()`, default options);
 *   - `normalizeGarminFit` on the same bytes (decode, JSON raw payload, activity, streams, samples, draft checks);
 *   - `importFiles` of a folder of such files (each a different day) into a fresh SQLite file (detection, raw lake,
 *     canonical rows, streams, samples, dedup), against the bare decode of the same files;
 * and prints each as a ratio to the bare decode, measured in the same run. Nothing here asserts a time.
 *
 *   node --conditions=source --import tsx packages/ingest/bench/fit.bench.ts [--scale 0.1]
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { createTimeOrderedIdFactory, type UserId } from '@trainkit/core';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
// Benchmark only (a devDependency, never imported by published code): the import leg writes to a real SQLite file.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { createIngestPipeline } from '../src/index.js';
import { decodeFit } from '../../providers/src/garmin/fit/decode-fit.js';
import { encodeFitActivity, syntheticRunRecords, type FitLapSpec } from '../../providers/src/test-support/encode-fit-activity.js';
import { formatTiming, median, time, type Timing } from '../../../scripts/bench-support/median-timing.js';

/** Options of {@link runFitBenchmark}. */
export interface FitBenchmarkOptions {
  /** Fraction of the 3 h activity (1 = 10,800 records). */
  readonly scale?: number;
  /** Runs per measurement (the median is reported, the minimum printed beside it). */
  readonly runs?: number;
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** Numbers measured by {@link runFitBenchmark} (medians, ms). */
export interface FitBenchmarkResult {
  readonly records: number;
  readonly bytes: number;
  readonly encodeMs: number;
  readonly bareDecodeMs: number;
  readonly normalizeMs: number;
  readonly samples: number;
  readonly ratio: number;
  /** Files in the import leg. */
  readonly files: number;
  /** Bare decode of every file of the import leg, one after the other. */
  readonly bareFolderMs: number;
  /** `importFiles` of that folder into a fresh SQLite file. */
  readonly importMs: number;
  readonly importRatio: number;
}

/**
 * Builds the benchmark's FIT file: deterministic for a given scale.
 *
 * @example
 * ```ts
 * buildLongFitActivity(0.01).length; // bytes of a 108 s run
 * ```
 */
export function buildLongFitActivity(scale = 1, start = '2025-05-03T05:30:00Z'): Uint8Array {
  const seconds = Math.max(60, Math.round(3 * 3600 * scale));
  const records = syntheticRunRecords({ seconds, speed: 3.05 });
  const lapSeconds = 600;
  const laps: FitLapSpec[] = [];
  for (let offset = 0; offset < seconds; offset += lapSeconds) laps.push({ offsetSeconds: offset, elapsedSeconds: Math.min(lapSeconds, seconds - offset) });
  const last = records[records.length - 1];
  return encodeFitActivity({
    start,
    utcOffsetMinutes: 120,
    sessions: [{
      sport: 'running',
      subSport: 'street',
      elapsedSeconds: seconds,
      distanceM: last?.distance,
      calories: Math.round(seconds * 0.2),
      avgPower: 245,
      totalAscentM: Math.round(seconds / 20),
      records,
      laps,
    }],
  });
}

/**
 * Runs the benchmark and prints its numbers; also returns them. Called by the root `pnpm bench` (`--only fit`).
 *
 * @example
 * ```ts
 * await runFitBenchmark({ scale: 0.1 });
 * ```
 */
export async function runFitBenchmark(options: FitBenchmarkOptions = {}): Promise<FitBenchmarkResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? ((line: string) => console.log(line));
  const runs = options.runs ?? 7;

  const encodeStarted = performance.now();
  const bytes = buildLongFitActivity(scale);
  const encodeMs = performance.now() - encodeStarted;

  // Warm up the JIT, the SDK's profile tables and the schemas.
  const warm = decodeFit(bytes);
  const records = warm.messages.recordMesgs?.length ?? 0;
  const warmResult = normalizeGarminFit(bytes);
  if (warmResult.drafts.length !== 1) throw new Error(`normalizeGarminFit failed on the benchmark file: ${JSON.stringify(warmResult.failures[0]?.failure)}`);
  const samples = warmResult.drafts[0]!.samples.length;

  const bare = time(runs, () => decodeFit(bytes));
  const normalize = time(runs, () => normalizeGarminFit(bytes));
  const ratio = normalize.median / bare.median;
  const mb = bytes.length / 1_000_000;
  const row = (label: string, timing: Timing, extra = '') => log(`  ${label.padEnd(44)} ${formatTiming(timing)} ${extra}`.trimEnd());
  log(`fit: ${records} records (${(records / 3600).toFixed(2)} h at 1 Hz), ${(mb).toFixed(2)} MB, encoded in ${encodeMs.toFixed(0)} ms (scale ${scale}, median of ${runs})`);
  row('bare @garmin/fitsdk decode', bare, `${((records / bare.median) * 1000).toFixed(0)} records/s  ${(mb / (bare.median / 1000)).toFixed(1)} MB/s`);
  row('normalizeGarminFit (decode + drafts)', normalize, `${((records / normalize.median) * 1000).toFixed(0)} records/s  ${samples} samples  ${ratio.toFixed(2)}x bare decode`);
  const folder = await timeFolderImport(scale, runs);
  const importRatio = folder.importMs.median / folder.bareMs.median;
  log(`  folder of ${folder.files} such files, a day apart (${(folder.bytes / 1_000_000).toFixed(2)} MB):`);
  row('  bare decode of every file', folder.bareMs);
  row('  importFiles into a fresh SQLite file', folder.importMs, `${importRatio.toFixed(2)}x bare decode  ${folder.detail}`);
  return {
    records, bytes: bytes.length, encodeMs, bareDecodeMs: bare.median, normalizeMs: normalize.median, samples, ratio,
    files: folder.files, bareFolderMs: folder.bareMs.median, importMs: folder.importMs.median, importRatio,
  };
}

/** Writes a folder of FIT files (a day apart, so none merge) and times their bare decode and their import. */
async function timeFolderImport(scale: number, runs: number): Promise<{ files: number; bytes: number; bareMs: Timing; importMs: Timing; detail: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'trainkit-fit-bench-'));
  try {
    const files = Math.max(2, Math.round(10 * Math.min(1, scale * 10)));
    const contents: Uint8Array[] = [];
    for (let day = 0; day < files; day += 1) {
      const content = buildLongFitActivity(scale, new Date(Date.parse('2025-05-03T05:30:00Z') + day * 86_400_000).toISOString());
      contents.push(content);
      await writeFile(join(dir, `activity-${day}.fit`), content);
    }
    const bareMs = time(runs, () => contents.forEach((content) => decodeFit(content)));
    const importTimes: number[] = [];
    let detail = '';
    const importRuns = Math.max(1, Math.min(3, runs));
    for (let run = 0; run < importRuns; run += 1) {
      const database = join(dir, `import-${run}.sqlite`);
      const storage = await createSqliteStorage({ path: database, migrate: true });
      try {
        const userId = 'usr_bench' as UserId;
        await storage.users.insert({ id: userId, created_at: '2024-01-01T00:00:00.000Z' });
        const pipeline = createIngestPipeline({ storage, clock: () => new Date('2025-06-01T00:00:00.000Z'), ids: createTimeOrderedIdFactory(() => Date.now()) });
        const started = performance.now();
        const summaries = await pipeline.importFiles({ userId, paths: [dir] });
        importTimes.push(performance.now() - started);
        const fitRuns = summaries.filter((summary) => summary.run.provider === 'garmin');
        const failed = fitRuns.filter((summary) => summary.run.status !== 'succeeded').length;
        if (failed > 0) throw new Error(`the FIT import failed: ${JSON.stringify(fitRuns.map((summary) => summary.failures[0]))}`);
        detail = `${fitRuns.length} runs, ${(await storage.activityInstances.list(userId)).length} activities`;
      } finally {
        await storage.close();
        await rm(database, { force: true });
      }
    }
    return { files, bytes: contents.reduce((sum, content) => sum + content.length, 0), bareMs, importMs: { median: median(importTimes), min: Math.min(...importTimes) }, detail };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' } },
  });
  await runFitBenchmark({ scale: Number(values.scale) });
}
