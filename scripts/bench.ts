/**
 * `pnpm bench`: every benchmark of the workspace, one after the other. Each prints its own numbers as ratios
 * against a baseline measured in the same run; nothing here asserts a time.
 *
 *   pnpm bench                  all benchmarks at full scale
 *   pnpm bench -- --scale 0.1   a tenth of the data (quick look)
 *   pnpm bench -- --only fatigue|planning|storage|raw-lake|fit|apple-health|server
 *   server: load on the example server (webhooks, fatigue reports) on SQLite and PostgreSQL (TRAINKIT_BENCH_POSTGRES_URL)
 */
import { parseArgs } from 'node:util';
import { runFatigueBenchmark } from '../packages/fatigue/bench/fatigue.bench.js';
import { runPlanningBenchmark } from '../packages/planning/bench/planning.bench.js';
import { runStorageBenchmark } from '../packages/storage-kysely/bench/storage.bench.js';
import { runRawLakeBenchmark } from '../packages/storage-kysely/bench/raw-lake.bench.js';
import { runAppleHealthBenchmark } from '../packages/ingest/bench/apple-health.bench.js';
import { runFitBenchmark } from '../packages/ingest/bench/fit.bench.js';

const { values } = parseArgs({
  args: process.argv.slice(2).filter((arg) => arg !== '--'),
  options: { scale: { type: 'string', default: '1' }, only: { type: 'string' } },
});
const scale = Number(values.scale);
if (!(scale > 0)) throw new Error('--scale must be a positive number');

if (!values.only || values.only === 'fatigue') await runFatigueBenchmark({ scale });
if (!values.only || values.only === 'planning') await runPlanningBenchmark({ scale });
if (!values.only || values.only === 'storage') await runStorageBenchmark({ scale, postgresUrl: process.env.TRAINKIT_BENCH_POSTGRES_URL });
if (!values.only || values.only === 'raw-lake') await runRawLakeBenchmark({ scale });
if (!values.only || values.only === 'fit') await runFitBenchmark({ scale });
if (!values.only || values.only === 'apple-health') await runAppleHealthBenchmark({ scale });
if (!values.only || values.only === 'server') {
  // Loaded at run time: examples/server is its own TypeScript project, outside the one that type-checks scripts/.
  const serverBench = new URL('../examples/server/bench/server.bench.ts', import.meta.url).href;
  const { runServerBenchmark } = (await import(serverBench)) as { runServerBenchmark(options: { scale: number; postgresUrl: string | undefined }): Promise<unknown> };
  await runServerBenchmark({ scale, postgresUrl: process.env.TRAINKIT_BENCH_POSTGRES_URL });
}
