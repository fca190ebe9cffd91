import { describe, expect, it } from 'vitest';
import { fixtureText } from '../test-support/read-fixture.js';
import { normalizeWhoopWebhookEvent } from './normalize-whoop-webhook-event.js';

describe('normalizeWhoopWebhookEvent', () => {
  it('types v2 (UUID ids) and v1 (integer ids) bodies', () => {
    const events = ['webhook-v2-workout-updated.json', 'webhook-v2-sleep-deleted.json', 'webhook-v1-recovery-updated.json'].map((name) => {
      const result = normalizeWhoopWebhookEvent(fixtureText('whoop', name));
      if (!result.ok) throw new Error(result.failure.message);
      return result.event;
    });
    expect(events.map((event) => [event.api_version, event.action, event.object_type, event.object_id, event.owner_id])).toEqual([
      ['v2', 'update', 'workout', 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', '10129'],
      ['v2', 'delete', 'sleep', '3f0e2c2a-6b1f-4f7e-9a51-1c0f9d7a2b11', '10129'],
      ['v1', 'update', 'recovery', '93845', '10129'],
    ]);
    expect(events[0]?.trace_id).toBe('d3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77');
    expect(events[0]?.event_time).toBeNull();
  });

  it('fails with typed codes on bad bodies', () => {
    const code = (body: unknown) => {
      const result = normalizeWhoopWebhookEvent(body);
      return result.ok ? null : result.failure.code;
    };
    expect(code('{"user_id":')).toBe('invalid_json');
    expect(code('<html></html>')).toBe('not_json');
    expect(code(7)).toBe('schema_mismatch');
    expect(code({ user_id: 1, id: 2, type: 'cycle.updated' })).toBe('unsupported_shape');
    expect(code({ user_id: 1, id: 2, type: 'workout.created' })).toBe('unsupported_shape');
    expect(code({ user_id: 1, type: 'workout.updated' })).toBe('missing_id');
    expect(code({ id: 2, type: 'workout.updated' })).toBe('missing_id');
  });
});
