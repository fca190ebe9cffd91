import type { ExternalIngestionRunRow, JsonValue } from '@trainkit/core';
import type { ConnectIngestCounts } from '../connect-pipeline.js';
import type { ConnectProvider } from '../connect-provider.js';

/**
 * What to sync: one provider of one user. `since` / `until` (`YYYY-MM-DD` or ISO instants) make it a backfill of
 * that range; without them the sync continues from the cursor the last run stored.
 *
 * @example
 * ```ts
 * const input: SyncInput = { provider: 'whoop', userId: 'usr_1', since: '2026-01-01' };
 * ```
 */
export interface SyncInput {
  readonly provider: ConnectProvider;
  readonly userId: string;
  readonly since?: string;
  readonly until?: string;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: SyncProgress) => void;
}

/**
 * Progress of a running sync, after each stored page.
 *
 * @example
 * ```ts
 * const onProgress = (p: SyncProgress) => console.log(`${p.resource}: page ${p.page}, ${p.records} records`);
 * ```
 */
export interface SyncProgress {
  readonly resource: string;
  readonly page: number;
  readonly records: number;
  readonly requests: number;
}

/**
 * Why a sync stopped before the end: the provider's rate limit (with when it lifts), the caller's abort signal, the
 * request budget, or an error (recorded on the run). The run is `partial` and keeps its cursor; the next sync continues.
 *
 * @example
 * ```ts
 * if (summary.stopped?.reason === 'rate_limited') console.log('continue after', summary.stopped.retryAt);
 * ```
 */
export interface SyncStop {
  readonly reason: 'rate_limited' | 'aborted' | 'request_budget_exhausted' | 'unauthorized' | 'error';
  readonly retryAt: string | null;
  readonly message: string;
}

/**
 * The outcome of one sync: its run (status, counts, cursor), pages and requests, and why it stopped early if it did.
 *
 * @example
 * ```ts
 * const summary: SyncSummary = await connections.sync({ provider: 'strava', userId });
 * console.log(summary.run.status, summary.counts.new, summary.pages);
 * ```
 */
export interface SyncSummary {
  readonly run: ExternalIngestionRunRow;
  readonly counts: ConnectIngestCounts;
  readonly pages: number;
  readonly requests: number;
  readonly cursor: JsonValue | null;
  readonly stopped: SyncStop | null;
}

/**
 * One provider response to hand to the pipeline: the ingest resource it is (`activities`, `activity`, `streams`,
 * `workouts`, ...), the payload (parsed JSON, or the raw text when it did not parse), and resource options.
 *
 * @example
 * ```ts
 * const fetched: FetchedPayload = { resource: 'streams', payload: streams, options: { activityId: '11843527901' } };
 * ```
 */
export interface FetchedPayload {
  readonly resource: string;
  readonly payload: unknown;
  readonly options?: { readonly activityId?: string | number; readonly date?: string };
}

/**
 * What a webhook event points at, to fetch it: the provider's object type and id (`activity` / `11843527901`,
 * `workout` / UUID, `sleep`, `recovery`, `daily_readiness`, ...), or a Garmin ping's `callbackURL` and summary type.
 *
 * @example
 * ```ts
 * const ref: ObjectRef = { objectType: 'activity', objectId: '11843527901' };
 * ```
 */
export interface ObjectRef {
  readonly objectType: string;
  readonly objectId: string;
  readonly callbackUrl?: string;
}

/**
 * Syncs accounts and fetches single objects for webhook events.
 *
 * @example
 * ```ts
 * const payloads = await syncService.fetchObject('strava', userId, { objectType: 'activity', objectId: '11843527901' });
 * ```
 */
export interface SyncService {
  sync(input: SyncInput): Promise<SyncSummary>;
  fetchObject(provider: ConnectProvider, userId: string, ref: ObjectRef): Promise<readonly FetchedPayload[]>;
}
