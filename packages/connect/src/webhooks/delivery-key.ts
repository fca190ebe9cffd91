import { createHash } from 'node:crypto';

/**
 * The key that identifies a webhook delivery at its provider, unique per provider in `provider_webhook_deliveries`,
 * so a delivery sent twice is stored once: the provider's trace id when it sends one (WHOOP `trace_id`), else the
 * hex SHA-256 of the raw body (Strava and Oura resend the same body). `part` names one share of a body that holds
 * several users' notifications (a Garmin batch: the Garmin user id), so each user's share has its own key.
 *
 * @example
 * ```ts
 * deliveryKey({ rawBody: '{"aspect_type":"create"}' }); // 64 hex characters
 * deliveryKey({ rawBody, traceId: 'd3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77' }); // 'd3c1a2b0-7e55-4d0b-8a8e-2f4a9c6b1e77'
 * ```
 */
export function deliveryKey(input: { readonly rawBody: Uint8Array | string; readonly traceId?: string | null; readonly part?: string }): string {
  const base = input.traceId !== undefined && input.traceId !== null && input.traceId !== ''
    ? input.traceId.slice(0, 256)
    : createHash('sha256').update(input.rawBody).digest('hex');
  return input.part === undefined ? base : `${base}:${input.part.slice(0, 200)}`;
}
