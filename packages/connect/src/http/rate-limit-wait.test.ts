import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nextQuarterHour, nextUtcMidnight, rateLimitWait } from './rate-limit-wait.js';

const now = new Date('2026-12-03T20:07:30.000Z');

describe('rateLimitWait', () => {
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(rateLimitWait({ provider: 'oura', status: 429, headers: new Headers({ 'retry-after': '12' }), now })).toMatchObject({
      waitMs: 12_000,
      source: 'retry_after',
      daily: false,
    });
    const date = new Headers({ 'retry-after': 'Thu, 03 Dec 2026 20:09:00 GMT' });
    expect(rateLimitWait({ provider: 'whoop', status: 429, headers: date, now })?.waitMs).toBe(90_000);
    const past = new Headers({ 'retry-after': 'Thu, 03 Dec 2026 19:00:00 GMT' });
    expect(rateLimitWait({ provider: 'whoop', status: 429, headers: past, now })?.waitMs).toBe(0);
  });

  it('reads WHOOP X-RateLimit-Reset as seconds and Oura X-RateLimit-Reset as epoch seconds', () => {
    expect(rateLimitWait({ provider: 'whoop', status: 429, headers: new Headers({ 'x-ratelimit-reset': '42' }), now })?.waitMs).toBe(42_000);
    const epoch = Math.floor(now.getTime() / 1000) + 75;
    const oura = rateLimitWait({ provider: 'oura', status: 429, headers: new Headers({ 'x-ratelimit-reset': String(epoch) }), now });
    expect(oura?.waitMs).toBe(75_000);
    expect(oura?.source).toBe('rate_limit_reset');
  });

  it('waits for the next Strava quarter hour when the 15-minute window is spent', () => {
    const headers = new Headers({ 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '201,950' });
    const wait = rateLimitWait({ provider: 'strava', status: 429, headers, now });
    expect(wait).toMatchObject({ waitMs: 450_000, source: 'strava_15min', daily: false });
    expect(wait?.retryAt.toISOString()).toBe('2026-12-03T20:15:00.000Z');
    expect(rateLimitWait({ provider: 'strava', status: 200, headers, now })?.source).toBe('strava_15min');
  });

  it('stops until 00:00 UTC when the Strava daily window (overall or read) is spent', () => {
    const overall = new Headers({ 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '20,2000' });
    expect(rateLimitWait({ provider: 'strava', status: 429, headers: overall, now })).toMatchObject({ daily: true, source: 'strava_daily' });
    const read = new Headers({
      'x-ratelimit-limit': '200,2000',
      'x-ratelimit-usage': '20,1000',
      'x-readratelimit-limit': '100,1000',
      'x-readratelimit-usage': '20,1000',
      'retry-after': '5',
    });
    const wait = rateLimitWait({ provider: 'strava', status: 429, headers: read, now });
    expect(wait?.retryAt.toISOString()).toBe('2026-12-04T00:00:00.000Z');
    expect(wait?.daily).toBe(true);
  });

  it('says nothing when the headers say nothing, and ignores Strava headers for other providers', () => {
    expect(rateLimitWait({ provider: 'whoop', status: 429, headers: new Headers(), now })).toBeNull();
    const strava = new Headers({ 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '10,100' });
    expect(rateLimitWait({ provider: 'strava', status: 200, headers: strava, now })).toBeNull();
    const spent = new Headers({ 'x-ratelimit-limit': '200,2000', 'x-ratelimit-usage': '200,2000' });
    expect(rateLimitWait({ provider: 'garmin', status: 200, headers: spent, now })).toBeNull();
    expect(rateLimitWait({ provider: 'oura', status: 200, headers: new Headers({ 'retry-after': '10' }), now })).toBeNull();
  });

  it('nextQuarterHour and nextUtcMidnight are the next boundary after now (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4_102_444_800_000 }), (ms) => {
        const at = new Date(ms);
        const quarter = nextQuarterHour(at);
        expect(quarter.getTime()).toBeGreaterThan(ms);
        expect(quarter.getTime() - ms).toBeLessThanOrEqual(15 * 60 * 1000);
        expect(quarter.getUTCMinutes() % 15).toBe(0);
        expect(quarter.getUTCSeconds() + quarter.getUTCMilliseconds()).toBe(0);
        const midnight = nextUtcMidnight(at);
        expect(midnight.getTime()).toBeGreaterThan(ms);
        expect(midnight.getTime() - ms).toBeLessThanOrEqual(24 * 3600 * 1000);
        expect(midnight.toISOString().endsWith('T00:00:00.000Z')).toBe(true);
      }),
    );
  });
});
