import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ValidationError } from '../errors/validation-error.js';
import { WEBHOOK_DELIVERY_STATUSES, WebhookDeliveryStatusSchema } from '../enums/integration.js';
import {
  parseProviderWebhookDelivery,
  ProviderWebhookDeliveryRowSchema,
  safeParseProviderWebhookDelivery,
} from './provider-webhook-delivery.js';

const at = '2024-06-12T07:05:00.000Z';
const delivery = {
  id: 'whd_01',
  user_id: 'usr_01',
  provider: 'whoop',
  delivery_key: '3f1c2b9e-7a4d-4c1e-9b2a-5d6e7f8a9b0c',
  event_json: { type: 'workout.updated', id: 'w_1', raw: '{"type":"workout.updated"}' },
  received_at: at,
  created_at: at,
  updated_at: at,
};

function failingIssues(input: unknown) {
  const result = safeParseProviderWebhookDelivery(input);
  if (result.ok) throw new Error('expected a validation failure');
  return result.error.issues.map((issue) => ({ path: issue.path, rule: issue.rule }));
}

describe('provider_webhook_deliveries rows', () => {
  it('fills the documented defaults: received, no attempts, no error, run or processed time', () => {
    expect(parseProviderWebhookDelivery(delivery)).toStrictEqual({
      ...delivery,
      status: 'received',
      attempts: 0,
      error: null,
      ingestion_run_id: null,
      processed_at: null,
    });
  });

  it('canonicalizes provider aliases and reads a stored row back unchanged', () => {
    const row = parseProviderWebhookDelivery({ ...delivery, provider: 'OURA_RING', status: 'processed', attempts: 1, ingestion_run_id: 'run_01', processed_at: at });
    expect(row.provider).toBe('oura');
    expect(ProviderWebhookDeliveryRowSchema.parse(row)).toStrictEqual(row);
  });

  it('names the field and rule of every bad value', () => {
    expect(failingIssues({ ...delivery, status: 'pending' })).toEqual([{ path: 'status', rule: 'invalid_value' }]);
    expect(failingIssues({ ...delivery, attempts: -1 })).toEqual([{ path: 'attempts', rule: 'too_small' }]);
    expect(failingIssues({ ...delivery, attempts: 1.5 })).toEqual([{ path: 'attempts', rule: 'invalid_type' }]);
    expect(failingIssues({ ...delivery, delivery_key: '' })).toEqual([{ path: 'delivery_key', rule: 'too_small' }]);
    expect(failingIssues({ ...delivery, delivery_key: 'k'.repeat(513) })).toEqual([{ path: 'delivery_key', rule: 'too_big' }]);
    expect(failingIssues({ ...delivery, provider: 'fitbit' })).toEqual([{ path: 'provider', rule: 'invalid_value' }]);
    expect(failingIssues({ ...delivery, deliveryKey: 'x' })[0]).toMatchObject({ rule: 'unrecognized_keys' });
    const { event_json: _omitted, ...withoutEvent } = delivery;
    expect(failingIssues(withoutEvent).map((issue) => issue.path)).toEqual(['event_json']);
    expect(() => parseProviderWebhookDelivery({ ...delivery, received_at: 'yesterday' })).toThrow(ValidationError);
  });

  it('never lets processed_at be before received_at (property)', () => {
    const base = Date.parse(at);
    fc.assert(
      fc.property(fc.integer({ min: -86_400_000, max: 86_400_000 }), fc.constantFrom(...WEBHOOK_DELIVERY_STATUSES), (deltaMs, status) => {
        const processedAt = new Date(base + deltaMs).toISOString();
        const result = safeParseProviderWebhookDelivery({ ...delivery, status, processed_at: processedAt });
        expect(result.ok).toBe(deltaMs >= 0);
        if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toEqual(['processed_at']);
      }),
      { numRuns: 200 },
    );
  });

  it('has exactly the four delivery statuses', () => {
    expect(WebhookDeliveryStatusSchema.options).toEqual(['received', 'processed', 'failed', 'ignored']);
  });
});
