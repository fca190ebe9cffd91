import type { ContentHash } from '@trainkit/core';
import type { NormalizationResult } from '@trainkit/providers';

/** What a worker reads: an Apple Health export (zip or XML file, with the companion files found beside it). */
export interface ImportWorkerJob {
  readonly format: 'apple_health_zip' | 'apple_health_xml';
  readonly path: string;
  readonly companions: readonly string[];
}

/** Messages from the worker: it started, a result (with the bytes read so far), the end, or an error. */
export type ImportWorkerMessage =
  | { readonly type: 'ready' }
  | { readonly type: 'result'; readonly result: NormalizationResult; readonly hashes: readonly ContentHash[]; readonly bytesRead: number }
  | { readonly type: 'end'; readonly bytesRead: number }
  | { readonly type: 'error'; readonly message: string };

/** The message the main thread sends after taking a result: the worker may send one more. */
export const IMPORT_WORKER_CREDIT = 'credit';

/** Results a worker may send ahead of the main thread (backpressure: the worker waits beyond this). */
export const IMPORT_WORKER_AHEAD = 2;
