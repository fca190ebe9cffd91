import { ConflictError, type ProviderWebhookDeliveryRow, type TrainkitRepositories } from '@trainkit/core';
import type { ProviderWebhookEvent, WebhookNormalizationResult } from '@trainkit/providers';
import { normalizeOuraWebhookEvent } from '@trainkit/providers/oura';
import { normalizeStravaWebhookEvent } from '@trainkit/providers/strava';
import { normalizeWhoopWebhookEvent } from '@trainkit/providers/whoop';
import type { ProviderClientConfig } from '../config/provider-client-config.js';
import { CONNECT_PROVIDERS, type ConnectProvider } from '../connect-provider.js';
import { WebhookVerificationError } from '../errors/webhook-verification-error.js';
import type { ConnectRuntime } from '../runtime/connect-runtime.js';
import { DEFAULT_WEBHOOK_TOLERANCE_SECONDS } from './check-webhook-timestamp.js';
import { deliveryKey } from './delivery-key.js';
import { ouraVerificationChallenge } from './oura-verification-challenge.js';
import { splitGarminNotification } from './split-garmin-notification.js';
import { stravaSubscriptionHandshake } from './strava-subscription-handshake.js';
import { verifyOuraSignature } from './verify-oura-signature.js';
import { verifyWhoopSignature } from './verify-whoop-signature.js';
import type { ScheduledWebhookDelivery } from './scheduled-webhook-delivery.js';
import type { WebhookDeliveryEvent } from './webhook-delivery-event.js';
import { problemOf, webhookProblem } from './webhook-problem.js';

/**
 * Default largest webhook body accepted, in bytes (16 MiB: Garmin pushes activity details with their samples).
 *
 * @example
 * ```ts
 * DEFAULT_MAX_WEBHOOK_BODY_BYTES; // 16777216
 * ```
 */
export const DEFAULT_MAX_WEBHOOK_BODY_BYTES = 16 * 1024 * 1024;

/**
 * Options of {@link createWebhookHandlers}.
 *
 * @example
 * ```ts
 * const options: CreateWebhookHandlersOptions = {
 *   storage, runtime: createConnectRuntime(), ids: () => crypto.randomUUID(), providers: connectConfigFromEnv(process.env).providers,
 *   process: (delivery) => processWebhookDelivery({ storage, pipeline: trainkit.ingest, sync, clock: runtime.clock, delivery }),
 * };
 * ```
 */
export interface CreateWebhookHandlersOptions {
  /** Where accounts are looked up and deliveries stored (`storage.providerAccounts`, `storage.webhookDeliveries`). */
  readonly storage: Pick<TrainkitRepositories, 'providerAccounts' | 'webhookDeliveries'>;
  /** The clock (timestamps, replay tolerance) and the logger. */
  readonly runtime: Pick<ConnectRuntime, 'clock' | 'logger'>;
  /** Ids of new delivery rows (called with the prefix `whd`). */
  readonly ids: (prefix: string) => string;
  /** The OAuth client of each provider: its secret verifies signatures, its verify token answers handshakes. */
  readonly providers: Partial<Record<ConnectProvider, ProviderClientConfig>>;
  /** Seconds a signed timestamp may be away from the clock (WHOOP, Oura); default 300. */
  readonly toleranceSeconds?: number;
  /** Largest body accepted (413 above); default {@link DEFAULT_MAX_WEBHOOK_BODY_BYTES}. */
  readonly maxBodyBytes?: number;
  /**
   * Hands a stored delivery to the host's own queue (then call `processWebhookDelivery` or `drainWebhookDeliveries`
   * from a worker). It must not throw for a failed enqueue it cannot see (e.g. a rejected promise): a delivery it
   * loses stays `received` for `drainWebhookDeliveries`. Default: `process` runs in the background of this process,
   * tracked by `idle()`.
   */
  readonly schedule?: (delivery: ScheduledWebhookDelivery) => void;
  /** Processes one stored delivery (normally `processWebhookDelivery`), after the response was sent. */
  readonly process: (delivery: ProviderWebhookDeliveryRow) => Promise<unknown>;
}

/**
 * Framework-free webhook endpoints, one per provider: a Web `Request` in, a `Response` out, so any server (Node's
 * `http` through an adapter, Hono, Next.js route handlers, Bun, Deno) can mount them. `idle()` resolves once every
 * delivery processed in the background has finished (tests, graceful shutdown).
 *
 * @example
 * ```ts
 * export const POST = (request: Request) => handlers.whoop(request);
 * await handlers.idle();
 * ```
 */
export interface WebhookHandlers {
  /** `GET` subscription validation (`hub.challenge`), `POST` events (create, update, delete, deauthorize). */
  strava(request: Request): Promise<Response>;
  /** `POST` events signed with `X-WHOOP-Signature`. */
  whoop(request: Request): Promise<Response>;
  /** `GET` verification (`challenge`), `POST` events signed with `x-oura-signature`. */
  oura(request: Request): Promise<Response>;
  /** `POST` push and ping notifications (batches of several users). */
  garmin(request: Request): Promise<Response>;
  /** The endpoint of `provider`. */
  handle(provider: ConnectProvider, request: Request): Promise<Response>;
  /** Resolves when every delivery scheduled in the background so far has been processed. */
  idle(): Promise<void>;
}

/** The body of a 200 answer: what was done with the delivery. */
interface Acknowledgement {
  readonly status: 'accepted' | 'duplicate' | 'ignored';
  readonly deliveries?: readonly string[];
  readonly reason?: string;
}

const NORMALIZERS: Readonly<Record<'strava' | 'whoop' | 'oura', (payload: unknown) => WebhookNormalizationResult>> = {
  strava: normalizeStravaWebhookEvent,
  whoop: normalizeWhoopWebhookEvent,
  oura: normalizeOuraWebhookEvent,
};

/**
 * Creates the webhook handlers. For every `POST` a handler, in order: reads the raw body (at most `maxBodyBytes`),
 * verifies it (WHOOP and Oura: HMAC-SHA256 signature over timestamp + raw body with the client secret, compared in
 * constant time, timestamp within `toleranceSeconds` of the injected clock; Strava: the subscription id when
 * `webhookSubscriptionId` is configured; Garmin has no signature, so only notifications of Garmin users with a
 * connected account are kept), normalizes it with the `@trainkit/providers` webhook normalizers, finds the user
 * through `storage.providerAccounts.findByExternalUser`, inserts a `provider_webhook_deliveries` row (status
 * `received`, key: the trace id or the SHA-256 of the raw body; one row per user of a Garmin batch), answers 200
 * at once and then hands each new delivery to `schedule` (default: `process` in the background).
 *
 * Answers: 200 `{ status: 'accepted', deliveries }`; 200 `{ status: 'duplicate' }` when the delivery was stored
 * before (nothing changes); 200 `{ status: 'ignored' }` for an unknown (or revoked) provider user and events
 * trainkit has no use for (nothing stored); RFC 9457 `application/problem+json` with `code` and `reason` otherwise:
 * 401 bad or missing signature, stale timestamp (replay), wrong verify token or subscription (nothing stored), 400
 * malformed body, 404 provider not configured, 405 wrong method, 413 body too large, 503 storage unavailable (the
 * provider delivers again later). No problem ever carries a stack, a secret or a token.
 *
 * Strava and Garmin sign nothing: mount their endpoints at a URL that is hard to guess (and, for Garmin, restrict
 * them to Garmin's addresses). Strava events are checked against `webhookSubscriptionId` when it is configured, and
 * processing fetches every object from Strava itself (a Strava delete is applied only when Strava answers 404).
 *
 * @example
 * ```ts
 * const handlers = createWebhookHandlers({
 *   storage, runtime, ids: () => crypto.randomUUID(), providers: { whoop: whoopConfig },
 *   process: (delivery) => processWebhookDelivery({ storage, pipeline: trainkit.ingest, sync, clock: runtime.clock, delivery }),
 * });
 * const response = await handlers.whoop(request); // 200 within milliseconds; processing continues in the background
 * ```
 */
export function createWebhookHandlers(options: CreateWebhookHandlersOptions): WebhookHandlers {
  const { storage, runtime, ids, providers } = options;
  const toleranceSeconds = options.toleranceSeconds ?? DEFAULT_WEBHOOK_TOLERANCE_SECONDS;
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_WEBHOOK_BODY_BYTES;
  const inFlight = new Set<Promise<void>>();

  function runInBackground(delivery: ProviderWebhookDeliveryRow): void {
    const task: Promise<void> = Promise.resolve()
      .then(() => options.process(delivery))
      .then(
        () => undefined,
        (error: unknown) => {
          runtime.logger({
            level: 'error',
            message: 'webhook delivery processing threw',
            provider: delivery.provider,
            userId: delivery.user_id,
            fields: { deliveryId: delivery.id, error: error instanceof Error ? error.name : 'error' },
          });
        },
      )
      .finally(() => inFlight.delete(task));
    inFlight.add(task);
  }

  /** Hands stored deliveries on; a throwing `schedule` is logged, never turned into an error answer (they are stored). */
  function hand(deliveries: readonly ProviderWebhookDeliveryRow[]): void {
    for (const delivery of deliveries) {
      try {
        if (options.schedule !== undefined) options.schedule({ deliveryId: delivery.id, userId: delivery.user_id, provider: delivery.provider as ConnectProvider });
        else runInBackground(delivery);
      } catch (error) {
        runtime.logger({
          level: 'error',
          message: 'scheduling a webhook delivery threw; it stays received for drainWebhookDeliveries',
          provider: delivery.provider,
          userId: delivery.user_id,
          fields: { deliveryId: delivery.id, error: error instanceof Error ? error.name : 'error' },
        });
      }
    }
  }

  async function readBody(request: Request): Promise<Uint8Array> {
    const declared = Number(request.headers.get('content-length') ?? '0');
    if (Number.isFinite(declared) && declared > maxBodyBytes) throw new BodyTooLarge();
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.byteLength > maxBodyBytes) throw new BodyTooLarge();
    return bytes;
  }

  /** The body as text; only after the signature was verified, so a forged body is a 401 whatever its bytes. */
  function decode(bytes: Uint8Array, provider: ConnectProvider): string {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new WebhookVerificationError(provider, 'malformed_body', 'the body is not UTF-8 text');
    }
  }

  function parseJson(text: string, provider: ConnectProvider): unknown {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      throw new WebhookVerificationError(provider, 'malformed_body', 'the body is not JSON');
    }
  }

  function normalize(provider: 'strava' | 'whoop' | 'oura', body: unknown): ProviderWebhookEvent {
    const result = NORMALIZERS[provider](body);
    if (!result.ok) throw new WebhookVerificationError(provider, 'malformed_body', `not a ${provider} webhook event: ${result.failure.message}`);
    return result.event;
  }

  /** The connected user of a provider account, or undefined when nobody connected it (or it was revoked). */
  async function userOf(provider: ConnectProvider, externalUserId: string): Promise<string | undefined> {
    const account = await storage.providerAccounts.findByExternalUser(provider, externalUserId);
    if (account === undefined || account.status === 'revoked' || account.status === 'disconnected') return undefined;
    return account.user_id;
  }

  /** Inserts a delivery row; `undefined` when this delivery is already stored (a duplicate: nothing changes). */
  async function store(provider: ConnectProvider, userId: string, key: string, event: WebhookDeliveryEvent): Promise<ProviderWebhookDeliveryRow | undefined> {
    if ((await storage.webhookDeliveries.findByKey(provider, key)) !== undefined) return undefined;
    const now = runtime.clock().toISOString();
    try {
      return await storage.webhookDeliveries.insert({
        id: ids('whd'),
        user_id: userId,
        provider,
        delivery_key: key,
        event_json: event,
        status: 'received',
        attempts: 0,
        received_at: now,
        created_at: now,
        updated_at: now,
      });
    } catch (error) {
      if (error instanceof ConflictError && error.kind === 'unique') return undefined;
      throw error;
    }
  }

  function acknowledge(body: Acknowledgement): Response {
    return Response.json(body, { status: 200, headers: { 'cache-control': 'no-store' } });
  }

  function methodNotAllowed(provider: ConnectProvider, allow: string): Response {
    return webhookProblem(
      { status: 405, code: 'VALIDATION_FAILED', reason: 'method_not_allowed', title: 'Method not allowed', detail: `the ${provider} webhook endpoint accepts ${allow}` },
      { allow },
    );
  }

  /** Stores one verified Strava / WHOOP / Oura event for its user. */
  async function storeEvent(provider: 'strava' | 'whoop' | 'oura', event: ProviderWebhookEvent, bytes: Uint8Array, text: string): Promise<Response> {
    const userId = await userOf(provider, event.owner_id);
    if (userId === undefined) {
      runtime.logger({ level: 'info', message: 'webhook for a provider user nobody connected: ignored', provider });
      return acknowledge({ status: 'ignored', reason: 'unknown provider user' });
    }
    const key = deliveryKey({ rawBody: bytes, traceId: event.trace_id });
    const stored = await store(provider, userId, key, { kind: 'event', event, raw_body: text });
    if (stored === undefined) {
      runtime.logger({ level: 'info', message: 'duplicate webhook delivery: nothing changed', provider, userId });
      return acknowledge({ status: 'duplicate' });
    }
    runtime.logger({ level: 'info', message: 'webhook delivery stored', provider, userId, fields: { deliveryId: stored.id, action: event.action, objectType: event.object_type } });
    hand([stored]);
    return acknowledge({ status: 'accepted', deliveries: [stored.id] });
  }

  async function strava(request: Request): Promise<Response> {
    const config = providers.strava;
    if (config === undefined) return notConfigured('strava');
    if (request.method === 'GET') return Response.json(stravaSubscriptionHandshake(new URL(request.url), config.webhookVerifyToken));
    if (request.method !== 'POST') return methodNotAllowed('strava', 'GET, POST');
    const bytes = await readBody(request);
    const text = decode(bytes, 'strava');
    const body = parseJson(text, 'strava');
    const event = normalize('strava', body);
    if (config.webhookSubscriptionId !== undefined) {
      const subscription = (body as { subscription_id?: unknown }).subscription_id;
      if (String(subscription) !== config.webhookSubscriptionId) {
        throw new WebhookVerificationError('strava', 'bad_subscription', 'the event belongs to another subscription');
      }
    }
    if (event.object_type === 'athlete' && event.action !== 'deauthorize') {
      return acknowledge({ status: 'ignored', reason: 'athlete profile update' });
    }
    return storeEvent('strava', event, bytes, text);
  }

  async function whoop(request: Request): Promise<Response> {
    const config = providers.whoop;
    if (config === undefined) return notConfigured('whoop');
    if (request.method !== 'POST') return methodNotAllowed('whoop', 'POST');
    const bytes = await readBody(request);
    verifyWhoopSignature({ rawBody: bytes, headers: request.headers, clientSecret: config.clientSecret, now: runtime.clock(), toleranceSeconds });
    const text = decode(bytes, 'whoop');
    return storeEvent('whoop', normalize('whoop', parseJson(text, 'whoop')), bytes, text);
  }

  async function oura(request: Request): Promise<Response> {
    const config = providers.oura;
    if (config === undefined) return notConfigured('oura');
    if (request.method === 'GET') return Response.json(ouraVerificationChallenge(new URL(request.url), config.webhookVerifyToken));
    if (request.method !== 'POST') return methodNotAllowed('oura', 'GET, POST');
    const bytes = await readBody(request);
    verifyOuraSignature({ rawBody: bytes, headers: request.headers, clientSecret: config.clientSecret, now: runtime.clock(), toleranceSeconds });
    const text = decode(bytes, 'oura');
    return storeEvent('oura', normalize('oura', parseJson(text, 'oura')), bytes, text);
  }

  async function garmin(request: Request): Promise<Response> {
    if (providers.garmin === undefined) return notConfigured('garmin');
    if (request.method !== 'POST') return methodNotAllowed('garmin', 'POST');
    const bytes = await readBody(request);
    const shares = splitGarminNotification(parseJson(decode(bytes, 'garmin'), 'garmin'));
    const stored: ProviderWebhookDeliveryRow[] = [];
    let unknown = 0;
    let duplicates = 0;
    for (const share of shares) {
      if (Object.keys(share.summaries).length === 0 && share.callbacks.length === 0 && !share.deregistered) continue;
      const userId = await userOf('garmin', share.garminUserId);
      if (userId === undefined) {
        unknown += 1;
        continue;
      }
      const event: WebhookDeliveryEvent = {
        kind: 'garmin',
        garmin_user_id: share.garminUserId,
        summaries: Object.fromEntries(Object.entries(share.summaries).map(([key, list]) => [key, [...list]])),
        callbacks: [...share.callbacks],
        ...(share.deregistered ? { deregistered: true as const } : {}),
      };
      const row = await store('garmin', userId, deliveryKey({ rawBody: bytes, part: share.garminUserId }), event);
      if (row === undefined) duplicates += 1;
      else stored.push(row);
    }
    runtime.logger({ level: 'info', message: 'garmin notification received', provider: 'garmin', fields: { users: shares.length, stored: stored.length, unknown, duplicates } });
    if (stored.length === 0) {
      return acknowledge(duplicates > 0 ? { status: 'duplicate' } : { status: 'ignored', reason: 'no notification of a connected Garmin user' });
    }
    hand(stored);
    return acknowledge({ status: 'accepted', deliveries: stored.map((row) => row.id) });
  }

  const endpoints: Readonly<Record<ConnectProvider, (request: Request) => Promise<Response>>> = { strava, whoop, oura, garmin };

  async function handle(provider: ConnectProvider, request: Request): Promise<Response> {
    if (!CONNECT_PROVIDERS.includes(provider)) return notConfigured(provider);
    try {
      return await endpoints[provider](request);
    } catch (error) {
      if (error instanceof BodyTooLarge) {
        return webhookProblem({ status: 413, code: 'VALIDATION_FAILED', reason: 'body_too_large', title: 'Webhook body too large', detail: `the body is larger than ${maxBodyBytes} bytes` });
      }
      const problem = problemOf(error);
      runtime.logger({
        level: problem.status >= 500 ? 'error' : 'warn',
        message: problem.status >= 500 ? 'webhook delivery could not be stored' : 'webhook delivery refused',
        provider,
        fields: { status: problem.status, reason: problem.reason, error: error instanceof Error ? error.name : 'error' },
      });
      return webhookProblem(problem);
    }
  }

  return {
    strava: (request) => handle('strava', request),
    whoop: (request) => handle('whoop', request),
    oura: (request) => handle('oura', request),
    garmin: (request) => handle('garmin', request),
    handle,
    async idle() {
      for (let round = 0; round < 1000 && inFlight.size > 0; round += 1) await Promise.allSettled([...inFlight]);
    },
  };
}

/** Thrown inside a handler when the body is larger than `maxBodyBytes`; answered with 413. */
class BodyTooLarge extends Error {}

function notConfigured(provider: string): Response {
  return webhookProblem({
    status: 404,
    code: 'CONFIG_INVALID',
    reason: 'provider_not_configured',
    title: 'Webhook endpoint not configured',
    detail: `no client configuration for ${provider}: its webhooks are not accepted`,
  });
}
