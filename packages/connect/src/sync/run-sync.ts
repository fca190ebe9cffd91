import { toInstant, type TrainkitStorage, type UserId } from '@trainkit/core';
import type { ConnectPipeline } from '../connect-pipeline.js';
import { ProviderHttpError } from '../errors/provider-http-error.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { backfillRange } from './backfill-range.js';
import { resumeSyncCursor } from './resume-sync-cursor.js';
import { passComplete, syncCursorJson, SYNC_CURSOR_VERSION, type ResourceCursor, type SyncCursor, type SyncPass } from './sync-cursor.js';
import type { SyncPlan, SyncPlanContext, SyncRange } from './sync-plan.js';
import type { FetchedPayload, SyncInput, SyncStop, SyncSummary } from './sync-types.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Bounds of one sync run: how far the first sync of an account reaches back (`initialLookbackDays`), and at most how
 * many pages (`maxPages`) and how much clock time (`maxRunMs`, waits included) one run spends before it stops
 * `partial` (reason `request_budget_exhausted`) for the next run to continue. The HTTP client bounds the requests.
 *
 * @example
 * ```ts
 * const limits: SyncLimits = { ...DEFAULT_SYNC_LIMITS, initialLookbackDays: 365 };
 * ```
 */
export interface SyncLimits {
  readonly initialLookbackDays: number;
  readonly maxPages: number;
  readonly maxRunMs: number;
}

/**
 * The default {@link SyncLimits}: 30 days of history on the first sync, 2,000 pages and 6 hours per run.
 *
 * @example
 * ```ts
 * DEFAULT_SYNC_LIMITS.maxPages; // 2000
 * ```
 */
export const DEFAULT_SYNC_LIMITS: SyncLimits = Object.freeze({ initialLookbackDays: 30, maxPages: 2_000, maxRunMs: 6 * 60 * 60 * 1000 });

/**
 * What {@link runSync} works with: storage (runs, cursors, accounts), the ingestion pipeline, the runtime (clock,
 * logger), the account's HTTP client, the provider's plan and the run's bounds.
 *
 * @example
 * ```ts
 * const options: RunSyncOptions = { storage, pipeline, runtime, http, plan: stravaSyncPlan(), limits: DEFAULT_SYNC_LIMITS };
 * ```
 */
export interface RunSyncOptions {
  readonly storage: TrainkitStorage;
  readonly pipeline: ConnectPipeline;
  readonly runtime: ConnectRuntime;
  readonly http: ProviderHttpClient;
  readonly plan: SyncPlan;
  readonly limits: SyncLimits;
}

/**
 * Runs one sync of a provider for a user, as one ingestion run (`sync`, or `backfill` when `since` / `until` are
 * given):
 *
 * 1. Resumes from the newest cursor (`resumeSyncCursor`; abandoned `running` runs become `cancelled`). An unfinished
 *    pass continues where it stopped; otherwise a new incremental pass covers from the end of the last one (minus
 *    the plan's overlap) to now, or the last `initialLookbackDays` on the first sync. A backfill continues an
 *    unfinished backfill of the same range, else covers its range afresh; each kind keeps the other's position.
 * 2. Pages through each resource of the plan: every page (and its follow-up fetches) is stored by the pipeline in the
 *    run, and only then is the cursor advanced and written to the run's `cursor_json`.
 * 3. Stops early, run `partial` with its cursor, on: a rate limit the client will not wait for (`retryAt`), the
 *    caller's abort signal, the request / page / time budget, a refused token (401 after a refresh: the account
 *    becomes `expired`), a body that is not JSON (stored as raw text: the pipeline records the typed failure) or a
 *    page of the wrong shape (stored, failure recorded), a provider returning a page position twice, or any other
 *    provider failure. The page that failed is not passed: the next run fetches it again.
 *
 * Unexpected errors (storage) finish the run `failed` and are thrown. Everything else is the returned summary.
 *
 * @example
 * ```ts
 * const summary = await runSync({ storage, pipeline, runtime, http, plan: whoopSyncPlan(), limits: DEFAULT_SYNC_LIMITS }, { provider: 'whoop', userId: 'usr_1' });
 * if (summary.stopped) console.log(summary.stopped.reason, summary.stopped.retryAt);
 * ```
 */
export async function runSync(options: RunSyncOptions, input: SyncInput): Promise<SyncSummary> {
  const { storage, pipeline, runtime, http, plan, limits } = options;
  const { provider } = plan;
  const userId = input.userId as UserId;
  const { signal } = input;
  const startedAt = runtime.clock();
  const backfill = backfillRange(input.since, input.until, startedAt);
  const resourceNames = plan.resources.map((resource) => resource.resource);
  const previous = await resumeSyncCursor({ storage, userId, provider, now: startedAt });
  const slot = backfill === null ? 'incremental' : 'backfill';
  let pass = choosePass(previous, backfill, startedAt);
  const withPass = (base: SyncCursor, current: SyncPass): SyncCursor =>
    slot === 'incremental' ? { ...base, incremental: current } : { ...base, backfill: current };
  let cursor = withPass({ version: SYNC_CURSOR_VERSION, provider, incremental: previous?.incremental ?? null, backfill: previous?.backfill ?? null }, pass);
  const kind = backfill === null ? 'sync' : 'backfill';
  const run = await pipeline.openRun({ userId, provider, kind });
  await storage.ingestionRuns.update(userId, run.id, { cursor_json: syncCursorJson(cursor) });
  const requestsAtStart = http.requestCount;
  const context: SyncPlanContext = signal === undefined ? { http, storage, userId } : { http, storage, userId, signal };
  let pages = 0;
  let stopped: SyncStop | null = null;

  function choosePass(last: SyncCursor | null, requested: SyncRange | null, now: Date): SyncPass {
    const fresh = (start: Date, end: Date, follows: string | null): SyncPass => ({ start: start.toISOString(), end: end.toISOString(), follows, resources: {} });
    if (requested !== null) {
      const earlier = last?.backfill ?? null;
      const same = earlier !== null && earlier.start === requested.start.toISOString() && earlier.end === requested.end.toISOString();
      return same && !passComplete(earlier, resourceNames) ? earlier : fresh(requested.start, requested.end, null);
    }
    const earlier = last?.incremental ?? null;
    if (earlier === null) return fresh(new Date(now.getTime() - limits.initialLookbackDays * DAY_MS), now, null);
    if (!passComplete(earlier, resourceNames)) return earlier;
    const follows = Math.min(Date.parse(earlier.end), now.getTime());
    return fresh(new Date(follows - plan.overlapMs), now, new Date(follows).toISOString());
  }

  /** The range a resource covers in the pass: the pass's, starting later when the resource overlaps less. */
  function rangeOf(overlapMs: number | undefined): SyncRange {
    const start = new Date(pass.start);
    if (pass.follows === null || overlapMs === undefined || overlapMs >= plan.overlapMs) return { start, end: new Date(pass.end) };
    return { start: new Date(Math.max(start.getTime(), Date.parse(pass.follows) - overlapMs)), end: new Date(pass.end) };
  }

  async function ingest(fetched: FetchedPayload): Promise<void> {
    await pipeline.ingestPayload({
      userId,
      provider,
      resource: fetched.resource,
      payload: fetched.payload,
      runId: run.id,
      kind,
      ...(fetched.options === undefined ? {} : { options: fetched.options }),
    });
  }

  async function advance(resource: string, state: ResourceCursor): Promise<void> {
    pass = { ...pass, resources: { ...pass.resources, [resource]: state } };
    cursor = withPass(cursor, pass);
    await storage.ingestionRuns.update(userId, run.id, { cursor_json: syncCursorJson(cursor) });
  }

  function aborted(): SyncStop {
    return { reason: 'aborted', retryAt: null, message: `${provider} sync aborted by the caller; the next sync continues from the cursor` };
  }

  function budgetStop(): SyncStop | null {
    if (signal?.aborted) return aborted();
    if (pages >= limits.maxPages) {
      return { reason: 'request_budget_exhausted', retryAt: null, message: `${provider} sync stopped after ${pages} pages (the run's page budget); the next sync continues` };
    }
    const elapsed = runtime.clock().getTime() - startedAt.getTime();
    if (elapsed >= limits.maxRunMs) {
      return { reason: 'request_budget_exhausted', retryAt: null, message: `${provider} sync stopped after ${elapsed} ms (the run's time budget); the next sync continues` };
    }
    return null;
  }

  /** The stop a failed fetch of `fetched`'s resource means; a body that is not JSON is stored as text first. */
  async function stopFor(error: unknown, resource: string, fetchOptions: FetchedPayload['options']): Promise<SyncStop> {
    if (signal?.aborted) return aborted();
    if (!(error instanceof ProviderHttpError)) throw error;
    switch (error.reason) {
      case 'rate_limited':
        return { reason: 'rate_limited', retryAt: error.details.retryAt ?? null, message: error.message };
      case 'aborted':
        return aborted();
      case 'request_budget_exhausted':
        return { reason: 'request_budget_exhausted', retryAt: null, message: error.message };
      case 'unauthorized':
        await expireAccounts();
        return { reason: 'unauthorized', retryAt: null, message: `${error.message}; the account is marked expired until the athlete connects again` };
      case 'invalid_response':
        if (error.details.bodyText !== undefined) {
          await ingest({ resource, payload: error.details.bodyText, ...(fetchOptions === undefined ? {} : { options: fetchOptions }) });
        }
        return { reason: 'error', retryAt: null, message: `${error.message}; the raw body is kept with its failure on the run` };
      default:
        return { reason: 'error', retryAt: null, message: error.message };
    }
  }

  async function expireAccounts(): Promise<void> {
    const now = toInstant(runtime.clock());
    for (const account of await storage.providerAccounts.listByProvider(userId, provider)) {
      if (account.status === 'active') await storage.providerAccounts.update(userId, account.id, { status: 'expired', updated_at: now });
    }
  }

  try {
    const visited = new Set<string>();
    resources: for (const resourcePlan of plan.resources) {
      const { resource } = resourcePlan;
      const range = rangeOf(resourcePlan.overlapMs);
      let state: ResourceCursor = pass.resources[resource] ?? { next: null, done: false, pages: 0 };
      while (!state.done) {
        stopped = budgetStop();
        if (stopped !== null) break resources;
        const position = `${resource}@${state.next === null ? 'start' : String(state.next)}`;
        if (visited.has(position)) {
          stopped = { reason: 'error', retryAt: null, message: `${provider} returned the page position ${position} twice; stopped to avoid a request loop` };
          break resources;
        }
        visited.add(position);
        let page;
        try {
          page = await resourcePlan.fetchPage(context, range, state.next);
        } catch (error) {
          stopped = await stopFor(error, resource, undefined);
          break resources;
        }
        if (page === null) {
          state = { ...state, next: null, done: true };
          await advance(resource, state);
          break;
        }
        await ingest(page.payload);
        if (page.records === null) {
          stopped = {
            reason: 'error',
            retryAt: null,
            message: `${provider} ${resource}: the page at ${position} does not have the shape the endpoint promises; its failure and raw payload are on the run`,
          };
          break resources;
        }
        for (const child of page.children === undefined ? [] : await page.children(context)) {
          if (signal?.aborted) {
            stopped = aborted();
            break resources;
          }
          let payload: unknown;
          try {
            payload = await child.fetch(context);
          } catch (error) {
            stopped = await stopFor(error, child.resource, child.options);
            break resources;
          }
          if (payload !== null) await ingest({ resource: child.resource, payload, ...(child.options === undefined ? {} : { options: child.options }) });
        }
        state = { next: page.next, done: page.next === null, pages: state.pages + 1 };
        await advance(resource, state);
        pages += 1;
        input.onProgress?.({ resource, page: state.pages, records: page.records, requests: http.requestCount - requestsAtStart });
      }
    }
  } catch (error) {
    await storage.ingestionRuns
      .finish(userId, run.id, {
        status: 'failed',
        finished_at: toInstant(Math.max(runtime.clock().getTime(), Date.parse(run.started_at))),
        error: error instanceof Error ? `${provider} sync failed: ${error.message}` : `${provider} sync failed`,
        cursor_json: syncCursorJson(cursor),
      })
      .catch(() => undefined);
    throw error;
  }

  const finished = await pipeline.finishRun({ userId, runId: run.id, cursor: syncCursorJson(cursor) });
  let row = finished.run;
  if (stopped !== null) {
    const error = [stopped.message, finished.run.error].filter((part): part is string => typeof part === 'string' && part.length > 0).join('; ');
    row = await storage.ingestionRuns.update(userId, run.id, { status: 'partial', error });
  }
  const requests = http.requestCount - requestsAtStart;
  runtime.logger({
    level: stopped === null ? 'info' : 'warn',
    message: stopped === null ? `${provider} sync finished` : `${provider} sync stopped early: ${stopped.reason}`,
    provider,
    userId,
    fields: { runId: run.id, status: row.status, pages, requests, retryAt: stopped?.retryAt ?? null },
  });
  return { run: row, counts: finished.counts, pages, requests, cursor: syncCursorJson(cursor), stopped };
}
