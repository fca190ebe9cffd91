import { describe, expect, it } from 'vitest';
import { fixtureText } from '../test-support/read-fixture.js';
import { normalizeStravaWebhookEvent } from './normalize-strava-webhook-event.js';
import { parseStravaTimeZone } from './parse-strava-time-zone.js';

describe('normalizeStravaWebhookEvent', () => {
  it('types create, update, delete and deauthorize events', () => {
    const events = ['webhook-activity-create.json', 'webhook-activity-update.json', 'webhook-activity-delete.json', 'webhook-athlete-deauthorize.json'].map((name) => {
      const result = normalizeStravaWebhookEvent(fixtureText('strava', name));
      if (!result.ok) throw new Error(result.failure.message);
      return result.event;
    });
    expect(events.map((event) => [event.action, event.object_type, event.object_id, event.owner_id])).toEqual([
      ['create', 'activity', '11843527901', '48151623'],
      ['update', 'activity', '11843527901', '48151623'],
      ['delete', 'activity', '11851002233', '48151623'],
      ['deauthorize', 'athlete', '48151623', '48151623'],
    ]);
    expect(events[0]?.event_time).toBe('2024-06-12T14:21:23.000Z');
    expect(events[1]?.updates).toEqual({ title: 'Trail loop with Sam', type: 'Run', private: 'true' });
  });

  it('an athlete update without authorized=false stays an update', () => {
    const result = normalizeStravaWebhookEvent({ aspect_type: 'update', object_type: 'athlete', object_id: 1, owner_id: 1, event_time: 1718400000, updates: { authorized: 'true' } });
    expect(result.ok && result.event.action).toBe('update');
  });

  it('keeps an update named "__proto__" as an own key', () => {
    const result = normalizeStravaWebhookEvent('{"aspect_type":"update","object_type":"activity","object_id":1,"owner_id":1,"event_time":1718400000,"updates":{"__proto__":["x"],"title":"Run"}}');
    const updates = result.ok ? result.event.updates : {};
    expect(Object.getPrototypeOf(updates)).toBe(Object.prototype);
    expect(JSON.stringify(updates)).toBe('{"__proto__":["x"],"title":"Run"}');
  });

  it('fails with typed codes on bad bodies', () => {
    const code = (body: unknown) => {
      const result = normalizeStravaWebhookEvent(body);
      return result.ok ? null : result.failure.code;
    };
    expect(code('{"aspect_type":')).toBe('invalid_json');
    expect(code('<html></html>')).toBe('not_json');
    expect(code([])).toBe('schema_mismatch');
    expect(code({ aspect_type: 'create', object_type: 'club', object_id: 1, owner_id: 1 })).toBe('unsupported_shape');
    expect(code({ aspect_type: 'rename', object_type: 'activity', object_id: 1, owner_id: 1 })).toBe('unsupported_shape');
    expect(code({ aspect_type: 'create', object_type: 'activity', owner_id: 1 })).toBe('missing_id');
    expect(code({ aspect_type: 'create', object_type: 'activity', object_id: 1, owner_id: 1, event_time: 'now' })).toBe('invalid_date');
  });
});

describe('parseStravaTimeZone', () => {
  it('takes the IANA zone after ") " and ignores the standard-time label offset', () => {
    expect(parseStravaTimeZone('(GMT-08:00) America/Los_Angeles')).toBe('America/Los_Angeles');
    expect(parseStravaTimeZone('(GMT+01:00) Europe/Berlin')).toBe('Europe/Berlin');
    expect(parseStravaTimeZone('(GMT+00:00) Not/AZone')).toBeNull();
    expect(parseStravaTimeZone(null)).toBeNull();
  });
});
