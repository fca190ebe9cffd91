/**
 * One leg of the Apple Health benchmark (`apple-health.bench.ts` starts it, one process per leg), in plain
 * JavaScript on the built packages: no TypeScript loader in the process, so its time and RSS are what an application
 * running trainkit gets. Prints one JSON line: { leg, seconds, peakRssMb, startRssMb, records, detail } (`records`:
 * the elements or `Record`s the leg counted itself; 0 for the imports, whose records/s the parent computes from the
 * generator's count).
 *
 *   node packages/ingest/bench/apple-health-leg.mjs --leg bare|reader|import|import-capped|import-worker|import-worker-lean --file export.xml --dir <tmp>
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { parseArgs, TextDecoder } from 'node:util';
import { createTimeOrderedIdFactory } from '@trainkit/core';
import { createIngestPipeline } from '@trainkit/ingest';
import { readAppleHealthXml } from '@trainkit/providers/apple-health';
// Benchmark only (a devDependency, never imported by published code): the import legs write to a real SQLite file.
// eslint-disable-next-line trainkit/dependency-direction -- see above
import { createSqliteStorage } from '@trainkit/storage-kysely/sqlite';
import { SaxesParser } from 'saxes';

const CHUNK = 256 * 1024;
/** The SQLite page cache of the lean leg, in MiB (the storage's default is 64). */
const LEAN_CACHE_MIB = 16;

/** The baseline: the same bytes decoded as UTF-8 and parsed by a bare saxes parser that only counts elements. */
async function bareParse(file) {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const decoder = new TextDecoder('utf-8');
  let elements = 0;
  let errors = 0;
  parser.on('opentag', () => (elements += 1));
  parser.on('error', () => (errors += 1));
  for await (const chunk of createReadStream(file, { highWaterMark: CHUNK })) parser.write(decoder.decode(chunk, { stream: true }));
  parser.write(decoder.decode());
  parser.close();
  return { records: elements, detail: `${elements.toLocaleString('en-US')} elements${errors > 0 ? `, ${errors} errors` : ''}` };
}

async function readerOnly(file) {
  let summary = null;
  let drafts = 0;
  let samples = 0;
  for await (const batch of readAppleHealthXml(createReadStream(file, { highWaterMark: CHUNK }), { onSummary: (value) => (summary = value) })) {
    drafts += batch.drafts.length;
    for (const draft of batch.drafts) samples += draft.samples.length;
  }
  return { records: summary?.elements.Record ?? 0, detail: `${drafts.toLocaleString('en-US')} raw records, ${samples.toLocaleString('en-US')} samples` };
}

async function importInto(leg, file, dir) {
  const database = join(dir, `${leg}.sqlite`);
  const storage = await createSqliteStorage({ path: database, migrate: true, ...(leg === 'import-worker-lean' ? { cacheSizeMib: LEAN_CACHE_MIB } : {}) });
  try {
    const userId = 'usr_bench';
    await storage.users.insert({ id: userId, created_at: '2024-01-01T00:00:00.000Z' });
    // The ids createTrainkit gives new rows by default (random ids would scatter every insert across the indexes).
    const pipeline = createIngestPipeline({ storage, clock: () => new Date('2025-06-01T00:00:00.000Z'), ids: createTimeOrderedIdFactory(() => Date.now()) });
    const [summary] = await pipeline.importFiles({ userId, paths: [file], worker: leg.startsWith('import-worker') });
    const counts = summary?.counts;
    return {
      records: 0,
      detail: `run ${summary?.run.status ?? 'none'}: ${counts?.new ?? 0} new raw records, ${counts?.failed ?? 0} failed, ${counts?.skipped ?? 0} skipped (${((await stat(database)).size / 1_000_000).toFixed(0)} MB database)`,
    };
  } finally {
    await storage.close();
  }
}

const { values } = parseArgs({ options: { leg: { type: 'string' }, file: { type: 'string' }, dir: { type: 'string' } } });
const { leg, file, dir } = values;
if (leg === undefined || file === undefined || dir === undefined) throw new Error('usage: apple-health-leg.mjs --leg <leg> --file <export.xml> --dir <folder>');
const startRss = process.memoryUsage.rss();
let peak = startRss;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
const started = performance.now();
let result;
try {
  result = leg === 'bare' ? await bareParse(file) : leg === 'reader' ? await readerOnly(file) : await importInto(leg, file, dir);
} finally {
  clearInterval(sampler);
}
peak = Math.max(peak, process.memoryUsage.rss());
process.stdout.write(`${JSON.stringify({ leg, seconds: (performance.now() - started) / 1000, peakRssMb: peak / 1_000_000, startRssMb: startRss / 1_000_000, ...result })}\n`);
