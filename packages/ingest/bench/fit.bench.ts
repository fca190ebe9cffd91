/**
 * FIT benchmark: a realistic long FIT activity (at scale 1, a 3 h run with a record every second: heart rate, speed,
 * cadence, power, altitude, distance and position, a lap every 10 minutes), encoded deterministically
 * with `@garmin/fitsdk`'s `Encoder`, then timed, as medians of several runs:
 *   - the bare `@garmin/fitsdk` decode (`new Decoder(Stream.fromByteArray(bytes)).read()`, default options);
 *   - `normalizeGarminFit` on the same bytes (decode, JSON raw payload, activity, streams, samples, draft checks);
 * and prints the ratio of the two, measured in the same run. Nothing here asserts a time.
 *
 *   node --conditions=source --import tsx packages/ingest/bench/fit.bench.ts [--scale 0.1]
 */
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import { decodeFit } from '../../providers/src/garmin/fit/decode-fit.js';
import { encodeFitActivity, syntheticRunRecords, type FitLapSpec } from '../../providers/src/test-support/encode-fit-activity.js';

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
}

interface Timing {
  readonly median: number;
  readonly min: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function time(runs: number, action: () => unknown): Timing {
  const samples: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    action();
    samples.push(performance.now() - started);
  }
  return { median: median(samples), min: Math.min(...samples) };
}

function format(timing: Timing): string {
  return `${timing.median.toFixed(1)} ms (min ${timing.min.toFixed(1)})`.padEnd(26);
}

/**
 * Builds the benchmark's FIT file: deterministic for a given scale.
 *
 * @example
 * ```ts
 * buildLongFitActivity(0.01).length; // bytes of a 108 s run
 * ```
 */
export function buildLongFitActivity(scale = 1): Uint8Array {
  const seconds = Math.max(60, Math.round(3 * 3600 * scale));
  const records = syntheticRunRecords({ seconds, speed: 3.05 });
  const lapSeconds = 600;
  const laps: FitLapSpec[] = [];
  for (let offset = 0; offset < seconds; offset += lapSeconds) laps.push({ offsetSeconds: offset, elapsedSeconds: Math.min(lapSeconds, seconds - offset) });
  const last = records[records.length - 1];
  return encodeFitActivity({
    start: '2025-05-03T05:30:00Z',
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
  const row = (label: string, timing: Timing, extra = '') => log(`  ${label.padEnd(44)} ${format(timing)} ${extra}`.trimEnd());
  log(`fit: ${records} records (${(records / 3600).toFixed(2)} h at 1 Hz), ${(mb).toFixed(2)} MB, encoded in ${encodeMs.toFixed(0)} ms (scale ${scale}, median of ${runs})`);
  row('bare @garmin/fitsdk decode', bare, `${((records / bare.median) * 1000).toFixed(0)} records/s  ${(mb / (bare.median / 1000)).toFixed(1)} MB/s`);
  row('normalizeGarminFit (decode + drafts)', normalize, `${((records / normalize.median) * 1000).toFixed(0)} records/s  ${samples} samples  ${ratio.toFixed(2)}x bare decode`);
  return { records, bytes: bytes.length, encodeMs, bareDecodeMs: bare.median, normalizeMs: normalize.median, samples, ratio };
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' } },
  });
  await runFitBenchmark({ scale: Number(values.scale) });
}
