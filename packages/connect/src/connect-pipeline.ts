import type { ExternalIngestionRunRow, IngestionRunKind, JsonValue } from '@trainkit/core';
import type { ConnectProvider } from './connect-provider.js';

/**
 * Counts of one pipeline call or run, as `@trainkit/ingest` reports them.
 *
 * @example
 * ```ts
 * const counts: ConnectIngestCounts = { seen: 3, new: 2, updated: 0, unchanged: 1, failed: 0, skipped: 0 };
 * ```
 */
export interface ConnectIngestCounts {
  readonly seen: number;
  readonly new: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly failed: number;
  readonly skipped: number;
}

/**
 * What connect needs from the ingestion pipeline. `@trainkit/ingest`'s `IngestPipeline` satisfies it; the `trainkit`
 * facade wires the two together, so connect never imports ingest (layer-2 siblings stay independent).
 *
 * - `openRun` opens a run (`sync`, `backfill` or `webhook`) that several `ingestPayload` calls continue.
 * - `ingestPayload` stores one provider response exactly as received (text or parsed JSON) and normalizes it; a
 *   payload that fails is recorded on the run with its raw text, never thrown.
 * - `finishRun` closes the run with its totals and the cursor the next sync resumes from.
 * - `deleteRecords` removes a provider's raw records (all of them, or the listed external ids) and every canonical row
 *   that came only from them, recording the deletion as a run; merged activities keep their other sources.
 *
 * @example
 * ```ts
 * const pipeline: ConnectPipeline = trainkit.ingest;
 * ```
 */
export interface ConnectPipeline {
  openRun(input: { readonly userId: string; readonly provider: ConnectProvider; readonly kind?: IngestionRunKind }): Promise<ExternalIngestionRunRow>;
  ingestPayload(input: {
    readonly userId: string;
    readonly provider: ConnectProvider;
    readonly resource: string;
    readonly payload: unknown;
    readonly runId?: string;
    readonly kind?: IngestionRunKind;
    readonly options?: { readonly activityId?: string | number; readonly date?: string };
  }): Promise<{ readonly run: ExternalIngestionRunRow; readonly counts: ConnectIngestCounts }>;
  finishRun(input: { readonly userId: string; readonly runId: string; readonly cursor?: JsonValue | null }): Promise<{
    readonly run: ExternalIngestionRunRow;
    readonly counts: ConnectIngestCounts;
  }>;
  deleteRecords(input: DeleteRecordsInput): Promise<DeleteRecordsResult>;
}

/**
 * Which raw records `ConnectPipeline.deleteRecords` removes.
 *
 * @example
 * ```ts
 * const input: DeleteRecordsInput = { userId: 'usr_1', provider: 'strava', externalIds: ['11843527901'], reason: 'strava webhook: activity deleted' };
 * ```
 */
export interface DeleteRecordsInput {
  readonly userId: string;
  readonly provider: ConnectProvider;
  /** Only these external ids (and their child records, e.g. streams); omitted = every record of the provider. */
  readonly externalIds?: readonly string[];
  /** Why, recorded on the run (e.g. `strava deauthorization`). */
  readonly reason: string;
  /** Run kind; default `webhook`. */
  readonly kind?: IngestionRunKind;
}

/**
 * What `deleteRecords` removed, and the run that records it.
 *
 * @example
 * ```ts
 * const result: DeleteRecordsResult = await pipeline.deleteRecords({ userId, provider: 'strava', reason: 'deauthorization' });
 * console.log(result.deleted.records, result.deleted.activities);
 * ```
 */
export interface DeleteRecordsResult {
  readonly run: ExternalIngestionRunRow;
  readonly deleted: {
    /** Raw records (`external_activity_records`, children included). */
    readonly records: number;
    /** Canonical activities that had no other source. */
    readonly activities: number;
    /** Merged activities that lost this source and were rebuilt from the rest. */
    readonly activitiesRebuilt: number;
    /** Recovery signals, biometrics, samples, streams and daily totals. */
    readonly otherRows: number;
  };
}
