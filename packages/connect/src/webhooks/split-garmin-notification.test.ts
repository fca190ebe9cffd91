import { describe, expect, it } from 'vitest';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import { providerFixture } from '../test-support/webhook-test-kit.js';
import { splitGarminNotification } from './split-garmin-notification.js';

describe('splitGarminNotification', () => {
  it('gives one share per Garmin user, pushed summaries and ping callbacks apart', () => {
    const shares = splitGarminNotification({
      activities: [
        { userId: 'u1', summaryId: '1' },
        { userId: 'u2', summaryId: '2' },
        { userId: 'u1', summaryId: '3' },
      ],
      dailies: [{ userId: 'u2', callbackURL: 'https://apis.garmin.com/wellness-api/rest/dailies?uploadStartTimeInSeconds=1&uploadEndTimeInSeconds=2&token=t' }],
      deregistrations: [{ userId: 'u3' }],
    });
    expect(shares.map((share) => [share.garminUserId, share.deregistered])).toEqual([['u1', false], ['u2', false], ['u3', true]]);
    expect(shares[2]).toEqual({ garminUserId: 'u3', summaries: {}, callbacks: [], deregistered: true });
    expect(shares[0]?.summaries).toEqual({ activities: [{ userId: 'u1', summaryId: '1' }, { userId: 'u1', summaryId: '3' }] });
    expect(shares[1]?.summaries).toEqual({ activities: [{ userId: 'u2', summaryId: '2' }] });
    expect(shares[1]?.callbacks.map((callback) => [callback.summary_type, callback.resource])).toEqual([['dailies', 'dailies']]);
  });

  it('keeps nothing of a deregistration but the user (its OAuth 1 access token is dropped) and ignores permission changes', () => {
    const shares = splitGarminNotification({
      deregistrations: [{ userId: 'u1', userAccessToken: 'the-old-access-token' }],
      userPermissionsChange: [{ userId: 'u2', permissions: ['ACTIVITY_EXPORT'] }],
    });
    expect(shares).toEqual([{ garminUserId: 'u1', summaries: {}, callbacks: [], deregistered: true }]);
    expect(JSON.stringify(shares)).not.toContain('the-old-access-token');
  });

  it('keeps only callbacks on a Garmin https host and entries with a user id', () => {
    const ping = JSON.parse(providerFixture('garmin/fixtures/ping-activities.json')) as { activities: Record<string, unknown>[] };
    const shares = splitGarminNotification({
      activities: [...ping.activities, { userId: 'u9', callbackURL: 'http://127.0.0.1:9/steal' }, { summaryId: 'no-user' }, 42],
    });
    expect(shares.map((share) => [share.garminUserId, share.callbacks.length])).toEqual([
      ['4aacafe82427c251df9c9592d0c06768', 1],
      ['a099ba88-6c85-43ec-8b58-63d286683cda', 1],
    ]);
  });

  it('refuses a body that is not an object of summary arrays', () => {
    for (const body of [null, [], 'x', { activities: 1 }, {}]) {
      expect(() => splitGarminNotification(body)).toThrow(WebhookVerificationError);
    }
  });
});
