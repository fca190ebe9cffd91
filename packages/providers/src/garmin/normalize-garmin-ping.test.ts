import { describe, expect, it } from 'vitest';
import { garminFixtureJson, garminFixtureText } from '../test-support/read-garmin-fixture.js';
import { GarminPingResultSchema, normalizeGarminPing } from './normalize-garmin-ping.js';

const USER = '4aacafe82427c251df9c9592d0c06768';

describe('normalizeGarminPing', () => {
  it('lists the callback URLs of a ping body, with the resource that normalizes each response, and no drafts', () => {
    const result = normalizeGarminPing(garminFixtureText('ping-activities.json'));
    expect(GarminPingResultSchema.parse(result)).toEqual(result);
    expect(result.failures).toEqual([]);
    expect(result.callbacks.map((callback) => [callback.summary_type, callback.resource, callback.user_id, callback.callback_url])).toEqual([
      ['activities', 'activities', USER, 'https://apis.garmin.com/wellness-api/rest/activities?uploadStartTimeInSeconds=1718204400&uploadEndTimeInSeconds=1718204460&token=7c1f0e2d9a'],
      ['activities', 'activities', 'a099ba88-6c85-43ec-8b58-63d286683cda', 'https://apis.garmin.com/wellness-api/rest/activities?uploadStartTimeInSeconds=1718204410&uploadEndTimeInSeconds=1718204470&token=0b9a8c7d6e'],
    ]);
    expect('drafts' in result).toBe(false);
  });

  it('keeps the summary id and file type of activity file pings (fetch with normalizeGarminFit)', () => {
    const [callback] = normalizeGarminPing(garminFixtureJson('ping-activity-files.json')).callbacks;
    expect(callback).toMatchObject({ summary_type: 'activityFiles', resource: 'fit', summary_id: '15634289172-file', file_type: 'FIT' });
  });

  it('names the resource of each summary type trainkit normalizes, and none for the others', () => {
    const url = (type: string) => `https://apis.garmin.com/wellness-api/rest/${type}?uploadStartTimeInSeconds=1&uploadEndTimeInSeconds=2&token=t`;
    const body = Object.fromEntries(['activityDetails', 'dailies', 'bodyComps', 'manuallyUpdatedActivities', 'sleeps'].map((type) => [type, [{ userId: USER, callbackURL: url(type) }]]));
    expect(normalizeGarminPing(body).callbacks.map((callback) => [callback.summary_type, callback.resource])).toEqual([
      ['activityDetails', 'activity_details'], ['manuallyUpdatedActivities', 'activities'], ['dailies', 'dailies'], ['sleeps', null], ['bodyComps', 'body_compositions'],
    ]);
  });

  it('refuses callback URLs that are not https on a Garmin host', () => {
    const result = normalizeGarminPing({ activities: [
      { userId: USER, callbackURL: 'http://apis.garmin.com/wellness-api/rest/activities?token=t' },
      { userId: USER, callbackURL: 'https://evil.example/steal?token=t' },
      { userId: USER, callbackURL: 'https://apis.garmin.com.evil.example/x' },
      { userId: USER, callbackURL: 'https://user:pw@apis.garmin.com/x' },
      { userId: USER, callbackURL: 'https://healthapi.garmin.cn/wellness-api/rest/activities?token=t' },
    ] });
    expect(result.callbacks.map((callback) => callback.callback_url)).toEqual(['https://healthapi.garmin.cn/wellness-api/rest/activities?token=t']);
    expect(result.failures.map((failed) => [failed.failure.code, failed.failure.path])).toEqual([0, 1, 2, 3].map((index) => ['schema_mismatch', ['activities', index, 'callbackURL']]));
  });

  it('skips deregistrations, permission changes and other users; a push body sent to the ping endpoint fails', () => {
    const result = normalizeGarminPing(
      {
        deregistrations: [{ userId: USER }],
        userPermissionsChange: [{ userId: USER, summaryId: 'perm-1', permissions: ['ACTIVITY_EXPORT'], changeTimeInSeconds: 1718204400 }],
        activities: [{ userId: 'someone-else', callbackURL: 'https://apis.garmin.com/wellness-api/rest/activities?token=t' }],
        dailies: [{ userId: USER, summaryId: 'x-1', steps: 100 }],
      },
      { garminUserId: USER },
    );
    expect(result.callbacks).toEqual([]);
    expect(result.skipped.map((skipped) => skipped.path)).toEqual([['activities', 0], ['deregistrations', 0], ['userPermissionsChange', 0]]);
    expect(result.failures[0]).toMatchObject({ external_id: 'x-1', failure: { code: 'unsupported_shape', path: ['dailies', 0, 'callbackURL'] } });
  });

  it('fails the whole body for text that is not JSON, an HTML page, or JSON that is not a ping', () => {
    expect(normalizeGarminPing('{"activities":[').failures[0]?.failure.code).toBe('invalid_json');
    expect(normalizeGarminPing('<!DOCTYPE html><html></html>').failures[0]?.failure.code).toBe('not_json');
    expect(normalizeGarminPing([{ userId: USER }]).failures[0]?.failure.code).toBe('schema_mismatch');
    expect(normalizeGarminPing({ activities: 'x' }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['activities'] });
    expect(normalizeGarminPing({ activities: [42] }).failures[0]?.failure).toMatchObject({ code: 'schema_mismatch', path: ['activities', 0] });
  });
});
