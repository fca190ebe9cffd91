import type { UserId } from '@trainkit/core';
import { afterEach, describe, expect, it } from 'vitest';
import type { ConnectProvider } from '../connect-provider.js';
import { renameField } from '../test-support/fake-provider-api.js';
import { openSyncWorld, type SyncWorld, type SyncWorldOptions } from '../test-support/sync-test-world.js';
import { readSyncCursor } from './sync-cursor.js';

const worlds: SyncWorld[] = [];
async function world(options: SyncWorldOptions = {}): Promise<SyncWorld> {
  const opened = await openSyncWorld({ pageSize: 2, ...options });
  worlds.push(opened);
  return opened;
}
afterEach(async () => {
  for (const opened of worlds.splice(0)) await opened.close();
});

const PROVIDERS = ['strava', 'whoop', 'oura', 'garmin'] as const;
const iso = (ms: number) => new Date(ms).toISOString();

/** Syncs until the run is not stopped, moving the clock past each `retryAt`; bounded. */
async function syncToEnd(w: SyncWorld, provider: ConnectProvider) {
  const summaries = [];
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const summary = await w.sync({ provider });
    summaries.push(summary);
    if (summary.stopped === null) return summaries;
    if (summary.stopped.retryAt !== null) w.runtime.advance(Math.max(0, Date.parse(summary.stopped.retryAt) - w.runtime.clock().getTime()) + 1000);
  }
  throw new Error(`${provider} sync did not finish in 6 runs`);
}

async function activityStarts(w: SyncWorld): Promise<string[]> {
  return (await w.storage.activityInstances.list(w.userId)).map((activity) => activity.performed_start).sort();
}

describe('a full sync lands the canonical rows of each provider', () => {
  it('strava: every activity with its detail and streams, pages of per_page with a short last page', async () => {
    const w = await world();
    const summary = await w.sync({ provider: 'strava' });
    expect(summary.stopped).toBeNull();
    expect(summary.run).toMatchObject({ status: 'succeeded', kind: 'sync', provider: 'strava' });
    const activities = w.api.dataset.strava.activities;
    expect(await activityStarts(w)).toEqual(activities.map((activity) => iso(activity.at)).sort());
    const titles = (await w.storage.activityInstances.list(w.userId)).map((activity) => activity.title).sort();
    expect(titles).toEqual(activities.map((activity) => activity.data.name).sort());
    const records = await w.storage.externalActivityRecords.list(w.userId);
    const manual = activities.filter((activity) => activity.streams === null).map((activity) => activity.id);
    expect(records.filter((record) => record.resource === 'activity').map((record) => record.external_id).sort()).toEqual(activities.map((activity) => activity.id).sort());
    expect(records.filter((record) => record.resource === 'streams').map((record) => record.parent_external_id).sort()).toEqual(
      activities.filter((activity) => !manual.includes(activity.id)).map((activity) => activity.id).sort(),
    );
    expect((await w.storage.externalMetricStreams.list(w.userId)).length).toBeGreaterThan(0);
    // 6 activities, per_page 2: pages 1-3 full, page 4 empty (short); 6 details; 5 streams (one manual activity).
    const pages = w.api.served.filter((request) => request.path === '/athlete/activities');
    expect(pages.map((request) => request.query.page)).toEqual(['1', '2', '3', '4']);
    expect(pages.every((request) => request.query.per_page === '2')).toBe(true);
    expect(summary.requests).toBe(4 + 6 + 5);
    expect(summary.pages).toBe(4);
    const cursor = readSyncCursor(summary.run.cursor_json, 'strava');
    expect(cursor?.incremental?.resources.activities).toEqual({ next: null, done: true, pages: 4 });
    expect(summary.counts.failed).toBe(0);
  });

  it('whoop: workouts, recoveries, sleeps and cycles through next_token pages', async () => {
    const w = await world();
    const summary = await w.sync({ provider: 'whoop' });
    expect(summary.stopped).toBeNull();
    expect(summary.run.status).toBe('succeeded');
    expect(await activityStarts(w)).toEqual(w.api.dataset.whoop.workouts.map((workout) => iso(workout.at)).sort());
    const records = await w.storage.externalActivityRecords.list(w.userId);
    expect(records.filter((record) => record.resource === 'sleep').map((record) => record.external_id).sort()).toEqual(
      w.api.dataset.whoop.sleep.map((sleep) => sleep.id).sort(),
    );
    const signals = await w.storage.recoverySignals.list(w.userId);
    expect(signals.filter((signal) => signal.signal_type === 'strain_score').length).toBe(w.api.dataset.whoop.cycles.length);
    // Pages of 2 with next_token: 3 pages per collection of 6, the token passed back as nextToken.
    for (const path of ['/v2/activity/workout', '/v2/recovery', '/v2/activity/sleep', '/v2/cycle']) {
      const served = w.api.served.filter((request) => request.path === path);
      expect(served.length).toBe(3);
      expect(served[0]?.query.nextToken).toBeUndefined();
      expect(served.slice(1).every((request) => typeof request.query.nextToken === 'string')).toBe(true);
      expect(served.every((request) => request.query.limit === '2')).toBe(true);
    }
  });

  // Known ingest defect (reported): a WHOOP recovery and its cycle are both keyed by the cycle id in the raw lake, so
  // the cycles page replaces the recoveries and their scores are lost. Flip to `it` once ingest keys them apart.
  it('whoop: recovery scores survive the cycles page (recovery and cycle share the cycle id)', async () => {
    const w = await world();
    await w.sync({ provider: 'whoop' });
    const scores = (await w.storage.recoverySignals.list(w.userId)).filter((signal) => signal.signal_type === 'recovery_score').map((signal) => signal.value);
    expect(scores.sort()).toEqual(w.api.dataset.whoop.recovery.map((recovery) => (recovery.data.score as { recovery_score: number }).recovery_score).sort());
  });

  it('oura: workouts, readiness, sleep, daily activity, heart rate and personal info', async () => {
    const w = await world();
    const summary = await w.sync({ provider: 'oura' });
    expect(summary.stopped).toBeNull();
    expect(summary.run.status).toBe('succeeded');
    expect((await w.storage.activityInstances.list(w.userId)).length).toBe(w.api.dataset.oura.workout.length);
    const signals = await w.storage.recoverySignals.list(w.userId);
    expect(signals.filter((signal) => signal.signal_type === 'readiness_score').map((signal) => signal.value).sort()).toEqual(
      w.api.dataset.oura.daily_readiness.map((readiness) => readiness.data.score as number).sort(),
    );
    const biometrics = await w.storage.biometrics.list(w.userId);
    expect(biometrics.map((row) => row.metric_type).sort()).toEqual(['height_cm', 'weight_kg']);
    const records = await w.storage.externalActivityRecords.list(w.userId);
    for (const resource of ['workout', 'daily_readiness', 'sleep', 'daily_activity', 'personal_info']) {
      expect(records.some((record) => record.resource === resource)).toBe(true);
    }
    const heartrate = w.api.served.filter((request) => request.path === '/v2/usercollection/heartrate');
    expect(heartrate.length).toBe(Math.ceil(w.api.dataset.oura.heartrate.length / 2));
    expect(heartrate[0]?.query.start_datetime).toBeDefined();
    expect(w.api.served.filter((request) => request.path === '/v2/usercollection/personal_info').length).toBe(1);
  });

  it('garmin: activities, details, dailies and body compositions in upload windows of at most 24 h', async () => {
    const w = await world();
    const summary = await w.sync({ provider: 'garmin' });
    expect(summary.stopped).toBeNull();
    expect(summary.run.status).toBe('succeeded');
    expect((await w.storage.activityInstances.list(w.userId)).length).toBe(w.api.dataset.garmin.activities.length);
    const weights = (await w.storage.biometrics.list(w.userId)).filter((row) => row.metric_type === 'weight_kg');
    expect(weights.length).toBe(w.api.dataset.garmin.bodyComps.length);
    expect((await w.storage.dailyActivityTotals.list(w.userId)).some((row) => row.metric_type === 'steps')).toBe(true);
    expect((await w.storage.metricSamples.list(w.userId)).length).toBeGreaterThan(0);
    for (const request of w.api.served) {
      const start = Number(request.query.uploadStartTimeInSeconds);
      const end = Number(request.query.uploadEndTimeInSeconds);
      expect(end - start).toBeGreaterThan(0);
      expect(end - start).toBeLessThanOrEqual(86_400);
    }
    // Consecutive windows of each summary type touch: nothing between them is skipped.
    const activities = w.api.served.filter((request) => request.path === '/wellness-api/rest/activities');
    for (let index = 1; index < activities.length; index += 1) {
      expect(activities[index]?.query.uploadStartTimeInSeconds).toBe(activities[index - 1]?.query.uploadEndTimeInSeconds);
    }
  });

  it('reports progress after each stored page', async () => {
    const w = await world();
    const progress: { resource: string; page: number; records: number }[] = [];
    await w.sync({ provider: 'whoop', onProgress: (report) => progress.push({ resource: report.resource, page: report.page, records: report.records }) });
    expect(progress.filter((report) => report.resource === 'workouts')).toEqual([
      { resource: 'workouts', page: 1, records: 2 },
      { resource: 'workouts', page: 2, records: 2 },
      { resource: 'workouts', page: 3, records: 2 },
    ]);
  });
});

describe('an incremental sync fetches only what is new and changes nothing else', () => {
  it.each(PROVIDERS)('%s', async (provider) => {
    // 9 days of data; at first only the first ~6 are visible.
    const w = await world({ days: 9, now: '2026-11-07T00:00:00.000Z' });
    const first = await w.sync({ provider });
    expect(first.stopped).toBeNull();
    const before = await w.snapshot();
    const servedBefore = w.api.served.length;
    const firstPass = readSyncCursor(first.run.cursor_json, provider)?.incremental;
    expect(firstPass?.end).toBe('2026-11-07T00:00:00.000Z');

    w.runtime.advance(2.5 * 24 * 60 * 60 * 1000);
    const second = await w.sync({ provider });
    expect(second.stopped).toBeNull();
    const after = await w.snapshot();
    // Every row the first sync wrote is still there, unchanged; the new records were added.
    for (const [table, rows] of Object.entries(before)) {
      if (Array.isArray(rows)) expect(after[table], table).toEqual(expect.arrayContaining(rows));
    }
    const oldIds = new Set((before.external_activity_records as { external_id: string }[]).map((record) => record.external_id));
    const newIds = (after.external_activity_records as { external_id: string }[]).map((record) => record.external_id).filter((id) => !oldIds.has(id));
    expect(newIds.length).toBeGreaterThan(0);
    expect(second.counts.new).toBeGreaterThan(0);
    expect(second.counts.failed).toBe(0);

    // The second pass starts at the end of the first minus the plan's overlap, not at the beginning.
    const secondPass = readSyncCursor(second.run.cursor_json, provider)?.incremental;
    const overlapDays = { strava: 1, whoop: 3, oura: 3, garmin: 0 }[provider];
    expect(secondPass?.start).toBe(iso(Date.parse('2026-11-07T00:00:00.000Z') - overlapDays * 24 * 60 * 60 * 1000));
    expect(secondPass?.end).toBe(w.runtime.clock().toISOString());
    const served = w.api.served.slice(servedBefore);
    expect(served.length).toBeLessThan(servedBefore);
    if (provider === 'strava') {
      // Details and streams only for the new activities.
      const fetchedIds = served.map((request) => /^\/activities\/(\d+)/.exec(request.path)?.[1]).filter((id): id is string => id !== undefined);
      expect(fetchedIds.every((id) => !oldIds.has(id))).toBe(true);
      expect(new Set(fetchedIds)).toEqual(new Set(newIds.filter((id) => !id.includes(':'))));
    }
  });
});

describe('a backfill covers a date range', () => {
  it.each(PROVIDERS)('%s: only the range, as a backfill run, keeping the incremental position', async (provider) => {
    const w = await world();
    const incremental = await w.sync({ provider });
    const incrementalPass = readSyncCursor(incremental.run.cursor_json, provider)?.incremental;
    const other = await world();
    const summary = await other.sync({ provider, since: '2026-11-02', until: '2026-11-03' });
    expect(summary.stopped).toBeNull();
    expect(summary.run.kind).toBe('backfill');
    const starts = await activityStarts(other);
    expect(starts.length).toBe(2);
    for (const start of starts) expect(start >= '2026-11-02T00:00:00.000Z' && start < '2026-11-04T00:00:00.000Z').toBe(true);
    const cursor = readSyncCursor(summary.run.cursor_json, provider);
    expect(cursor?.backfill).toMatchObject({ start: '2026-11-02T00:00:00.000Z', end: '2026-11-04T00:00:00.000Z' });
    expect(cursor?.incremental).toBeNull();

    // A backfill after an incremental sync carries the incremental position forward unchanged.
    const backfill = await w.sync({ provider, since: '2026-11-02', until: '2026-11-03' });
    expect(readSyncCursor(backfill.run.cursor_json, provider)?.incremental).toEqual(incrementalPass);
  });

  it('refuses a range that does not parse or runs backwards, before opening a run', async () => {
    const w = await world();
    await expect(w.sync({ provider: 'strava', since: '2026-13-01' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    await expect(w.sync({ provider: 'strava', since: '2026-11-05', until: '2026-11-01' })).rejects.toMatchObject({ code: 'VALIDATION_FAILED' });
    expect(await w.storage.ingestionRuns.list(w.userId)).toEqual([]);
  });
});

describe('rate limits', () => {
  it('a Strava 429 for the 15-minute window mid-sync waits for the next window, then continues', async () => {
    const baseline = await world();
    await baseline.sync({ provider: 'strava' });
    const w = await world();
    w.api.inject({ provider: 'strava', path: '/activities/', nth: 3, fault: { kind: 'rate_limit', window: 'short' } });
    const startedAt = w.runtime.clock().getTime();
    const summary = await w.sync({ provider: 'strava' });
    expect(summary.stopped).toBeNull();
    expect(w.api.count({ status: 429 })).toBe(1);
    const quarter = 15 * 60 * 1000;
    expect(w.runtime.clock().getTime()).toBeGreaterThanOrEqual((Math.floor(startedAt / quarter) + 1) * quarter);
    expect(w.runtime.clock().getTime() - startedAt).toBeLessThanOrEqual(quarter + 60_000);
    expect(await w.snapshot()).toEqual(await baseline.snapshot());
  });

  it('Strava usage reaching the 15-minute limit makes the client wait before the next request (no 429 at all)', async () => {
    const w = await world({ stravaLimits: { fifteenMinutes: 4, daily: 1000 } });
    const summary = await w.sync({ provider: 'strava' });
    expect(summary.stopped).toBeNull();
    expect(w.api.count({ status: 429 })).toBe(0);
    expect(summary.requests).toBe(15);
    // 15 requests at 4 per window: three waits for the next window.
    expect(w.runtime.slept.filter((ms) => ms > 60_000).length).toBe(3);
  });

  it('a spent daily limit ends the run partial with the cursor and retryAt; the next sync continues to the same database', async () => {
    const baseline = await world();
    await baseline.sync({ provider: 'strava' });
    const w = await world({ stravaLimits: { fifteenMinutes: 100, daily: 6 } });
    const first = await w.sync({ provider: 'strava' });
    expect(first.run.status).toBe('partial');
    expect(first.stopped).toMatchObject({ reason: 'rate_limited', retryAt: '2026-11-09T00:00:00.000Z' });
    expect(first.requests).toBe(6);
    const cursor = readSyncCursor(first.run.cursor_json, 'strava');
    expect(cursor?.incremental?.resources.activities?.done).toBe(false);
    const resumePage = cursor?.incremental?.resources.activities?.next;
    expect(typeof resumePage).toBe('number');
    const servedBefore = w.api.served.length;

    w.runtime.advance(Date.parse('2026-11-09T00:00:00.000Z') - w.runtime.clock().getTime());
    const rest = await syncToEnd(w, 'strava');
    expect(rest.at(-1)?.run.status).toBe('succeeded');
    // The next run starts at the page the cursor names, not at page 1.
    const nextPage = w.api.served.slice(servedBefore).find((request) => request.path === '/athlete/activities');
    expect(nextPage?.query.page).toBe(String(resumePage));
    expect(await w.snapshot()).toEqual(await baseline.snapshot());
    expect(w.api.count({ status: 429 })).toBe(0);
  });

  it('WHOOP and Oura 429s are waited out with their own headers', async () => {
    const w = await world();
    w.api.inject({ provider: 'whoop', path: '/v2/recovery', fault: { kind: 'rate_limit', retryAfterSeconds: 30 } });
    w.api.inject({ provider: 'oura', path: '/v2/usercollection/sleep', fault: { kind: 'rate_limit', retryAfterSeconds: 45 } });
    expect((await w.sync({ provider: 'whoop' })).stopped).toBeNull();
    expect((await w.sync({ provider: 'oura' })).stopped).toBeNull();
    expect(w.runtime.slept).toEqual(expect.arrayContaining([30_000, 45_000]));
  });
});

describe('bodies that are not JSON', () => {
  it.each([
    ['an HTML error page', { kind: 'html_page' } as const],
    ['a truncated body', { kind: 'truncated' } as const],
    ['a connection cut mid-body', { kind: 'reset' } as const],
  ])('%s: a typed failure with the raw text on the run, run partial, cursor not advanced past it', async (_name, fault) => {
    const baseline = await world();
    await baseline.sync({ provider: 'whoop' });
    const w = await world();
    w.api.inject({ provider: 'whoop', path: '/v2/recovery', nth: 2, times: Number.POSITIVE_INFINITY, fault });
    const summary = await w.sync({ provider: 'whoop' });
    expect(summary.run.status).toBe('partial');
    expect(summary.stopped?.reason).toBe('error');
    expect(summary.stopped?.message).toMatch(/invalid_response|not JSON|truncated|raw body/);
    const failures = await w.storage.ingestionFailures.list(w.userId);
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatchObject({ provider: 'whoop', resource: 'recovery', ingestion_run_id: summary.run.id });
    expect(failures[0]?.raw_text).toBeTruthy();
    if (fault.kind === 'html_page') expect(failures[0]?.raw_text).toContain('<!DOCTYPE html>');
    else expect(() => JSON.parse(failures[0]?.raw_text ?? '')).toThrow();
    const cursor = readSyncCursor(summary.run.cursor_json, 'whoop')?.incremental;
    expect(cursor?.resources.workouts?.done).toBe(true);
    expect(cursor?.resources.recovery).toMatchObject({ done: false, pages: 1 });
    expect(cursor?.resources.sleep).toBeUndefined();

    w.api.clearFaults();
    const resumed = await w.sync({ provider: 'whoop' });
    expect(resumed.stopped).toBeNull();
    const { failures: _failures, ...rest } = await w.snapshot();
    const { failures: _none, ...expected } = await baseline.snapshot();
    expect(rest).toEqual(expected);
  });

  it('a 5xx HTML page is retried with backoff and the sync continues', async () => {
    const w = await world();
    w.api.inject({ provider: 'strava', path: '/athlete/activities', nth: 2, times: 2, fault: { kind: 'server_error', status: 502, html: true } });
    const summary = await w.sync({ provider: 'strava' });
    expect(summary.stopped).toBeNull();
    expect(w.api.count({ status: 502 })).toBe(2);
    expect(summary.requests).toBe(15 + 2);
  });
});

describe('a renamed field', () => {
  it('is a typed failure per record with the raw record kept; nothing of those records is half-written', async () => {
    const w = await world();
    // The provider renames `start_date` everywhere, but only the first page is served before the test stops it.
    w.api.inject({ provider: 'strava', path: '/athlete/activities', nth: 1, fault: { kind: 'transform', transform: renameField('start_date', 'startDate') } });
    const summary = await w.sync({ provider: 'strava' });
    const renamed = w.api.dataset.strava.activities.slice(0, 2).map((activity) => activity.id);
    const failures = await w.storage.ingestionFailures.list(w.userId);
    expect(failures.map((failure) => [failure.external_id, failure.code, failure.path_json])).toEqual([
      [renamed[0], 'invalid_date', [0, 'start_date']],
      [renamed[1], 'invalid_date', [1, 'start_date']],
    ]);
    expect(summary.run.status).toBe('partial');
    expect(summary.run.error).toContain('invalid_date');
    // The raw records are kept exactly as received, marked failed, with no canonical row, detail or streams.
    for (const id of renamed) {
      const record = await w.storage.externalActivityRecords.findByExternalId(w.userId, 'strava', id);
      expect(record?.normalization_status).toBe('failed');
      expect(record?.raw_payload_json).toMatchObject({ startDate: expect.any(String) });
      expect(record?.raw_payload_json).not.toHaveProperty('start_date');
      expect(failures.find((failure) => failure.external_id === id)?.external_activity_record_id).toBe(record?.id);
      expect(await w.storage.externalActivityRecords.findByExternalId(w.userId, 'strava', `${id}:streams`)).toBeUndefined();
    }
    expect(w.api.served.some((request) => renamed.some((id) => request.path.startsWith(`/activities/${id}`)))).toBe(false);
    const links = await w.storage.activityInstanceLinks.list(w.userId);
    const failedRecordIds = failures.map((failure) => failure.external_activity_record_id);
    expect(links.some((link) => failedRecordIds.includes(link.external_activity_record_id))).toBe(false);
    // The other records synced completely.
    expect((await w.storage.activityInstances.list(w.userId)).length).toBe(w.api.dataset.strava.activities.length - 2);
  });
});

describe('tokens', () => {
  it('an expired token: 401, one refresh, then the same request succeeds', async () => {
    const w = await world();
    w.expireToken();
    const summary = await w.sync({ provider: 'oura' });
    expect(summary.stopped).toBeNull();
    expect(w.refreshes()).toBe(1);
    expect(w.api.count({ status: 401 })).toBe(1);
    expect(w.api.served.filter((request) => request.status === 200).every((request) => request.token === 'token-2')).toBe(true);
  });

  it('a revoked account: the run stops partial and the account becomes expired', async () => {
    const w = await world();
    w.revokeAccess();
    const summary = await w.sync({ provider: 'whoop' });
    expect(summary.run.status).toBe('partial');
    expect(summary.stopped?.reason).toBe('unauthorized');
    expect(summary.stopped?.message).not.toMatch(/token-\d/);
    const [account] = await w.storage.providerAccounts.listByProvider(w.userId as UserId, 'whoop');
    expect(account?.status).toBe('expired');
  });
});

describe('request loops are bounded in count and simulated time', () => {
  it('a provider handing back the same page token: stopped after the repeat, not looping', async () => {
    const w = await world();
    const token = Buffer.from(`${Number.MAX_SAFE_INTEGER}|z`, 'utf8').toString('base64url');
    w.api.inject({
      provider: 'whoop',
      path: '/v2/activity/workout',
      times: Number.POSITIVE_INFINITY,
      fault: { kind: 'transform', transform: (json) => ({ ...(json as object), next_token: token }) },
    });
    const summary = await w.sync({ provider: 'whoop' });
    expect(summary.stopped?.reason).toBe('error');
    expect(summary.stopped?.message).toMatch(/twice/);
    expect(w.api.count({ path: '/v2/activity/workout' })).toBe(2);
  });

  it('a provider that never runs out of pages: stopped at the page budget', async () => {
    const w = await world({ limits: { maxPages: 20 } });
    let n = 0;
    w.api.inject({
      provider: 'whoop',
      path: '/v2/activity/workout',
      times: Number.POSITIVE_INFINITY,
      fault: {
        kind: 'transform',
        transform: (json) => ({ ...(json as object), next_token: Buffer.from(`${Number.MAX_SAFE_INTEGER - ++n}|z`, 'utf8').toString('base64url') }),
      },
    });
    const summary = await w.sync({ provider: 'whoop' });
    expect(summary.stopped?.reason).toBe('request_budget_exhausted');
    expect(summary.run.status).toBe('partial');
    expect(summary.pages).toBe(20);
    expect(w.api.count()).toBe(20);
  });

  it('a provider answering 429 forever: a bounded number of attempts and of waited time', async () => {
    const w = await world();
    w.api.inject({ provider: 'oura', times: Number.POSITIVE_INFINITY, fault: { kind: 'rate_limit', retryAfterSeconds: 600 } });
    const startedAt = w.runtime.clock().getTime();
    const summary = await w.sync({ provider: 'oura' });
    expect(summary.stopped?.reason).toBe('rate_limited');
    expect(summary.stopped?.retryAt).not.toBeNull();
    expect(w.api.count()).toBe(5);
    expect(w.runtime.clock().getTime() - startedAt).toBeLessThanOrEqual(5 * 600_000);
  });

  it('the client request budget and the run time budget stop the run partial', async () => {
    const budget = await world({ policy: { maxRequests: 5 } });
    const byRequests = await budget.sync({ provider: 'strava' });
    expect(byRequests.stopped?.reason).toBe('request_budget_exhausted');
    expect(budget.api.count()).toBe(5);

    const slow = await world({ stravaLimits: { fifteenMinutes: 2, daily: 1000 }, limits: { maxRunMs: 30 * 60 * 1000 } });
    const startedAt = slow.runtime.clock().getTime();
    const byTime = await slow.sync({ provider: 'strava' });
    expect(byTime.stopped?.reason).toBe('request_budget_exhausted');
    expect(slow.runtime.clock().getTime() - startedAt).toBeLessThanOrEqual(30 * 60 * 1000 + 15 * 60 * 1000);
    const resumed = await syncToEnd(slow, 'strava');
    expect(resumed.at(-1)?.stopped).toBeNull();
  });
});

describe('concurrent syncs of one account', () => {
  it('run one after the other through the same service: the second continues from the first, nothing is cancelled', async () => {
    const w = await world();
    const [first, second] = await Promise.all([w.sync({ provider: 'whoop' }), w.sync({ provider: 'whoop' })]);
    expect(first.stopped).toBeNull();
    expect(second.stopped).toBeNull();
    const firstPass = readSyncCursor(first.run.cursor_json, 'whoop')?.incremental;
    expect(readSyncCursor(second.run.cursor_json, 'whoop')?.incremental?.follows).toBe(firstPass?.end);
    expect((await w.storage.ingestionRuns.list(w.userId)).map((run) => run.status)).toEqual(['succeeded', 'succeeded']);
  });
});
