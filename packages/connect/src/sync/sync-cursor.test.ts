import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CONNECT_PROVIDERS } from '../connect-provider.js';
import { passComplete, readSyncCursor, syncCursorJson, SYNC_CURSOR_VERSION, type SyncCursor, type SyncPass } from './sync-cursor.js';

const instant = fc.integer({ min: Date.parse('2000-01-01T00:00:00Z'), max: Date.parse('2100-01-01T00:00:00Z') }).map((ms) => new Date(ms).toISOString());
const resourceCursor = fc.record({
  next: fc.oneof(fc.constant(null), fc.string({ minLength: 1 }), fc.integer({ min: 0, max: 1e9 })),
  done: fc.boolean(),
  pages: fc.nat(),
});
const pass: fc.Arbitrary<SyncPass> = fc
  .record({
    start: instant,
    end: instant,
    follows: fc.option(instant, { nil: null }),
    resources: fc.dictionary(fc.constantFrom('activities', 'workouts', 'sleep', 'heartrate', 'dailies'), resourceCursor),
  })
  .map((value) => (value.start <= value.end ? value : { ...value, start: value.end, end: value.start }));
const cursor: fc.Arbitrary<SyncCursor> = fc.record({
  version: fc.constant(SYNC_CURSOR_VERSION),
  provider: fc.constantFrom(...CONNECT_PROVIDERS),
  incremental: fc.option(pass, { nil: null }),
  backfill: fc.option(pass, { nil: null }),
});

describe('sync cursor', () => {
  it('round-trips through cursor_json for its provider, and is refused for any other', () => {
    fc.assert(
      fc.property(cursor, (value) => {
        const json = syncCursorJson(value);
        expect(readSyncCursor(json, value.provider)).toEqual(value);
        for (const other of CONNECT_PROVIDERS.filter((provider) => provider !== value.provider)) expect(readSyncCursor(json, other)).toBeNull();
      }),
    );
  });

  it('refuses other versions, pipeline cursors, passes that run backwards and unknown keys', () => {
    fc.assert(
      fc.property(cursor, fc.integer({ min: 2, max: 99 }), (value, version) => {
        expect(readSyncCursor({ ...syncCursorJson(value) as object, version }, value.provider)).toBeNull();
        expect(readSyncCursor({ ...syncCursorJson(value) as object, extra: 1 }, value.provider)).toBeNull();
      }),
    );
    expect(readSyncCursor({ next_token: 'OTM4NDU' }, 'whoop')).toBeNull();
    expect(readSyncCursor(null, 'whoop')).toBeNull();
    const backwards = { start: '2026-02-01T00:00:00.000Z', end: '2026-01-01T00:00:00.000Z', follows: null, resources: {} };
    expect(readSyncCursor({ version: 1, provider: 'oura', incremental: backwards, backfill: null }, 'oura')).toBeNull();
  });

  it('a pass is complete exactly when every listed resource is done', () => {
    fc.assert(
      fc.property(pass, fc.subarray(['activities', 'workouts', 'sleep', 'heartrate', 'dailies']), (value, resources) => {
        expect(passComplete(value, resources)).toBe(resources.every((resource) => value.resources[resource]?.done === true));
      }),
    );
  });
});
