import type { CliIo } from '../cli-io.js';

/**
 * Runs long ingestion work (`import`, `replay`) with a signal that the first Ctrl-C aborts: the pipeline then stops
 * after the batch it is writing and ends the run `cancelled`, so that the summary still prints and nothing is left
 * half-written or `running`. A second Ctrl-C ends the process at once (see `CliIo.onInterrupt`).
 *
 * @example
 * ```ts
 * const summaries = await stopOnInterrupt(io, (signal) => ingest.importFiles({ userId, paths, signal }));
 * ```
 */
export async function stopOnInterrupt<T>(io: CliIo, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const controller = new AbortController();
  const stopListening = io.onInterrupt?.(() => {
    io.stderr.write('\ninterrupted: stopping after the batch being written (Ctrl-C again to quit at once)\n');
    controller.abort(new Error('interrupted (Ctrl-C)'));
  });
  try {
    return await work(controller.signal);
  } finally {
    stopListening?.();
  }
}
