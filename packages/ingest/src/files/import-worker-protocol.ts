import type { NormalizationResult, ProviderRecordDraft } from '@trainkit/providers';

/** What a worker reads: an Apple Health export (zip or XML file, with the companion files found beside it). */
export interface ImportWorkerJob {
  readonly format: 'apple_health_zip' | 'apple_health_xml';
  readonly path: string;
  readonly companions: readonly string[];
}

/** A draft as the worker sends it: its record without the parsed payload, which travels as text beside it. */
export type DraftWithoutPayload = Omit<ProviderRecordDraft, 'record'> & { readonly record: Omit<ProviderRecordDraft['record'], 'raw_payload'> };

/**
 * A normalization result as the worker sends it: the drafts' payloads as their canonical JSON in UTF-8, all in one
 * transferred buffer (draft `i` at bytes `ranges[2i]` to `ranges[2i + 1]`), with their item counts (index for index),
 * so that the writing thread neither decodes nor serializes the payloads again (it hashes the bytes).
 */
export interface SerializedResult {
  readonly result: Omit<NormalizationResult, 'drafts'> & { readonly drafts: readonly DraftWithoutPayload[] };
  readonly utf8: ArrayBuffer;
  readonly ranges: readonly number[];
  readonly items: readonly number[];
}

/** Messages from the worker: it started, a result (with the bytes read so far), the end, or an error. */
export type ImportWorkerMessage =
  | { readonly type: 'ready' }
  | ({ readonly type: 'result'; readonly bytesRead: number } & SerializedResult)
  | { readonly type: 'end'; readonly bytesRead: number }
  | { readonly type: 'error'; readonly message: string };

/** The message the main thread sends after taking a result: the worker may send one more. */
export const IMPORT_WORKER_CREDIT = 'credit';

/** Results a worker may send ahead of the main thread (backpressure: the worker waits beyond this). */
export const IMPORT_WORKER_AHEAD = 2;
