import { asJsonValue, isJsonObject } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { guard } from '../internal/guard.js';
import { readPayload } from '../internal/read-payload.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationFailure } from '../normalization-failure.js';
import type { ProviderWebhookEvent, WebhookAction, WebhookNormalizationResult } from '../provider-webhook-event.js';
import { STRAVA_NORMALIZERS } from './strava-normalizers.js';

const ASPECTS: Readonly<Record<string, WebhookAction>> = { create: 'create', update: 'update', delete: 'delete' };
const OBJECT_TYPES = new Set(['activity', 'athlete']);

/**
 * Normalizes a Strava webhook event body (`{ object_type, object_id, aspect_type, updates, owner_id,
 * subscription_id, event_time }`) into a typed event. An athlete `update` with `updates.authorized === "false"` (a
 * string) is a `deauthorize`. `event_time` (epoch seconds) becomes an instant; ids become strings. Unknown object or
 * aspect types fail with `unsupported_shape`; it never throws.
 *
 * @example
 * ```ts
 * const result = normalizeStravaWebhookEvent({ aspect_type: 'update', event_time: 1718173203, object_id: 48151623, object_type: 'athlete', owner_id: 48151623, subscription_id: 120475, updates: { authorized: 'false' } });
 * result.ok && result.event.action; // 'deauthorize'
 * ```
 */
export function normalizeStravaWebhookEvent(payload: unknown): WebhookNormalizationResult {
  const normalizer = STRAVA_NORMALIZERS.webhook;
  const fail = (failure: NormalizationFailure): WebhookNormalizationResult => ({ ok: false, normalizer, failure });
  const read = readPayload(payload);
  if (!read.ok) return fail(read.failure);
  return guard(() => {
    const body = read.value;
    if (!isJsonObject(body)) return fail({ code: 'schema_mismatch', message: 'a webhook event must be a JSON object', path: [] });
    if (typeof body.object_type !== 'string' || !OBJECT_TYPES.has(body.object_type)) {
      return fail({ code: 'unsupported_shape', message: 'object_type must be "activity" or "athlete"', path: ['object_type'] });
    }
    const aspect = typeof body.aspect_type === 'string' ? ASPECTS[body.aspect_type] : undefined;
    if (aspect === undefined) return fail({ code: 'unsupported_shape', message: 'aspect_type must be create, update or delete', path: ['aspect_type'] });
    const objectId = readId(body.object_id);
    if (objectId === null) return fail({ code: 'missing_id', message: 'object_id is not a usable id', path: ['object_id'] });
    const ownerId = readId(body.owner_id);
    if (ownerId === null) return fail({ code: 'missing_id', message: 'owner_id is not a usable id', path: ['owner_id'] });
    let eventTime = null;
    if (body.event_time !== undefined && body.event_time !== null) {
      eventTime = typeof body.event_time === 'number' && Number.isFinite(body.event_time)
        ? parseInstant(safeIso(body.event_time * 1000))
        : null;
      if (eventTime === null) return fail({ code: 'invalid_date', message: 'event_time is not epoch seconds in trainkit\'s years', path: ['event_time'] });
    }
    let updates: Record<string, NonNullable<ReturnType<typeof asJsonValue>> | null> = {};
    if (body.updates !== undefined && body.updates !== null) {
      if (!isJsonObject(body.updates)) return fail({ code: 'schema_mismatch', message: 'updates must be an object', path: ['updates'] });
      // `fromEntries` defines own keys, so an update named `__proto__` stays a key instead of setting the prototype.
      updates = Object.fromEntries(Object.entries(body.updates).map(([key, value]) => [key, asJsonValue(value)]));
    }
    const deauthorized = body.object_type === 'athlete' && aspect === 'update' && String(updates.authorized) === 'false';
    const event: ProviderWebhookEvent = {
      provider: 'strava',
      api_version: null,
      action: deauthorized ? 'deauthorize' : aspect,
      object_type: body.object_type,
      object_id: objectId,
      owner_id: ownerId,
      event_time: eventTime,
      updates,
      trace_id: null,
      raw_payload: asJsonValue(body) ?? {},
    };
    return { ok: true, normalizer, event };
  }, fail);
}

function safeIso(ms: number): string | null {
  const date = new Date(ms);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
}
