import type { Instant, ProviderWebhookDeliveryRow, TrainkitRepositories, UserId } from '@trainkit/core';
import { GARMIN_PING_RESOURCES } from '@trainkit/providers/garmin';
import type { ConnectPipeline } from '../connect-pipeline.js';
import type { ConnectProvider } from '../connect-provider.js';
import { ProviderHttpError, type ProviderHttpFailure } from '../errors/provider-http-error.js';
import type { ConnectLogger } from '../runtime/connect-runtime.js';
import { redactSecrets } from '../runtime/redact-secrets.js';
import type { FetchedPayload, SyncService } from '../sync/sync-types.js';
import { WebhookDeliveryEventSchema, type WebhookDeliveryEvent } from './webhook-delivery-event.js';

/**
 * Default number of processing attempts of a delivery whose failure is transient (a provider rate limit, 5xx,
 * network error or timeout) before it is marked `failed`; until then it stays `received`, so the next
 * `drainWebhookDeliveries` tries again.
 *
 * @example
 * ```ts
 * DEFAULT_WEBHOOK_MAX_ATTEMPTS; // 5
 * ```
 */
export const DEFAULT_WEBHOOK_MAX_ATTEMPTS = 5;

/** Provider failures worth another attempt later. */
const TRANSIENT: ReadonlySet<ProviderHttpFailure> = new Set(['rate_limited', 'server_error', 'network', 'timeout', 'invalid_response', 'request_budget_exhausted']);

/**
 * What processing a webhook delivery needs: storage (the delivery and account rows), the ingestion pipeline, the
 * sync service (to fetch the object an event names), the clock, and how to mark a deauthorized account (default:
 * status `revoked`, both encrypted token columns and the expiry set to null, on the accounts of that provider user).
 *
 * @example
 * ```ts
 * const dependencies: WebhookProcessingDependencies = { storage, pipeline: trainkit.ingest, sync, clock: runtime.clock };
 * ```
 */
export interface WebhookProcessingDependencies {
  readonly storage: Pick<TrainkitRepositories, 'webhookDeliveries' | 'providerAccounts' | 'externalActivityRecords'>;
  readonly pipeline: ConnectPipeline;
  readonly sync: Pick<SyncService, 'fetchObject'>;
  readonly clock: () => Date;
  readonly markRevoked?: (userId: string, provider: ConnectProvider) => Promise<void>;
  /**
   * Whether the provider really withdrew the account's access, asked before a deauthorization deletes anything. Strava
   * signs nothing, so a forged deauthorization is told apart by the provider still accepting the account's token
   * (answer `false`: nothing is deleted, the delivery is `ignored`). Omitted: every deauthorization is applied.
   */
  readonly confirmDeauthorization?: (userId: string, provider: ConnectProvider) => Promise<boolean>;
  readonly logger?: ConnectLogger;
  /** Attempts before a transient failure is final; default {@link DEFAULT_WEBHOOK_MAX_ATTEMPTS}. */
  readonly maxAttempts?: number;
}

/**
 * Options of {@link processWebhookDelivery}: the dependencies and the stored delivery.
 *
 * @example
 * ```ts
 * const options: ProcessWebhookDeliveryOptions = { storage, pipeline: trainkit.ingest, sync, clock: runtime.clock, delivery };
 * ```
 */
export interface ProcessWebhookDeliveryOptions extends WebhookProcessingDependencies {
  readonly delivery: ProviderWebhookDeliveryRow;
}

/** What one event did, before the row is updated. */
interface Outcome {
  readonly status: 'processed' | 'ignored' | 'failed';
  readonly runId: string | null;
  readonly note: string | null;
}

/**
 * Processes one stored webhook delivery (status `received`; any other status is returned unchanged, so a delivery
 * handed on twice is processed once) and records the outcome on its row:
 * - create / update (Strava activity, WHOOP workout / sleep / recovery, Oura data types): `sync.fetchObject` fetches
 *   the object, then the pipeline stores and normalizes it in a run of kind `webhook`; an object type the sync service
 *   returns nothing for is `ignored`;
 * - delete: `pipeline.deleteRecords` with that external id (the deletion is a run); Strava signs nothing, so a Strava
 *   delete is applied only when Strava answers 404 for the activity (one that still exists is ingested instead);
 * - Strava deauthorization: `pipeline.deleteRecords` of every Strava record of the user (reason
 *   `strava deauthorization`, a run), then the account is marked `revoked` with its tokens cleared;
 * - Garmin: the pushed summaries are ingested as sent, the ping callbacks fetched (`fetchObject` with the
 *   `callbackUrl`) and ingested, in one `webhook` run; summary types trainkit does not normalize are skipped.
 *
 * The row becomes `processed` (with the run), `ignored`, `failed` with the run when the run could read nothing (the
 * provider answered an HTML page or a renamed shape: the raw text is kept as the run's ingestion failure), or, when
 * processing throws, `failed` with the error (never a token) and one more attempt; a transient provider failure (rate limit, 5xx, network, timeout) stays `received`
 * until `maxAttempts`, for the next drain. Returns the updated row; only a storage failure while recording the
 * outcome throws.
 *
 * @example
 * ```ts
 * const row = await processWebhookDelivery({ storage, pipeline: trainkit.ingest, sync, clock: runtime.clock, delivery });
 * console.log(row.status, row.ingestion_run_id);
 * ```
 */
export async function processWebhookDelivery(options: ProcessWebhookDeliveryOptions): Promise<ProviderWebhookDeliveryRow> {
  const { storage } = options;
  const userId = options.delivery.user_id;
  const current = await storage.webhookDeliveries.find(userId, options.delivery.id);
  if (current === undefined || current.status !== 'received') return current ?? options.delivery;
  const attempts = current.attempts + 1;
  const parsed = WebhookDeliveryEventSchema.safeParse(current.event_json);
  if (!parsed.success) {
    return finish(options, current, { status: 'failed', attempts, error: 'event_json is not a stored webhook event', runId: null });
  }
  try {
    const outcome = await dispatch(options, current, parsed.data);
    options.logger?.({
      level: outcome.status === 'failed' ? 'error' : 'info',
      message: `webhook delivery ${outcome.status}`,
      provider: current.provider,
      userId,
      fields: { deliveryId: current.id, runId: outcome.runId, note: outcome.note },
    });
    return await finish(options, current, { status: outcome.status, attempts, error: outcome.note, runId: outcome.runId });
  } catch (error) {
    const transient = error instanceof ProviderHttpError && TRANSIENT.has(error.reason);
    const final = !transient || attempts >= (options.maxAttempts ?? DEFAULT_WEBHOOK_MAX_ATTEMPTS);
    const message = describe(error);
    options.logger?.({
      level: final ? 'error' : 'warn',
      message: final ? 'webhook delivery failed' : 'webhook delivery failed; it will be tried again',
      provider: current.provider,
      userId,
      fields: { deliveryId: current.id, attempts, error: message },
    });
    return finish(options, current, { status: final ? 'failed' : 'received', attempts, error: message, runId: null });
  }
}

async function dispatch(options: ProcessWebhookDeliveryOptions, delivery: ProviderWebhookDeliveryRow, stored: WebhookDeliveryEvent): Promise<Outcome> {
  const { pipeline, sync } = options;
  const userId = delivery.user_id;
  const provider = delivery.provider as ConnectProvider;
  if (stored.kind === 'garmin') return processGarmin(options, delivery, stored);
  const { event } = stored;
  if (event.action === 'deauthorize') {
    if (options.confirmDeauthorization !== undefined && !(await options.confirmDeauthorization(userId, provider))) {
      return { status: 'ignored', runId: null, note: `${provider} still accepts the account's token: the deauthorization was not confirmed and nothing was deleted` };
    }
    const result = await pipeline.deleteRecords({ userId, provider, reason: `${provider} deauthorization`, kind: 'webhook' });
    await (options.markRevoked ?? ((user) => revokeAccounts(options, user, provider, event.owner_id)))(userId, provider);
    return { status: 'processed', runId: result.run.id, note: null };
  }
  if (event.action === 'delete') {
    if (provider === 'strava') {
      // Strava signs nothing: a delete is applied only when Strava itself no longer has the activity.
      const still = await stillAtProvider(options, userId, provider, event.object_type, event.object_id);
      if (still.length > 0) return ingest(options, delivery, still, 'the activity still exists at strava: the delete event was not applied');
    }
    const result = await pipeline.deleteRecords({
      userId,
      provider,
      externalIds: await deletionTargets(options, userId, provider, event.object_type, event.object_id),
      reason: `${provider} webhook: ${event.object_type} ${event.object_id} deleted`,
      kind: 'webhook',
    });
    return { status: 'processed', runId: result.run.id, note: null };
  }
  const payloads = await sync.fetchObject(provider, userId, { objectType: event.object_type, objectId: event.object_id });
  if (payloads.length === 0) return { status: 'ignored', runId: null, note: `nothing to ingest for ${provider} ${event.object_type}` };
  return ingest(options, delivery, payloads, null);
}

/**
 * The raw-lake ids a delete event removes. A WHOOP recovery is stored as `<cycle id>:recovery` (its cycle holds the
 * bare id): a v1 event names the cycle, a v2 event the sleep, which is the recovery's parent.
 */
async function deletionTargets(options: ProcessWebhookDeliveryOptions, userId: string, provider: ConnectProvider, objectType: string, objectId: string): Promise<string[]> {
  if (provider !== 'whoop' || objectType !== 'recovery') return [objectId];
  const children = await options.storage.externalActivityRecords.list(userId as UserId, { where: { provider: 'whoop', parent_external_id: objectId, resource: 'recovery' } });
  return [`${objectId}:recovery`, ...children.map((record) => record.external_id)];
}

/** What the provider still serves for an object a delete event names (nothing when it answers 404). */
async function stillAtProvider(options: ProcessWebhookDeliveryOptions, userId: string, provider: ConnectProvider, objectType: string, objectId: string): Promise<readonly FetchedPayload[]> {
  try {
    return await options.sync.fetchObject(provider, userId, { objectType, objectId });
  } catch (error) {
    if (error instanceof ProviderHttpError && error.reason === 'not_found') return [];
    throw error;
  }
}

async function processGarmin(
  options: ProcessWebhookDeliveryOptions,
  delivery: ProviderWebhookDeliveryRow,
  stored: Extract<WebhookDeliveryEvent, { kind: 'garmin' }>,
): Promise<Outcome> {
  if (stored.deregistered === true) return applyGarminDeregistration(options, delivery.user_id, stored.garmin_user_id);
  const payloads: FetchedPayload[] = [];
  const skipped: string[] = [];
  for (const [summaryType, summaries] of Object.entries(stored.summaries)) {
    const resource = GARMIN_PING_RESOURCES[summaryType];
    if (resource === undefined || resource === 'fit' || summaries.length === 0) skipped.push(summaryType);
    else payloads.push({ resource, payload: { [summaryType]: summaries } });
  }
  for (const callback of stored.callbacks) {
    if (callback.resource === null || callback.resource === 'fit') {
      skipped.push(callback.summary_type);
      continue;
    }
    const fetched = await options.sync.fetchObject('garmin', delivery.user_id, {
      objectType: callback.summary_type,
      objectId: callback.summary_id ?? callback.summary_type,
      callbackUrl: callback.callback_url,
    });
    payloads.push(...fetched);
  }
  const note = skipped.length === 0 ? null : `summary types trainkit does not ingest yet: ${[...new Set(skipped)].join(', ')}`;
  if (payloads.length === 0) return { status: 'ignored', runId: null, note };
  return ingest(options, delivery, payloads, note);
}

/**
 * Stores and normalizes the payloads in one `webhook` run. A run that read nothing at all (status `failed`: every
 * payload unreadable, each an `ingestion_failures` row with its raw text) fails the delivery; otherwise it is processed.
 */
async function ingest(
  options: ProcessWebhookDeliveryOptions,
  delivery: ProviderWebhookDeliveryRow,
  payloads: readonly FetchedPayload[],
  note: string | null,
): Promise<Outcome> {
  const userId = delivery.user_id;
  const provider = delivery.provider as ConnectProvider;
  const run = await options.pipeline.openRun({ userId, provider, kind: 'webhook' });
  for (const fetched of payloads) {
    await options.pipeline.ingestPayload({
      userId,
      provider,
      resource: fetched.resource,
      payload: fetched.payload,
      runId: run.id,
      kind: 'webhook',
      ...(fetched.options === undefined ? {} : { options: fetched.options }),
    });
  }
  const finished = await options.pipeline.finishRun({ userId, runId: run.id });
  if (finished.run.status === 'failed') {
    return { status: 'failed', runId: finished.run.id, note: `ingestion run ${finished.run.id} failed: nothing could be read (see its ingestion failures)` };
  }
  return { status: 'processed', runId: finished.run.id, note };
}

/**
 * A Garmin deregistration: the account is revoked (tokens cleared) once Garmin confirms it by refusing the account's
 * token, since pushes are not signed. The data already ingested is kept: unlike Strava's, Garmin's deregistration
 * withdraws access to new data; deleting the athlete's Garmin records is the host's decision (`ingest.deleteRecords`).
 */
async function applyGarminDeregistration(options: ProcessWebhookDeliveryOptions, userId: string, garminUserId: string): Promise<Outcome> {
  if (options.confirmDeauthorization !== undefined && !(await options.confirmDeauthorization(userId, 'garmin'))) {
    return { status: 'ignored', runId: null, note: "garmin still accepts the account's token: the deregistration was not confirmed and the account stays connected" };
  }
  await (options.markRevoked ?? ((user) => revokeAccounts(options, user, 'garmin', garminUserId)))(userId, 'garmin');
  return { status: 'processed', runId: null, note: 'garmin deregistration: the account is revoked; its ingested data is kept' };
}

/** Default `markRevoked`: the user's accounts of that provider user become `revoked`, tokens cleared. */
async function revokeAccounts(options: ProcessWebhookDeliveryOptions, userId: string, provider: ConnectProvider, externalUserId: string): Promise<void> {
  const accounts = await options.storage.providerAccounts.listByProvider(userId as UserId, provider);
  for (const account of accounts) {
    if (account.external_user_id !== externalUserId) continue;
    await options.storage.providerAccounts.update(account.user_id, account.id, {
      status: 'revoked',
      status_raw: 'deauthorized at the provider',
      access_token_encrypted: null,
      refresh_token_encrypted: null,
      token_expires_at: null,
      updated_at: options.clock().toISOString() as Instant,
    });
  }
}

async function finish(
  options: ProcessWebhookDeliveryOptions,
  delivery: ProviderWebhookDeliveryRow,
  outcome: { status: ProviderWebhookDeliveryRow['status']; attempts: number; error: string | null; runId: string | null },
): Promise<ProviderWebhookDeliveryRow> {
  const now = options.clock().toISOString() as Instant;
  return options.storage.webhookDeliveries.update(delivery.user_id, delivery.id, {
    status: outcome.status,
    attempts: outcome.attempts,
    error: outcome.error,
    ingestion_run_id: (outcome.runId ?? delivery.ingestion_run_id) as ProviderWebhookDeliveryRow['ingestion_run_id'],
    processed_at: outcome.status === 'received' ? delivery.processed_at : now,
    updated_at: now,
  });
}

/** The error as stored on the row and logged: name, stable reason or code, message; secrets redacted, bounded. */
function describe(error: unknown): string {
  if (!(error instanceof Error)) return 'processing failed';
  const reason = 'reason' in error && typeof error.reason === 'string' ? error.reason : 'code' in error && typeof error.code === 'string' ? error.code : null;
  const text = `${error.name}${reason === null ? '' : ` (${reason})`}: ${error.message}`;
  return String(redactSecrets(text)).slice(0, 1000);
}
