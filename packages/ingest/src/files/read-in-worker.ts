import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { JsonText } from '@trainkit/core';
import type { NormalizationResult } from '@trainkit/providers';
import { contentHashOfCanonicalUtf8 } from '../lake/content-hash.js';
import { recordWithSerializedPayload } from '../lake/serialized-payload.js';
import { IMPORT_FILES_NORMALIZER } from './import-source.js';
import { IMPORT_WORKER_CREDIT, type ImportWorkerJob, type ImportWorkerMessage, type SerializedResult } from './import-worker-protocol.js';

/**
 * The worker's heap limit: the old generation keeps room for a long route file parsed whole. Its young generation is
 * left to the process's own setting (`--max-semi-space-size`, which V8 applies to every thread): with V8's default,
 * what the reader holds for a while (a day of heart-rate records) mostly dies young, and the worker's collector
 * pauses for 1.2 s instead of 1.6 s per 200 MB of export (with an 8 MB young generation); a process started lean (a
 * 4 MB semi-space, see the ingestion guide) keeps its worker lean too.
 */
const WORKER_LIMITS = { maxOldGenerationSizeMb: 192 };

/**
 * How to start the worker. In the build, `import-source-worker.js` beside this module. From the TypeScript source
 * (tests, `tsx`), `import-source-worker.ts` through a small bootstrap that registers tsx's loader in the worker (a
 * worker does not inherit the parent's loader hooks) and resolves workspace packages to their source; `null` when
 * neither is available.
 */
function workerStart(): { readonly script: URL | string; readonly options: WorkerOptions } | null {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(fromSource ? './import-source-worker.ts' : './import-source-worker.js', import.meta.url);
  if (entry.protocol !== 'file:' || !existsSync(fileURLToPath(entry))) return null;
  if (!fromSource) return { script: entry, options: {} };
  const tsx = createRequire(import.meta.url).resolve('tsx/package.json');
  const api = pathToFileURL(join(dirname(tsx), 'dist', 'esm', 'api', 'index.mjs')).href;
  const bootstrap = `import(${JSON.stringify(api)}).then(({ register }) => { register(); return import(${JSON.stringify(entry.href)}); });`;
  return { script: bootstrap, options: { eval: true, execArgv: ['--conditions=source'] } };
}

/**
 * Reads an Apple Health export in a worker thread, so that parsing and normalizing (about as costly as the bare XML
 * parse itself) run on another core while the caller writes the previous results. Yields the same results as
 * `inProcess()` would, in the same order; `onBytes` gets the bytes read so far with each result. When no worker can
 * be started (no worker entry in this build, a runtime without threads, a loader that cannot run it), it reads in
 * this thread instead. A worker that fails after starting ends the stream with a `normalizer_error` failure.
 */
export async function* readInWorker(
  job: ImportWorkerJob,
  onBytes: (bytes: number) => void,
  inProcess: () => AsyncGenerator<NormalizationResult>,
): AsyncGenerator<NormalizationResult> {
  let worker: Worker;
  try {
    const start = workerStart();
    if (start === null) throw new Error('no worker entry');
    worker = new Worker(start.script, { ...start.options, workerData: job, resourceLimits: WORKER_LIMITS });
  } catch {
    yield* inProcess();
    return;
  }
  const queue: ImportWorkerMessage[] = [];
  let wake: (() => void) | null = null;
  let crash: string | null = null;
  let exited = false;
  const notify = () => {
    wake?.();
    wake = null;
  };
  worker.on('message', (message: ImportWorkerMessage) => {
    queue.push(message);
    notify();
  });
  worker.on('error', (error: Error) => {
    crash = error.message || String(error);
    notify();
  });
  worker.on('exit', () => {
    exited = true;
    notify();
  });
  let started = false;
  try {
    for (;;) {
      while (queue.length === 0 && crash === null && !exited) await new Promise<void>((resolve) => (wake = resolve));
      const message = queue.shift();
      if (message === undefined) {
        if (!started) {
          // The worker could not start (its loader, its modules): read here instead.
          yield* inProcess();
          return;
        }
        yield failure(`the reading worker stopped: ${crash ?? 'it exited before the end of the file'}`);
        return;
      }
      if (message.type === 'ready') started = true;
      else if (message.type === 'result') {
        onBytes(message.bytesRead);
        yield deserialized(message);
        worker.postMessage(IMPORT_WORKER_CREDIT);
      } else if (message.type === 'end') {
        onBytes(message.bytesRead);
        return;
      } else {
        yield failure(`the reading worker failed: ${message.message}`);
        return;
      }
    }
  } finally {
    await worker.terminate();
  }
}

/**
 * The result the worker serialized, its drafts' payloads hashed here and parsed only when read (see
 * `recordWithSerializedPayload`).
 */
function deserialized({ result, utf8, ranges, items }: SerializedResult): NormalizationResult {
  const drafts = result.drafts.map((draft, index) => {
    const start = ranges[2 * index]!;
    const bytes = new Uint8Array(utf8, start, ranges[2 * index + 1]! - start);
    const hash = contentHashOfCanonicalUtf8(bytes);
    return { ...draft, record: recordWithSerializedPayload(draft.record, { json: JsonText.fromUtf8(bytes), hash, items: items[index]! }) };
  });
  return { ...result, drafts };
}

function failure(message: string): NormalizationResult {
  return { normalizer: IMPORT_FILES_NORMALIZER, drafts: [], failures: [{ external_id: null, raw_payload: null, failure: { code: 'normalizer_error', message, path: [] } }], skipped: [], next_token: null };
}
