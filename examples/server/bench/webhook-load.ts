import { performance } from 'node:perf_hooks';
import type { FakeStrava } from '../src/test-support/fake-strava.js';
import type { BenchAthlete } from './connect-bench-athlete.js';
import { fireConcurrently } from './fire-concurrently.js';
import { percentile, summarizeBurst, type LatencySummary } from './latency-summary.js';

const DAY_MS = 86_400_000;

/** From a webhook delivery being sent to its activity showing in `GET /me/activities`. */
export interface QueryableSummary {
  readonly events: number;
  /** Events whose activity never showed within the timeout (the aim: 0). */
  readonly lost: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly maxMs: number;
  /** Activities made queryable per second, from the first delivery sent to the last activity seen. */
  readonly perSecond: number;
  /** Polls of the activities route, and the median time one took: the resolution of the times above. */
  readonly polls: number;
  readonly pollMedianMs: number;
  /** Why the polling ended: every activity seen, no new one for `idleTimeoutMs`, or the hard `timeoutMs`. */
  readonly ended: 'all-seen' | 'idle' | 'timeout';
}

/** What {@link runWebhookLoad} measured. */
export interface WebhookLoadResult {
  /** The deliveries themselves: the handler verifies, stores and acknowledges; processing is a job. */
  readonly delivery: LatencySummary;
  readonly queryable: QueryableSummary;
}

/**
 * Adds `events` activities to the fake Strava (one a day back from yesterday), sends their `create` webhooks to the
 * server all at once, shaped as Strava sends them, then polls the athlete's activities (one poll at a time) until
 * every one is there, or none new showed for `idleTimeoutMs` (a slow queue that still makes progress is waited
 * for), or `timeoutMs` passes. An event not seen by then counts as lost. An activity's time is taken when the first
 * poll that lists it answers, so it is an upper bound, at most one poll late.
 *
 * @example
 * ```ts
 * const { delivery, queryable } = await runWebhookLoad({ base, athlete, strava, events: 200, idleTimeoutMs: 30_000, timeoutMs: 400_000 });
 * ```
 */
export async function runWebhookLoad(options: {
  readonly base: string;
  readonly athlete: BenchAthlete;
  readonly strava: FakeStrava;
  readonly events: number;
  readonly idleTimeoutMs: number;
  readonly timeoutMs: number;
}): Promise<WebhookLoadResult> {
  const { base, athlete, strava, events } = options;
  const today = Math.floor(Date.now() / DAY_MS) * DAY_MS;
  const ids = Array.from({ length: events }, (_, index) => strava.addActivity(new Date(today - (index + 1) * DAY_MS + 6 * 3_600_000).toISOString()));
  const burst = await fireConcurrently(events, (index) => [
    `${base}/webhooks/strava`,
    { method: 'POST', headers: { 'content-type': 'application/json' }, body: strava.webhookCreate(ids[index]!) },
  ]);

  const sentAt = new Map(ids.map((id, index) => [String(id), burst.samples[index]!.sentAt]));
  const seenAt = new Map<string, number>();
  const pollTimes: number[] = [];
  const deadline = performance.now() + options.timeoutMs;
  let progressAt = performance.now();
  let ended: QueryableSummary['ended'] = 'all-seen';
  while (seenAt.size < events) {
    const now = performance.now();
    if (now > deadline || now - progressAt > options.idleTimeoutMs) {
      ended = now > deadline ? 'timeout' : 'idle';
      break;
    }
    const polled = performance.now();
    for (const externalId of await stravaIdsOf(base, athlete)) {
      if (sentAt.has(externalId) && !seenAt.has(externalId)) {
        seenAt.set(externalId, performance.now());
        progressAt = performance.now();
      }
    }
    pollTimes.push(performance.now() - polled);
    if (seenAt.size < events) await new Promise((resolve) => setTimeout(resolve, 20));
  }

  const toQueryable = [...seenAt].map(([externalId, seen]) => seen - sentAt.get(externalId)!);
  const firstSent = Math.min(...sentAt.values());
  const lastSeen = Math.max(...seenAt.values());
  return {
    delivery: summarizeBurst(burst),
    queryable: {
      events,
      lost: events - seenAt.size,
      p50Ms: percentile(toQueryable, 0.5),
      p99Ms: percentile(toQueryable, 0.99),
      maxMs: toQueryable.length === 0 ? Number.NaN : Math.max(...toQueryable),
      perSecond: seenAt.size === 0 ? 0 : (seenAt.size / (lastSeen - firstSent)) * 1000,
      polls: pollTimes.length,
      pollMedianMs: percentile(pollTimes, 0.5),
      ended,
    },
  };
}

/** The Strava ids behind the athlete's activities (a merged activity lists each of its sources). */
async function stravaIdsOf(base: string, athlete: BenchAthlete): Promise<string[]> {
  try {
    const response = await fetch(`${base}/me/activities`, { headers: athlete.headers, signal: AbortSignal.timeout(30_000) });
    if (!response.ok) return [];
    const activities = (await response.json()) as { sources: { record: { provider: string; external_id: string } }[] }[];
    return activities.flatMap((entry) => entry.sources.filter((source) => source.record.provider === 'strava').map((source) => source.record.external_id));
  } catch {
    return []; // a failed poll finds nothing; the next one tries again until the deadline
  }
}
