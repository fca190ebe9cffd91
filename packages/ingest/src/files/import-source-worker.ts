/**
 * Worker-thread entry of `readInWorker`: reads one Apple Health export (the XML parse and normalization, the zip's
 * inflation, the routes) and posts each normalization result to the main thread, which meanwhile writes the previous
 * ones. At most `IMPORT_WORKER_AHEAD` results wait in the channel: the worker pauses until the main thread takes one.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { NormalizationResult } from '@trainkit/providers';
import { IMPORT_WORKER_AHEAD, IMPORT_WORKER_CREDIT, type ImportWorkerJob, type ImportWorkerMessage, type SerializedResult } from './import-worker-protocol.js';
import { Utf8PayloadWriter } from '../lake/utf8-payload-writer.js';
import { readAppleHealthXmlFile } from './read-apple-health-xml-file.js';
import { readAppleHealthZip, ZipProgress } from './read-apple-health-zip.js';

const port = parentPort;
const job = workerData as ImportWorkerJob;

if (port !== null) {
  let credits = IMPORT_WORKER_AHEAD;
  let wake: (() => void) | null = null;
  port.on('message', (message: unknown) => {
    if (message !== IMPORT_WORKER_CREDIT) return;
    credits += 1;
    wake?.();
    wake = null;
  });
  const send = (message: ImportWorkerMessage) => port.postMessage(message, message.type === 'result' ? [message.utf8] : []);
  send({ type: 'ready' });
  const run = async () => {
    let bytes = 0;
    const progress = new ZipProgress();
    const bytesRead = () => (job.format === 'apple_health_zip' ? progress.read() : bytes);
    const results: AsyncIterable<NormalizationResult> =
      job.format === 'apple_health_zip' ? readAppleHealthZip(job.path, progress) : readAppleHealthXmlFile(job.path, job.companions, (read) => (bytes += read));
    for await (const result of results) {
      while (credits === 0) await new Promise<void>((resolve) => (wake = resolve));
      credits -= 1;
      send({ type: 'result', ...serialized(result), bytesRead: bytesRead() });
    }
    send({ type: 'end', bytesRead: bytesRead() });
  };
  run().then(
    () => port.close(),
    (error: unknown) => {
      send({ type: 'error', message: error instanceof Error ? error.message : String(error) });
      port.close();
    },
  );
}

/**
 * The result with its payloads serialized here: the canonical JSON the lake stores (and the writing thread hashes) is
 * made once, in this thread, as UTF-8 in one buffer that is transferred to the writing thread, not copied (see
 * `Utf8PayloadWriter`).
 */
function serialized(result: NormalizationResult): SerializedResult {
  const writer = new Utf8PayloadWriter();
  const ranges: number[] = [];
  const items: number[] = [];
  const drafts = result.drafts.map((draft) => {
    const { raw_payload: payload, ...record } = draft.record;
    const written = writer.add(payload);
    ranges.push(written.start, written.end);
    items.push(written.items);
    return { ...draft, record };
  });
  return { result: { ...result, drafts }, utf8: writer.take(), ranges, items };
}
