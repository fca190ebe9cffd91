import { guard } from '../internal/guard.js';
import { asJsonValue, isJsonObject, readPayload } from '../internal/read-payload.js';
import { readId } from '../internal/read-id.js';
import type { NormalizationFailure } from '../normalization-failure.js';
import type { ProviderWebhookEvent, WebhookAction, WebhookNormalizationResult } from '../provider-webhook-event.js';
import { WHOOP_NORMALIZERS } from './whoop-normalizers.js';

const OBJECT_TYPES = new Set(['workout', 'sleep', 'recovery']);
const ACTIONS: Readonly<Record<string, WebhookAction>> = { updated: 'update', deleted: 'delete' };

/**
 * Normalizes a WHOOP webhook body (`{ user_id, id, type, trace_id }`) into a typed event. `type` is
 * `<workout|sleep|recovery>.<updated|deleted>`. The model version follows the id: a UUID string is `v2` (the default),
 * an integer `v1` (legacy; a v1 recovery event carries the cycle id). Ids become strings; WHOOP sends no event time.
 * Unknown types fail with `unsupported_shape`; it never throws. (Verify `X-WHOOP-Signature` before calling this.)
 *
 * @example
 * ```ts
 * const result = normalizeWhoopWebhookEvent({ user_id: 10129, id: 'ecfc6a15-4661-442f-a9a4-f160dd7afae8', type: 'workout.updated', trace_id: 'd3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77' });
 * result.ok && result.event.api_version; // 'v2'
 * ```
 */
export function normalizeWhoopWebhookEvent(payload: unknown): WebhookNormalizationResult {
  const normalizer = WHOOP_NORMALIZERS.webhook;
  const fail = (failure: NormalizationFailure): WebhookNormalizationResult => ({ ok: false, normalizer, failure });
  const read = readPayload(payload);
  if (!read.ok) return fail(read.failure);
  return guard(() => {
    const body = read.value;
    if (!isJsonObject(body)) return fail({ code: 'schema_mismatch', message: 'a webhook event must be a JSON object', path: [] });
    const [objectType, change] = typeof body.type === 'string' ? body.type.split('.') : [];
    const action = change === undefined ? undefined : ACTIONS[change];
    if (objectType === undefined || !OBJECT_TYPES.has(objectType) || action === undefined) {
      return fail({ code: 'unsupported_shape', message: 'type must be workout, sleep or recovery, then .updated or .deleted', path: ['type'] });
    }
    const objectId = readId(body.id);
    if (objectId === null) return fail({ code: 'missing_id', message: 'id is not a usable id', path: ['id'] });
    const ownerId = readId(body.user_id);
    if (ownerId === null) return fail({ code: 'missing_id', message: 'user_id is not a usable id', path: ['user_id'] });
    const traceId = typeof body.trace_id === 'string' && body.trace_id.length > 0 ? body.trace_id : null;
    const event: ProviderWebhookEvent = {
      provider: 'whoop',
      api_version: typeof body.id === 'number' ? 'v1' : 'v2',
      action,
      object_type: objectType,
      object_id: objectId,
      owner_id: ownerId,
      event_time: null,
      updates: {},
      trace_id: traceId,
      raw_payload: asJsonValue(body) ?? {},
    };
    return { ok: true, normalizer, event };
  }, fail);
}
