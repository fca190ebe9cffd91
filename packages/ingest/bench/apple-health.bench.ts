/**
 * Apple Health benchmark (`pnpm bench -- --only apple-health`; nothing here asserts a time). Generates a realistic
 * multi-year `export.xml` (scale 1 = 1 GB, 0.1 = 100 MB; deterministic, seeded) into a temporary folder, then measures,
 * each leg in a fresh Node process of its own so that peak RSS is that leg's alone:
 *
 *   (a) bare `saxes`: the same bytes decoded as UTF-8 and parsed by a bare parser that only counts elements (the
 *       baseline);
 *   (b) `readAppleHealthXml` alone: DTD and control-character filter, parse, grouping, drafts (batches discarded);
 *   (c) the full import into a fresh SQLite file: `createIngestPipeline(...).importFiles` (detection, raw lake with
 *       content hashes, canonical rows, daily totals, samples);
 *   (d) the same import in a process started with `--max-old-space-size=128`: the working set is a few tens of
 *       megabytes whatever the file size, and V8 otherwise lets garbage grow the heap to several times that before
 *       collecting it; this shows the bounded working set (and what a memory-conscious deployment gets);
 *   (e) the import with the export read in a worker thread (`importFiles(..., { worker: true })`, what the CLI does
 *       with a core to spare): parsing, normalizing and hashing the raw records on another core while the main thread
 *       writes;
 *   (f) (e) set up for memory: old space capped at 128 MB, young generation semi-spaces at 4 MB
 *       (`--max-semi-space-size=4`: V8 sizes them from the heap otherwise, and the main thread's garbage is mostly
 *       short-lived; the reading worker follows that flag too), and a 16 MiB SQLite page cache (`cacheSizeMib: 16`),
 *       which the time-ordered ids trainkit gives new rows make enough (bulk inserts land at the end of each index).
 *
 * Every import leg names new rows with `createTimeOrderedIdFactory`, as `createTrainkit` does by default.
 *
 * The legs run on the built packages (the bench builds them first), as an application does. Prints MB/s, records/s
 * (`Record` elements of the file), peak RSS (sampled every 20 ms; the RSS at the start of the leg, modules loaded,
 * beside it) and each leg's time as a ratio to the bare parse. The bare parse runs before the first leg and again
 * after each one, and a leg is compared with the mean of the two bare parses around it: the speed of a shared
 * machine drifts by a quarter or more within minutes, so one bare parse at the start made the later legs' ratios
 * drift with it. The bare row shows the median of those parses and their range. Targets (issue 8): peak RSS under
 * 300 MB at any size; the import within 2.5x of the bare parse. The temporary folder is deleted at the end.
 *
 *   node --conditions=source --import tsx packages/ingest/bench/apple-health.bench.ts [--scale 0.1] [--legs bare,reader,import]
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeAppleHealthExportXml } from '../../providers/src/apple-health/testing/write-apple-health-export.js';

/** The legs of the benchmark. */
export const APPLE_HEALTH_BENCH_LEGS = ['bare', 'reader', 'import', 'import-capped', 'import-worker', 'import-worker-lean'] as const;
/** The legs run by default: all of them. */
export const APPLE_HEALTH_DEFAULT_LEGS: readonly Leg[] = APPLE_HEALTH_BENCH_LEGS;
type Leg = (typeof APPLE_HEALTH_BENCH_LEGS)[number];

/** Options of {@link runAppleHealthBenchmark}. */
export interface AppleHealthBenchmarkOptions {
  /** Size of the export: 1 = 1 GB, 0.1 = 100 MB. */
  readonly scale?: number;
  /** Legs to run (default `APPLE_HEALTH_DEFAULT_LEGS`; `bare` always runs, before the first leg and after each one). */
  readonly legs?: readonly Leg[];
  /** Where to print (default `console.log`). */
  readonly log?: (line: string) => void;
}

/** One leg's numbers. */
export interface AppleHealthLegResult {
  readonly leg: Leg;
  readonly seconds: number;
  readonly peakRssMb: number;
  /** RSS when the leg started (the process with its modules loaded). */
  readonly startRssMb: number;
  /** `Record` elements read (the bare parse counts every element). */
  readonly records: number;
  readonly detail: string;
}

/** One leg's numbers with its ratio to the bare parse: the mean of the bare parses run just before and after it. */
export interface AppleHealthLegRow extends AppleHealthLegResult {
  readonly baselineSeconds: number;
  readonly ratio: number;
  readonly mbPerSecond: number;
  readonly recordsPerSecond: number;
}

/** What {@link runAppleHealthBenchmark} measured. */
export interface AppleHealthBenchmarkResult {
  readonly bytes: number;
  readonly days: number;
  readonly records: number;
  readonly generateSeconds: number;
  /** Every bare parse, in the order run (before the first leg, then after each leg). */
  readonly bareSeconds: readonly number[];
  /** The bare row first (its median run, ratio 1), then each leg. */
  readonly legs: readonly AppleHealthLegRow[];
}

/** Runs the benchmark: generate, then each leg in its own process; prints a table and returns the numbers. */
export async function runAppleHealthBenchmark(options: AppleHealthBenchmarkOptions = {}): Promise<AppleHealthBenchmarkResult> {
  const scale = options.scale ?? 1;
  const log = options.log ?? console.log;
  const legs = (options.legs ?? APPLE_HEALTH_DEFAULT_LEGS).filter((leg) => leg !== 'bare');
  const dir = await mkdtemp(join(tmpdir(), 'trainkit-apple-bench-'));
  try {
    const file = join(dir, 'export.xml');
    const started = performance.now();
    const written = await writeAppleHealthExportXml(file, { targetBytes: Math.round(scale * 1_000_000_000), seed: 1 });
    const generateSeconds = (performance.now() - started) / 1000;
    const mb = written.bytes / 1_000_000;
    log(`apple-health: export.xml of ${mb.toFixed(0)} MB, ${written.days} days, ${written.records} records, ${written.workouts} workouts (generated in ${generateSeconds.toFixed(1)} s, scale ${scale})`);
    buildMeasuredPackages(log);
    const bares = [await runLegInChild('bare', file, dir)];
    const measured: { readonly result: AppleHealthLegResult; readonly baselineSeconds: number }[] = [];
    for (const leg of legs) {
      const result = await runLegInChild(leg, file, dir);
      const before = bares.at(-1)!;
      const after = await runLegInChild('bare', file, dir);
      bares.push(after);
      measured.push({ result, baselineSeconds: (before.seconds + after.seconds) / 2 });
    }
    const bareSeconds = bares.map((bare) => bare.seconds);
    const median = [...bares].sort((a, b) => a.seconds - b.seconds)[Math.floor((bares.length - 1) / 2)]!;
    const range = `${bares.length} runs, ${Math.min(...bareSeconds).toFixed(2)}-${Math.max(...bareSeconds).toFixed(2)} s`;
    const row = (result: AppleHealthLegResult, baselineSeconds: number): AppleHealthLegRow => ({
      ...result,
      baselineSeconds,
      ratio: result.seconds / baselineSeconds,
      mbPerSecond: mb / result.seconds,
      recordsPerSecond: written.records / result.seconds,
    });
    const rows = [
      row({ ...median, detail: bares.length > 1 ? `${median.detail} (median of ${range})` : median.detail }, median.seconds),
      ...measured.map(({ result, baselineSeconds }) => row(result, baselineSeconds)),
    ];
    const label: Record<Leg, string> = {
      bare: '(a) bare saxes parse',
      reader: '(b) readAppleHealthXml',
      import: '(c) importFiles into SQLite',
      'import-capped': '(d) (c), old space capped 128 MB',
      'import-worker': '(e) (c), reader in a worker',
      'import-worker-lean': '(f) (e), lean heap, 16 MiB cache',
    };
    for (const row of rows) {
      const ratio = row.leg === 'bare' ? '1.00x bare' : `${row.ratio.toFixed(2)}x bare (${row.baselineSeconds.toFixed(2)} s around it)`;
      log(
        `  ${label[row.leg].padEnd(40)} ${row.seconds.toFixed(2).padStart(7)} s  ${row.mbPerSecond.toFixed(1).padStart(6)} MB/s  ${Math.round(row.recordsPerSecond).toLocaleString('en-US').padStart(9)} records/s  peak RSS ${row.peakRssMb.toFixed(0).padStart(4)} MB (${row.startRssMb.toFixed(0)} at start)  ${ratio}  ${row.detail}`,
      );
    }
    return { bytes: written.bytes, days: written.days, records: written.records, generateSeconds, bareSeconds, legs: rows };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Builds the packages the legs load (`@trainkit/ingest`, `@trainkit/storage-kysely` and what they depend on): the legs
 * measure the built code an application runs, not TypeScript compiled on the fly (which alone adds about 80 MB of
 * RSS and slows the first seconds).
 */
function buildMeasuredPackages(log: (line: string) => void): void {
  const started = performance.now();
  const root = fileURLToPath(new URL('../../..', import.meta.url));
  execFileSync('pnpm', ['-r', '--filter', '@trainkit/ingest...', '--filter', '@trainkit/storage-kysely...', 'run', 'build'], { cwd: root, stdio: 'ignore' });
  log(`apple-health: built @trainkit/ingest, @trainkit/storage-kysely and their dependencies in ${((performance.now() - started) / 1000).toFixed(1)} s; each leg runs on them`);
}

/** Runs one leg in a fresh Node process (`apple-health-leg.mjs`, plain JavaScript on the built packages). */
async function runLegInChild(leg: Leg, file: string, dir: string): Promise<AppleHealthLegResult> {
  const flags =
    leg === 'import-capped' ? ['--max-old-space-size=128'] : leg === 'import-worker-lean' ? ['--max-old-space-size=128', '--max-semi-space-size=4'] : [];
  const script = fileURLToPath(new URL('./apple-health-leg.mjs', import.meta.url));
  const child = spawn(process.execPath, [...flags, script, '--leg', leg, '--file', file, '--dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (text: string) => (output += text));
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const line = output.trim().split('\n').at(-1) ?? '';
  if (code !== 0 || !line.startsWith('{')) throw new Error(`the ${leg} leg failed (exit ${code}): ${output.slice(-2000)}`);
  return JSON.parse(line) as AppleHealthLegResult;
}

const invokedDirectly = process.argv[1] !== undefined && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'));
if (invokedDirectly) {
  const { values } = parseArgs({
    args: process.argv.slice(2).filter((argument) => argument !== '--'),
    options: { scale: { type: 'string', default: '1' }, legs: { type: 'string' } },
  });
  const legs = values.legs === undefined ? undefined : (values.legs.split(',') as Leg[]);
  await runAppleHealthBenchmark({ scale: Number(values.scale), ...(legs === undefined ? {} : { legs }) });
}
