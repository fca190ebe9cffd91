import { guard } from '../internal/guard.js';
import { asJsonValue, isJsonObject, readPayload } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import { parseInstant } from '../internal/time.js';
import type { NormalizationFailure } from '../normalization-failure.js';
import type { ProviderWebhookEvent, WebhookAction, WebhookNormalizationResult } from '../provider-webhook-event.js';
import { OURA_NORMALIZERS } from './oura-normalizers.js';

const ACTIONS: Readonly<Record<string, WebhookAction>> = { create: 'create', update: 'update', delete: 'delete' };

/**
 * Normalizes an Oura webhook body (`{ event_type, data_type, object_id, event_time, user_id }`) into a typed event:
 * `event_type` (`create`, `update`, `delete`) is the action, `data_type` (`workout`, `sleep`, `daily_readiness`, ...,
 * an open list) the object type. `event_time` becomes a UTC instant. Unknown event types fail with
 * `unsupported_shape`; it never throws. (Verify `x-oura-signature` before calling this.)
 *
 * @example
 * ```ts
 * const result = normalizeOuraWebhookEvent({ event_type: 'update', data_type: 'sleep', object_id: '5b7d…', event_time: '2025-05-09T13:01:22.000+00:00', user_id: '2F3A…' });
 * result.ok && result.event.object_type; // 'sleep'
 * ```
 */
export function normalizeOuraWebhookEvent(payload: unknown): WebhookNormalizationResult {
  const normalizer = OURA_NORMALIZERS.webhook;
  const fail = (failure: NormalizationFailure): WebhookNormalizationResult => ({ ok: false, normalizer, failure });
  const read = readPayload(payload);
  if (!read.ok) return fail(read.failure);
  return guard(() => {
    const body = read.value;
    if (!isJsonObject(body)) return fail({ code: 'schema_mismatch', message: 'a webhook event must be a JSON object', path: [] });
    const action = typeof body.event_type === 'string' ? ACTIONS[body.event_type] : undefined;
    if (action === undefined) return fail({ code: 'unsupported_shape', message: 'event_type must be create, update or delete', path: ['event_type'] });
    if (typeof body.data_type !== 'string' || body.data_type.length === 0) {
      return fail({ code: 'unsupported_shape', message: 'data_type must be a non-empty string', path: ['data_type'] });
    }
    const objectId = readId(body.object_id);
    if (objectId === null) return fail({ code: 'missing_id', message: 'object_id is not a usable id', path: ['object_id'] });
    const ownerId = readId(body.user_id);
    if (ownerId === null) return fail({ code: 'missing_id', message: 'user_id is not a usable id', path: ['user_id'] });
    let eventTime = null;
    if (body.event_time !== undefined && body.event_time !== null) {
      eventTime = parseInstant(body.event_time);
      if (eventTime === null) return fail({ code: 'invalid_date', message: 'event_time is not an ISO-8601 date-time with an offset', path: ['event_time'] });
    }
    const event: ProviderWebhookEvent = {
      provider: 'oura',
      api_version: null,
      action,
      object_type: body.data_type,
      object_id: objectId,
      owner_id: ownerId,
      event_time: eventTime,
      updates: {},
      trace_id: null,
      raw_payload: asJsonValue(body) ?? {},
    };
    return { ok: true, normalizer, event };
  }, fail);
}
