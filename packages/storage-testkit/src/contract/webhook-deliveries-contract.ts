import {
  IngestionRunIdSchema,
  InstantSchema,
  isTrainkitError,
  ProviderWebhookDeliveryIdSchema,
  WEBHOOK_DELIVERY_STATUSES,
  type Provider,
  type ProviderWebhookDeliveryInsert,
  type ProviderWebhookDeliveryRow,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureRows } from '../fixtures/fixture-rows.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { expectConflict, expectNotFound, expectValidation } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { propertyRuns } from './property-runs.js';

const JANE = 'usr_jane' as UserId;
const OTHER = 'usr_other' as UserId;
const T0 = Date.UTC(2024, 5, 12, 7, 0, 0, 0);
const TABLE = 'provider_webhook_deliveries';

const at = (seconds: number) => InstantSchema.parse(new Date(T0 + seconds * 1000).toISOString());
const runOf = (userId: UserId) => IngestionRunIdSchema.parse(`${userId}_run`);
const id = (value: string) => ProviderWebhookDeliveryIdSchema.parse(value);

/** A new delivery of `user_id` received `seconds` after T0 (status `received` unless overridden). */
function delivery(
  overrides: Partial<ProviderWebhookDeliveryInsert> & Pick<ProviderWebhookDeliveryInsert, 'id' | 'delivery_key'>,
  seconds = 0,
): ProviderWebhookDeliveryInsert {
  return {
    user_id: JANE,
    provider: 'whoop',
    event_json: { kind: 'upsert', type: 'workout.updated', objectId: overrides.delivery_key, rawBody: '{"type":"workout.updated"}' },
    received_at: at(seconds),
    created_at: at(seconds),
    updated_at: at(seconds),
    ...overrides,
  };
}

/** The stored row `input` must come back as (defaults applied). */
function stored(input: ProviderWebhookDeliveryInsert): ProviderWebhookDeliveryRow {
  return fixtureRows(TABLE, [input])[0]!;
}

async function seedUsers(repos: TrainkitRepositories): Promise<void> {
  for (const userId of [JANE, OTHER]) {
    await repos.users.insert({ id: userId, created_at: at(0) });
    await repos.ingestionRuns.insert({ id: runOf(userId), user_id: userId, provider: 'whoop', kind: 'webhook', started_at: at(0) });
  }
}

/** What `listPending` must return: received deliveries, oldest `received_at` first, then by id, at most `limit`. */
function pendingModel(rows: readonly ProviderWebhookDeliveryRow[], limit: number): ProviderWebhookDeliveryRow[] {
  return rows
    .filter((row) => row.status === 'received')
    .sort((a, b) => Date.parse(a.received_at) - Date.parse(b.received_at) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .slice(0, limit);
}

const pendingOperation = fc.record({
  user: fc.constantFrom(JANE, OTHER),
  provider: fc.constantFrom<Provider>('whoop', 'strava', 'oura', 'garmin'),
  second: fc.nat({ max: 5 }),
  status: fc.constantFrom(...WEBHOOK_DELIVERY_STATUSES),
});

/**
 * `webhookDeliveries`: one row per (provider, delivery_key) across all users (a duplicate insert is a unique
 * `ConflictError`, which is how webhook handlers detect a repeated delivery), `findByKey` and `listPending` read
 * across users, every other read and write is the user's own, and the rows go with their user and outlive their run.
 */
export function describeWebhookDeliveriesContract(options: StorageContractOptions): void {
  describe('webhook deliveries', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('inserts with defaults, reads back and updates the processing state', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const input = delivery({ id: 'whd_1', delivery_key: 'trace-1' });
      const inserted = await deliveries.insert(input);
      expect(inserted).toStrictEqual(stored(input));
      expect(inserted).toMatchObject({ status: 'received', attempts: 0, error: null, ingestion_run_id: null, processed_at: null });
      expect(await deliveries.get(JANE, id('whd_1'))).toStrictEqual(inserted);
      expect(await deliveries.find(JANE, id('whd_1'))).toStrictEqual(inserted);
      expect(await deliveries.list(JANE)).toStrictEqual([inserted]);

      const failed = await deliveries.update(JANE, id('whd_1'), { status: 'failed', attempts: 1, error: 'HTTP 503 from the provider', processed_at: at(2), updated_at: at(2) });
      expect(failed).toStrictEqual({ ...inserted, status: 'failed', attempts: 1, error: 'HTTP 503 from the provider', processed_at: at(2), updated_at: at(2) });
      const patch = { status: 'processed' as const, attempts: 2, error: null, ingestion_run_id: runOf(JANE), processed_at: at(5), updated_at: at(5) };
      const processed = await deliveries.update(JANE, id('whd_1'), patch);
      expect(processed).toStrictEqual({ ...inserted, ...patch });
      expect(await deliveries.get(JANE, id('whd_1'))).toStrictEqual(processed);

      await expectValidation(deliveries.update(JANE, id('whd_1'), { processed_at: at(-1) }), 'processed_at', 'custom', 'processed before received');
      await expectValidation(deliveries.update(JANE, id('whd_1'), { attempts: -1 }), 'attempts', 'too_small', 'negative attempts');
      await expectValidation(deliveries.insert(delivery({ id: 'whd_bad', delivery_key: 'trace-bad', status: 'pending' as never })), 'status', 'invalid_value', 'unknown status');
      await expectValidation(deliveries.insert(delivery({ id: 'whd_bad', delivery_key: '' })), 'delivery_key', 'too_small', 'empty key');
      expect(await deliveries.find(JANE, id('whd_bad'))).toBeUndefined();
      expect(await deliveries.get(JANE, id('whd_1'))).toStrictEqual(processed);
    });

    it('refuses a second delivery with the same (provider, delivery_key), for any user, and writes nothing', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const first = await deliveries.insert(delivery({ id: 'whd_1', delivery_key: 'trace-1' }));
      await expectConflict(deliveries.insert(delivery({ id: 'whd_2', delivery_key: 'trace-1' })), TABLE, 'unique', 'same key, same user');
      await expectConflict(deliveries.insert(delivery({ id: 'whd_3', user_id: OTHER, delivery_key: 'trace-1' })), TABLE, 'unique', 'same key, another user');
      await expectConflict(
        deliveries.insertMany([delivery({ id: 'whd_4', delivery_key: 'trace-4' }), delivery({ id: 'whd_5', delivery_key: 'trace-1' })]),
        TABLE,
        'unique',
        'a batch with a known key',
      );
      await expectConflict(deliveries.insert(delivery({ id: 'whd_1', delivery_key: 'trace-other' })), TABLE, 'unique', 'same id');
      expect(await deliveries.list(JANE)).toStrictEqual([first]);
      expect(await deliveries.list(OTHER)).toStrictEqual([]);
      // The key is per provider: the same key at another provider is another delivery.
      const oura = await deliveries.insert(delivery({ id: 'whd_6', user_id: OTHER, provider: 'oura', delivery_key: 'trace-1' }));
      expect(await deliveries.list(OTHER)).toStrictEqual([oura]);
      // An update cannot move a delivery onto another's key either.
      await expectConflict(deliveries.update(OTHER, oura.id, { provider: 'whoop' }), TABLE, 'unique', 'update onto a known key');
      expect(await deliveries.get(OTHER, oura.id)).toStrictEqual(oura);
    });

    it('findByKey finds a delivery by provider and key whoever owns it, and nothing else', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const jane = await deliveries.insert(delivery({ id: 'whd_1', delivery_key: 'trace-1' }));
      const other = await deliveries.insert(delivery({ id: 'whd_2', user_id: OTHER, delivery_key: 'trace-2' }));
      const strava = await deliveries.insert(delivery({ id: 'whd_3', user_id: OTHER, provider: 'strava', delivery_key: 'trace-1' }));
      expect(await deliveries.findByKey('whoop', 'trace-1')).toStrictEqual(jane);
      expect(await deliveries.findByKey('whoop', 'trace-2')).toStrictEqual(other);
      expect(await deliveries.findByKey('strava', 'trace-1')).toStrictEqual(strava);
      expect(await deliveries.findByKey('strava', 'trace-2')).toBeUndefined();
      expect(await deliveries.findByKey('whoop', 'TRACE-1')).toBeUndefined();
      expect(await deliveries.findByKey('whoop', 'trace-')).toBeUndefined();
      await expectValidation(deliveries.findByKey('whoop', ''), 'deliveryKey', 'invalid_type', 'empty key');
      await expectValidation(deliveries.findByKey('fitbit' as Provider, 'trace-1'), '', null, 'unknown provider');
    });

    it('listPending returns received deliveries of every user, oldest first then by id, at most limit', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const rows: ProviderWebhookDeliveryRow[] = [];
      const add = async (input: ProviderWebhookDeliveryInsert) => rows.push(await deliveries.insert(input));
      await add(delivery({ id: 'whd_b', delivery_key: 'k-b' }, 30));
      await add(delivery({ id: 'whd_a', user_id: OTHER, delivery_key: 'k-a' }, 30));
      await add(delivery({ id: 'whd_c', provider: 'strava', delivery_key: 'k-c' }, 10));
      await add(delivery({ id: 'whd_d', user_id: OTHER, delivery_key: 'k-d', status: 'processed', attempts: 1, processed_at: at(2) }, 1));
      await add(delivery({ id: 'whd_e', delivery_key: 'k-e', status: 'failed', attempts: 3, error: 'HTTP 500', processed_at: at(3) }, 2));
      await add(delivery({ id: 'whd_f', user_id: OTHER, delivery_key: 'k-f', status: 'ignored', processed_at: at(3) }, 3));
      // 999 ms after whd_c: the order is by instant, not by text of another precision.
      await add(delivery({ id: 'whd_0', provider: 'oura', delivery_key: 'k-0', received_at: new Date(T0 + 10_999).toISOString() }, 11));
      const byId = (...ids: string[]) => ids.map((value) => rows.find((row) => row.id === value)!);
      expect(await deliveries.listPending({ limit: 10 })).toStrictEqual(byId('whd_c', 'whd_0', 'whd_a', 'whd_b'));
      expect(await deliveries.listPending({ limit: 3 })).toStrictEqual(byId('whd_c', 'whd_0', 'whd_a'));
      expect(await deliveries.listPending({ limit: 1 })).toStrictEqual(byId('whd_c'));
      await deliveries.update(JANE, id('whd_c'), { status: 'processed', attempts: 1, processed_at: at(40), updated_at: at(40) });
      expect(await deliveries.listPending({ limit: 10 })).toStrictEqual(byId('whd_0', 'whd_a', 'whd_b'));
      for (const limit of [0, -1, 1.5, Number.NaN]) {
        await expectValidation(deliveries.listPending({ limit }), 'limit', 'too_small', `limit ${limit}`);
      }
    });

    it('listPending agrees with its model for any mix of users, times and statuses (property)', async () => {
      const repos = storage();
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(pendingOperation, { maxLength: 12 }), fc.integer({ min: 1, max: 14 }), async (operations, limit) => {
          run += 1;
          const users = [`usr_pending_a_${run}`, `usr_pending_b_${run}`] as UserId[];
          try {
            for (const userId of users) await repos.users.insert({ id: userId, created_at: at(0) });
            const rows: ProviderWebhookDeliveryRow[] = [];
            for (const [index, operation] of operations.entries()) {
              const final = operation.status !== 'received';
              rows.push(
                await repos.webhookDeliveries.insert(
                  delivery(
                    {
                      // Ids not in insertion order, so the tie-breaker is visible.
                      id: `whd_${run}_${(index * 7) % 13}_${index}`,
                      user_id: operation.user === JANE ? users[0]! : users[1]!,
                      provider: operation.provider,
                      delivery_key: `key-${run}-${index}`,
                      status: operation.status,
                      attempts: final ? 1 : 0,
                      processed_at: final ? at(operation.second + 1) : null,
                    },
                    operation.second,
                  ),
                ),
              );
            }
            expect(await repos.webhookDeliveries.listPending({ limit })).toStrictEqual(pendingModel(rows, limit));
          } finally {
            for (const userId of users) {
              await repos.users.delete(userId).catch((error: unknown) => {
                if (!isTrainkitError(error, 'NOT_FOUND')) throw error;
              });
            }
          }
        }),
        { numRuns: propertyRuns(options) },
      );
    });

    it('keeps every other read and write to the owner', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const mine = await deliveries.insert(delivery({ id: 'whd_1', delivery_key: 'trace-1' }));
      const theirs = await deliveries.insert(delivery({ id: 'whd_2', user_id: OTHER, delivery_key: 'trace-2' }));
      expect(await deliveries.list(JANE)).toStrictEqual([mine]);
      expect(await deliveries.list(OTHER)).toStrictEqual([theirs]);
      expect(await deliveries.find(JANE, theirs.id)).toBeUndefined();
      await expectNotFound(deliveries.get(JANE, theirs.id), TABLE, theirs.id, 'get of a foreign delivery');
      await expectNotFound(deliveries.update(JANE, theirs.id, { status: 'ignored', processed_at: at(1) }), TABLE, theirs.id, 'update of a foreign delivery');
      await expectNotFound(deliveries.delete(JANE, theirs.id), TABLE, theirs.id, 'delete of a foreign delivery');
      expect(await deliveries.deleteWhere(JANE, { id: theirs.id })).toBe(0);
      expect(await deliveries.deleteWhere(JANE, { delivery_key: 'trace-2' })).toBe(0);
      expect(await deliveries.get(OTHER, theirs.id)).toStrictEqual(theirs);
      // A delivery cannot name another user's run.
      await expectConflict(
        deliveries.insert(delivery({ id: 'whd_3', delivery_key: 'trace-3', ingestion_run_id: runOf(OTHER) })),
        TABLE,
        'foreign_key',
        'delivery naming another user\'s run',
        { table: TABLE, columns: ['ingestion_run_id'], references: { table: 'external_ingestion_runs', columns: ['id'] } },
      );
      await expectConflict(
        deliveries.update(JANE, mine.id, { ingestion_run_id: runOf(OTHER) }),
        TABLE,
        'foreign_key',
        'update naming another user\'s run',
      );
      await expectConflict(deliveries.insert(delivery({ id: 'whd_4', user_id: 'usr_nobody', delivery_key: 'trace-4' })), TABLE, 'foreign_key', 'unknown user');
      expect(await deliveries.get(JANE, mine.id)).toStrictEqual(mine);
      expect(await deliveries.findByKey('whoop', 'trace-3')).toBeUndefined();
    });

    it('goes with its user and outlives its run (run set to null)', async () => {
      const repos = storage();
      await seedUsers(repos);
      const deliveries = repos.webhookDeliveries;
      const processed = await deliveries.insert(
        delivery({ id: 'whd_1', delivery_key: 'trace-1', status: 'processed', attempts: 1, ingestion_run_id: runOf(JANE), processed_at: at(1) }),
      );
      const pending = await deliveries.insert(delivery({ id: 'whd_2', delivery_key: 'trace-2' }, 1));
      const theirs = await deliveries.insert(
        delivery({ id: 'whd_3', user_id: OTHER, delivery_key: 'trace-3', status: 'processed', attempts: 1, ingestion_run_id: runOf(OTHER), processed_at: at(1) }),
      );
      const theirsPending = await deliveries.insert(delivery({ id: 'whd_4', user_id: OTHER, delivery_key: 'trace-4' }, 2));

      await repos.ingestionRuns.delete(JANE, runOf(JANE));
      expect(await deliveries.get(JANE, processed.id)).toStrictEqual({ ...processed, ingestion_run_id: null });
      expect(await deliveries.get(OTHER, theirs.id)).toStrictEqual(theirs);

      await repos.users.delete(JANE);
      expect(await deliveries.list(JANE)).toStrictEqual([]);
      expect(await deliveries.findByKey('whoop', 'trace-1')).toBeUndefined();
      expect(await deliveries.findByKey('whoop', pending.delivery_key)).toBeUndefined();
      expect(await deliveries.listPending({ limit: 10 })).toStrictEqual([theirsPending]);
      expect(await deliveries.list(OTHER)).toStrictEqual([theirs, theirsPending]);
      // The key of a deleted delivery is free again.
      await repos.users.insert({ id: JANE, created_at: at(0) });
      expect((await deliveries.insert(delivery({ id: 'whd_5', delivery_key: 'trace-1' }))).delivery_key).toBe('trace-1');
    });
  });
}
