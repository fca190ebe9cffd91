import { ValidationError, type TrainkitStorage } from '@trainkit/core';
import type { ConnectPipeline } from '../connect-pipeline.js';
import { ConnectProviderSchema, type ConnectProvider } from '../connect-provider.js';
import type { ProviderHttpClient } from '../http/provider-http-types.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { fetchObject } from './fetch-object.js';
import { garminSyncPlan } from './garmin-sync-plan.js';
import { ouraSyncPlan } from './oura-sync-plan.js';
import { DEFAULT_SYNC_LIMITS, runSync, type SyncLimits } from './run-sync.js';
import { stravaSyncPlan } from './strava-sync-plan.js';
import type { SyncPlan } from './sync-plan.js';
import type { SyncService } from './sync-types.js';
import { whoopSyncPlan } from './whoop-sync-plan.js';

/**
 * What {@link createSyncService} needs. `client` gives the authenticated HTTP client of a user's account at a
 * provider (`createProviderHttpClient` over the account's credentials; how tokens are obtained is its business) and
 * is called once per sync or fetch, so its request budget is per sync. `pageSize` sets Strava's `per_page` (max 200)
 * and WHOOP's `limit` (max 25); `limits` bound each run (see `SyncLimits`); `allowCallbackUrl` says which Garmin
 * callback URLs may be fetched with the account's token (default: `https` on a Garmin host).
 *
 * @example
 * ```ts
 * const options: CreateSyncServiceOptions = { storage, pipeline: trainkit.ingest, runtime, client: (provider, userId) => clientFor(provider, userId) };
 * ```
 */
export interface CreateSyncServiceOptions {
  readonly storage: TrainkitStorage;
  readonly pipeline: ConnectPipeline;
  readonly runtime: ConnectRuntime;
  readonly client: (provider: ConnectProvider, userId: string) => Promise<ProviderHttpClient>;
  readonly pageSize?: number;
  readonly limits?: Partial<SyncLimits>;
  readonly allowCallbackUrl?: (url: URL) => boolean;
}

/**
 * Creates the sync service: `sync` runs one incremental sync or backfill of a provider for a user (see `runSync`:
 * resumable cursor per resource in the run's `cursor_json`, pages stored before the cursor moves, rate limits and
 * aborts ending the run `partial` for the next sync to continue), and `fetchObject` fetches what a webhook event
 * points at (see `fetchObject`). The plans: `stravaSyncPlan`, `whoopSyncPlan`, `ouraSyncPlan`, `garminSyncPlan`.
 *
 * Syncs of one provider and user through the same service run one after the other. Across processes, run one sync
 * per account at a time (a job queue): a sync treats a `running` run of its account as abandoned (`cancelled`).
 *
 * @example
 * ```ts
 * const syncService = createSyncService({ storage, pipeline: trainkit.ingest, runtime, client: (provider, userId) => clientFor(provider, userId) });
 * const summary = await syncService.sync({ provider: 'strava', userId: 'usr_1' });
 * console.log(summary.run.status, summary.counts.new, summary.stopped?.retryAt);
 * const payloads = await syncService.fetchObject('whoop', 'usr_1', { objectType: 'workout', objectId: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8' });
 * ```
 */
export function createSyncService(options: CreateSyncServiceOptions): SyncService {
  const limits = checkLimits({ ...DEFAULT_SYNC_LIMITS, ...dropUndefined(options.limits ?? {}) });
  const plans: Record<ConnectProvider, SyncPlan> = {
    strava: stravaSyncPlan(options.pageSize === undefined ? {} : { perPage: options.pageSize }),
    whoop: whoopSyncPlan(options.pageSize === undefined ? {} : { limit: options.pageSize }),
    oura: ouraSyncPlan(),
    garmin: garminSyncPlan(),
  };
  /** The sync in progress per provider and user: a second one waits for it (runs of one account never interleave). */
  const inProgress = new Map<string, Promise<unknown>>();
  return {
    async sync(input) {
      const provider = checkProvider(input.provider);
      const key = `${provider}\u0000${input.userId}`;
      const previous = inProgress.get(key) ?? Promise.resolve();
      const current = previous
        .catch(() => undefined)
        .then(async () => {
          const http = await options.client(provider, input.userId);
          return runSync({ storage: options.storage, pipeline: options.pipeline, runtime: options.runtime, http, plan: plans[provider], limits }, input);
        });
      inProgress.set(key, current);
      try {
        return await current;
      } finally {
        if (inProgress.get(key) === current) inProgress.delete(key);
      }
    },
    async fetchObject(provider, userId, ref) {
      const checked = checkProvider(provider);
      const http = await options.client(checked, userId);
      return fetchObject(
        { storage: options.storage, http, plan: plans[checked], ...(options.allowCallbackUrl === undefined ? {} : { allowCallbackUrl: options.allowCallbackUrl }) },
        userId,
        ref,
      );
    },
  };
}

function checkProvider(provider: unknown): ConnectProvider {
  const parsed = ConnectProviderSchema.safeParse(provider);
  if (parsed.success) return parsed.data;
  throw new ValidationError('sync input', [{ path: 'provider', rule: 'invalid_value', message: `provider must be one of strava, whoop, oura, garmin` }]);
}

function checkLimits(limits: SyncLimits): SyncLimits {
  for (const [key, value] of Object.entries(limits)) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`sync limits: ${key} must be a positive number`);
  }
  return Object.freeze(limits);
}

function dropUndefined(input: Partial<SyncLimits>): Partial<SyncLimits> {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as Partial<SyncLimits>;
}
