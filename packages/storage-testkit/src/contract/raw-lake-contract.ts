import {
  ConflictError,
  ExternalActivityRecordIdSchema,
  InstantSchema,
  isTrainkitError,
  JsonText,
  type ExternalActivityRecordInsert,
  type ExternalActivityRecordRow,
  type ExternalRecordRevisionRow,
  type JsonValue,
  type RawRecordOutcome,
  type TrainkitRepositories,
  type UserId,
} from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fixtureRows } from '../fixtures/fixture-rows.js';
import type { StorageContractOptions } from '../storage-contract-options.js';
import { expectConflict, expectValidation, rejectionOf } from './expect-error.js';
import { useFreshStorage } from './fresh-storage.js';
import { propertyRuns } from './property-runs.js';

const JANE = 'usr_lake_jane' as UserId;
const OTHER = 'usr_lake_other' as UserId;
const RUN_1 = 'run_lake_1';
const RUN_2 = 'run_lake_2';
const OTHER_RUN = 'run_lake_other';

/** A distinct, valid content hash per label (64 lower-case hex digits; the storage never computes hashes itself). */
function hash(label: number): string {
  return label.toString(16).padStart(64, '0');
}

/** The instant `seconds` after a fixed start, with milliseconds. */
function at(seconds: number): string {
  return new Date(Date.UTC(2024, 5, 12, 7, 0, 0, 123) + seconds * 1000).toISOString();
}

/** A Strava-like activity payload; `version` changes its content. */
function payload(version: number): JsonValue {
  return { id: 9876543210, sport_type: 'Run', name: `Morning run v${version}`, distance: 10012.5 + version, laps: [{ n: 1 }], note: 'Jane’s “tempo” 🏃' };
}

function record(overrides: Partial<ExternalActivityRecordInsert> = {}): ExternalActivityRecordInsert {
  return {
    id: 'raw_lake_1',
    user_id: JANE,
    provider: 'strava',
    external_id: '9876543210',
    resource: 'activity',
    activity_type_raw: 'Run',
    start_time: '2024-06-12T05:30:00.000Z',
    raw_payload_json: payload(1),
    content_hash: hash(1),
    ingestion_run_id: RUN_1,
    created_at: at(0),
    updated_at: at(0),
    ...overrides,
  };
}

async function seedUsers(repos: TrainkitRepositories): Promise<void> {
  for (const [userId, runs] of [[JANE, [RUN_1, RUN_2]], [OTHER, [OTHER_RUN]]] as const) {
    await repos.users.insert({ id: userId, created_at: at(0) });
    for (const run of runs) {
      await repos.ingestionRuns.insert({ id: run, user_id: userId, provider: 'strava', kind: 'sync', started_at: at(0) });
    }
  }
}

/** What `upsertByExternalId` must store for `input` on top of `previous` (or as new). */
function expectedRow(input: ExternalActivityRecordInsert, previous?: ExternalActivityRecordRow, revision?: number): ExternalActivityRecordRow {
  const [parsed] = fixtureRows('external_activity_records', [input]);
  if (!previous) return parsed!;
  return { ...parsed!, id: previous.id, created_at: previous.created_at, revision: revision ?? previous.revision };
}

/** State of one user's raw lake, without the user and the record ids (so two users' lakes can be compared). */
async function lakeState(repos: TrainkitRepositories, userId: UserId) {
  const records = await repos.externalActivityRecords.list(userId, { orderBy: [{ column: 'external_id' }] });
  const state = [];
  for (const row of records) {
    const revisions = await repos.externalRecordRevisions.listByRecord(userId, row.id);
    state.push({
      external_id: row.external_id,
      payload: row.raw_payload_json,
      content_hash: row.content_hash,
      revision: row.revision,
      updated_at: row.updated_at,
      revisions: revisions.map((revision) => ({
        id_suffix: revision.id.slice(row.id.length),
        revision: revision.revision,
        content_hash: revision.content_hash,
        payload: revision.raw_payload_json,
        received_at: revision.received_at,
      })),
    });
  }
  return state;
}

/** One operation of the bulk/single equivalence property: store key `key` with payload `version` at time `tick`. */
const operation = fc.record({
  key: fc.nat({ max: 5 }),
  version: fc.nat({ max: 2 }),
  withHash: fc.boolean(),
});

/**
 * The raw lake's versioning: `upsertByExternalId` and `upsertManyByExternalId` keep one row per (user, provider,
 * external id), write nothing for the same content hash, archive the stored version in `external_record_revisions`
 * and bump `revision` for another hash, compare payloads deeply when no hash is given, are atomic inside and outside
 * transactions, and never cross users.
 */
export function describeRawLakeContract(options: StorageContractOptions): void {
  describe('raw lake: content hashes and revisions', () => {
    const storage = useFreshStorage(options, { migrate: true });

    it('inserts, ignores the same hash without writing, and archives every earlier version under <id>@<revision>', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      const v1 = record();
      const first = await records.upsertByExternalId(v1);
      expect(first).toStrictEqual({ outcome: 'inserted', row: expectedRow(v1) });
      expect(first.row.revision).toBe(1);

      // Same hash, other run and time, even another payload: nothing is written at all.
      const again = await records.upsertByExternalId(record({ id: 'raw_lake_dup', raw_payload_json: payload(9), ingestion_run_id: RUN_2, updated_at: at(60) }));
      expect(again).toStrictEqual({ outcome: 'unchanged', row: first.row });
      expect(await records.get(JANE, first.row.id)).toStrictEqual(first.row);
      expect(await repos.externalRecordRevisions.list(JANE)).toStrictEqual([]);

      const v2 = record({ id: 'raw_lake_other_id', raw_payload_json: payload(2), content_hash: hash(2), ingestion_run_id: RUN_2, updated_at: at(120), created_at: at(120) });
      const second = await records.upsertByExternalId(v2);
      expect(second).toStrictEqual({ outcome: 'updated', row: expectedRow(v2, first.row, 2) });
      expect(await records.get(JANE, first.row.id)).toStrictEqual(second.row);
      const archived: ExternalRecordRevisionRow = {
        id: `${first.row.id}@1`,
        user_id: JANE,
        external_activity_record_id: first.row.id,
        revision: 1,
        content_hash: hash(1),
        raw_payload_json: payload(1),
        ingestion_run_id: RUN_1,
        received_at: first.row.updated_at,
      } as ExternalRecordRevisionRow;
      expect(await repos.externalRecordRevisions.listByRecord(JANE, first.row.id)).toStrictEqual([archived]);

      const v3 = record({ raw_payload_json: payload(3), content_hash: hash(3), updated_at: at(180) });
      expect((await records.upsertByExternalId(v3)).row.revision).toBe(3);
      // Going back to the first payload is a new revision too: history is never rewritten.
      const back = await records.upsertByExternalId(record({ updated_at: at(240) }));
      expect(back.outcome).toBe('updated');
      expect(back.row.revision).toBe(4);
      expect(back.row.raw_payload_json).toStrictEqual(payload(1));
      const history = await repos.externalRecordRevisions.listByRecord(JANE, first.row.id);
      expect(history.map((row) => [row.id, row.revision, row.content_hash, row.received_at])).toStrictEqual([
        [`${first.row.id}@1`, 1, hash(1), at(0)],
        [`${first.row.id}@2`, 2, hash(2), at(120)],
        [`${first.row.id}@3`, 3, hash(3), at(180)],
      ]);
      expect(history.map((row) => row.raw_payload_json)).toStrictEqual([payload(1), payload(2), payload(3)]);
    });

    it('without a hash, compares the payload deeply: key order is no change, metadata alone is no new revision', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      const base = record({ content_hash: null, raw_payload_json: { b: [1, { c: null }], a: 'x' } });
      const first = await records.upsertByExternalId(base);
      expect(first.row.content_hash).toBeNull();
      const reordered = await records.upsertByExternalId(record({ content_hash: null, raw_payload_json: { a: 'x', b: [1, { c: null }] }, updated_at: at(60) }));
      expect(reordered).toStrictEqual({ outcome: 'unchanged', row: first.row });

      const retitled = record({ content_hash: null, raw_payload_json: { a: 'x', b: [1, { c: null }] }, activity_type_raw: 'TrailRun', updated_at: at(120) });
      const metadata = await records.upsertByExternalId(retitled);
      expect(metadata).toStrictEqual({ outcome: 'updated', row: expectedRow(retitled, first.row, 1) });
      expect(await repos.externalRecordRevisions.list(JANE)).toStrictEqual([]);

      const changed = await records.upsertByExternalId(record({ content_hash: null, raw_payload_json: { a: 'y' }, updated_at: at(180) }));
      expect(changed.row.revision).toBe(2);
      const [archived] = await repos.externalRecordRevisions.listByRecord(JANE, first.row.id);
      expect(archived).toMatchObject({ revision: 1, content_hash: null, raw_payload_json: { b: [1, { c: null }], a: 'x' }, received_at: at(120) });
      // A stored record without a hash meets a hashed payload: always a new revision.
      const hashed = await records.upsertByExternalId(record({ raw_payload_json: { a: 'y' }, updated_at: at(240) }));
      expect([hashed.outcome, hashed.row.revision]).toStrictEqual(['updated', 3]);
    });

    it('takes a payload already serialized (JsonText): stored and read back as its value, single and bulk, with and without a hash', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      const value = { z: [1, { y: null, x: 'é' }], a: 2.5 };
      const single = await records.upsertByExternalId(record({ raw_payload_json: JsonText.unchecked(JSON.stringify(value)) }));
      expect(single.outcome).toBe('inserted');
      expect(single.row.raw_payload_json).toStrictEqual(value);
      expect((await records.get(JANE, single.row.id))?.raw_payload_json).toStrictEqual(value);

      const bulk = await records.upsertManyByExternalId([
        record({ id: 'raw_lake_text_2', external_id: 'text-2', raw_payload_json: JsonText.serialize([1, 'two']) }),
        record({ id: 'raw_lake_text_3', external_id: 'text-3', content_hash: null, raw_payload_json: JsonText.serialize({ b: 1, a: 2 }) }),
      ]);
      expect(bulk.map((outcome) => outcome.outcome)).toStrictEqual(['inserted', 'inserted']);
      expect((await records.findByExternalId(JANE, 'strava', 'text-2'))?.raw_payload_json).toStrictEqual([1, 'two']);
      // Without a hash the text is compared by value: the same data in another key order is no change.
      const same = await records.upsertByExternalId(record({ id: 'raw_lake_text_3b', external_id: 'text-3', content_hash: null, raw_payload_json: JsonText.unchecked('{"a":2,"b":1}'), updated_at: at(60) }));
      expect(same.outcome).toBe('unchanged');
      const revised = await records.upsertByExternalId(record({ id: 'raw_lake_text_3c', external_id: 'text-3', content_hash: null, raw_payload_json: JsonText.serialize({ a: 3 }), updated_at: at(120) }));
      expect([revised.outcome, revised.row.revision, revised.row.raw_payload_json]).toStrictEqual(['updated', 2, { a: 3 }]);
      const [archived] = await repos.externalRecordRevisions.listByRecord(JANE, revised.row.id);
      expect(archived?.raw_payload_json).toStrictEqual({ b: 1, a: 2 });
    });

    it('takes a payload serialized as UTF-8 bytes (JsonText.fromUtf8): stored as text and read back as its value, single, bulk and as a revision', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      const utf8 = (value: unknown) => JsonText.fromUtf8(new TextEncoder().encode(JSON.stringify(value)));
      const value = [{ sourceName: 'Jane’s Apple Watch', value: '72' }, { note: 'é \u2028 🏃' }];
      const single = await records.upsertByExternalId(record({ raw_payload_json: utf8(value) }));
      expect(single.row.raw_payload_json).toStrictEqual(value);
      expect((await records.get(JANE, single.row.id))?.raw_payload_json).toStrictEqual(value);

      // Bytes that are a view into a larger buffer (as a worker thread sends a batch): only the view is stored.
      const batch = new TextEncoder().encode(`${JSON.stringify({ first: 'één' })}${JSON.stringify(['two', 2])}`);
      const split = JSON.stringify({ first: 'één' }).length + 2;
      const bulk = await records.upsertManyByExternalId([
        record({ id: 'raw_lake_utf8_2', external_id: 'utf8-2', raw_payload_json: JsonText.fromUtf8(batch.subarray(0, split)) }),
        record({ id: 'raw_lake_utf8_3', external_id: 'utf8-3', content_hash: null, raw_payload_json: JsonText.fromUtf8(batch.subarray(split)) }),
      ]);
      expect(bulk.map((outcome) => outcome.outcome)).toStrictEqual(['inserted', 'inserted']);
      expect((await records.findByExternalId(JANE, 'strava', 'utf8-2'))?.raw_payload_json).toStrictEqual({ first: 'één' });
      expect((await records.findByExternalId(JANE, 'strava', 'utf8-3'))?.raw_payload_json).toStrictEqual(['two', 2]);
      const same = await records.upsertByExternalId(record({ id: 'raw_lake_utf8_3b', external_id: 'utf8-3', content_hash: null, raw_payload_json: utf8(['two', 2]), updated_at: at(60) }));
      expect(same.outcome).toBe('unchanged');
      const revised = await records.upsertManyByExternalId([record({ id: 'raw_lake_utf8_3c', external_id: 'utf8-3', content_hash: null, raw_payload_json: utf8(['two', 3]), updated_at: at(120) })]);
      expect(revised.map((outcome) => [outcome.outcome, outcome.revision])).toStrictEqual([['updated', 2]]);
      expect((await records.findByExternalId(JANE, 'strava', 'utf8-3'))?.raw_payload_json).toStrictEqual(['two', 3]);
      const [archived] = await repos.externalRecordRevisions.listByRecord(JANE, revised[0]!.id);
      expect(archived?.raw_payload_json).toStrictEqual(['two', 2]);
    });

    it('is atomic inside a transaction: a rollback undoes the archive and the update; a failed upsert leaves the transaction usable', async () => {
      const repos = storage();
      await seedUsers(repos);
      const stored = (await repos.externalActivityRecords.upsertByExternalId(record())).row;
      const failure = new Error('abort after the revision');
      const thrown = await rejectionOf(
        storage().transaction(async (tx) => {
          const revised = await tx.externalActivityRecords.upsertByExternalId(record({ raw_payload_json: payload(2), content_hash: hash(2), updated_at: at(60) }));
          expect(revised.row.revision).toBe(2);
          expect(await tx.externalRecordRevisions.list(JANE)).toHaveLength(1);
          throw failure;
        }),
        'transaction that throws',
      );
      expect(thrown).toBe(failure);
      expect(await repos.externalActivityRecords.get(JANE, stored.id)).toStrictEqual(stored);
      expect(await repos.externalRecordRevisions.list(JANE)).toStrictEqual([]);

      await storage().transaction(async (tx) => {
        await expectConflict(
          tx.externalActivityRecords.upsertByExternalId(record({ external_id: 'x-1', id: 'raw_lake_x1', ingestion_run_id: OTHER_RUN })),
          'external_activity_records',
          'foreign_key',
          'raw record of another user\'s run',
        );
        await expectConflict(
          tx.externalActivityRecords.upsertManyByExternalId([record({ external_id: 'x-2', id: 'raw_lake_x2' }), record({ external_id: 'x-3', id: 'raw_lake_x3', ingestion_run_id: OTHER_RUN })]),
          'external_activity_records',
          'foreign_key',
          'batch with a record of another user\'s run',
        );
        const revised = await tx.externalActivityRecords.upsertByExternalId(record({ raw_payload_json: payload(2), content_hash: hash(2), updated_at: at(60) }));
        expect(revised.outcome).toBe('updated');
      });
      expect((await repos.externalActivityRecords.get(JANE, stored.id)).revision).toBe(2);
      expect(await repos.externalActivityRecords.list(JANE)).toHaveLength(1);
    });

    it('keeps users apart: the same external id is two records, and revisions are never visible across users', async () => {
      const repos = storage();
      await seedUsers(repos);
      const jane = (await repos.externalActivityRecords.upsertByExternalId(record())).row;
      const other = await repos.externalActivityRecords.upsertByExternalId(record({ id: 'raw_lake_o1', user_id: OTHER, ingestion_run_id: OTHER_RUN }));
      expect(other.outcome).toBe('inserted');
      const [outcome] = await repos.externalActivityRecords.upsertManyByExternalId([
        record({ id: 'raw_lake_o2', user_id: OTHER, ingestion_run_id: OTHER_RUN, raw_payload_json: payload(2), content_hash: hash(2) }),
      ]);
      expect(outcome).toStrictEqual({ id: other.row.id, outcome: 'updated', revision: 2 });
      expect(await repos.externalActivityRecords.get(JANE, jane.id)).toStrictEqual(jane);
      expect(await repos.externalRecordRevisions.list(JANE)).toStrictEqual([]);
      expect(await repos.externalRecordRevisions.listByRecord(JANE, other.row.id)).toStrictEqual([]);
      expect((await repos.externalRecordRevisions.listByRecord(OTHER, other.row.id)).map((row) => row.revision)).toStrictEqual([1]);
      expect((await repos.externalActivityRecords.findByExternalId(OTHER, 'strava', '9876543210'))?.revision).toBe(2);
      expect((await repos.externalActivityRecords.findByExternalId(JANE, 'strava', '9876543210'))?.revision).toBe(1);
    });

    it('upsertManyByExternalId returns one outcome per record in input order; a repeated key sees its earlier occurrence', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      await records.upsertByExternalId(record({ id: 'raw_b', external_id: 'b' }));
      await records.upsertByExternalId(record({ id: 'raw_c', external_id: 'c' }));
      const outcomes = await records.upsertManyByExternalId([
        record({ id: 'raw_a', external_id: 'a' }),
        record({ id: 'raw_b2', external_id: 'b', updated_at: at(60) }),
        record({ id: 'raw_c2', external_id: 'c', raw_payload_json: payload(2), content_hash: hash(2), updated_at: at(60) }),
        record({ id: 'raw_a2', external_id: 'a', raw_payload_json: payload(2), content_hash: hash(2), updated_at: at(60) }),
        record({ id: 'raw_a3', external_id: 'a', raw_payload_json: payload(2), content_hash: hash(2), updated_at: at(90) }),
        record({ id: 'raw_d', external_id: 'd', provider: 'STRAVA' }),
      ]);
      expect(outcomes).toStrictEqual([
        { id: 'raw_a', outcome: 'inserted', revision: 1 },
        { id: 'raw_b', outcome: 'unchanged', revision: 1 },
        { id: 'raw_c', outcome: 'updated', revision: 2 },
        { id: 'raw_a', outcome: 'updated', revision: 2 },
        { id: 'raw_a', outcome: 'unchanged', revision: 2 },
        { id: 'raw_d', outcome: 'inserted', revision: 1 },
      ]);
      const a = await records.get(JANE, ExternalActivityRecordIdSchema.parse('raw_a'));
      expect([a.revision, a.updated_at, a.raw_payload_json]).toStrictEqual([2, at(60), payload(2)]);
      expect((await repos.externalRecordRevisions.list(JANE, { orderBy: [{ column: 'id' }] })).map((row) => row.id)).toStrictEqual(['raw_a@1', 'raw_c@1']);
      expect(await records.upsertManyByExternalId([])).toStrictEqual([]);
    });

    it('upsertManyByExternalId spans many chunks, and a bad or conflicting record anywhere writes nothing', async () => {
      const repos = storage();
      await seedUsers(repos);
      const records = repos.externalActivityRecords;
      const batch = Array.from({ length: 1234 }, (_, index) =>
        record({ id: `raw_bulk_${index}`, external_id: `bulk-${index}`, raw_payload_json: { index, note: 'é' }, content_hash: hash(1000 + index) }),
      );
      const inserted = await records.upsertManyByExternalId(batch);
      expect(inserted.every((outcome, index) => outcome.outcome === 'inserted' && outcome.id === `raw_bulk_${index}` && outcome.revision === 1)).toBe(true);
      const unchanged = await records.upsertManyByExternalId(batch.map((row) => ({ ...row, updated_at: at(60) })));
      expect(unchanged.every((outcome) => outcome.outcome === 'unchanged')).toBe(true);

      const fresh = (index: number) => record({ id: `raw_more_${index}`, external_id: `more-${index}`, content_hash: hash(5000 + index) });
      const bad = Array.from({ length: 1100 }, (_, index) => (index === 1050 ? { ...fresh(index), content_hash: 'NOT-A-HASH' } : fresh(index)));
      const error = await expectValidation(records.upsertManyByExternalId(bad), 'content_hash', null, 'batch with a bad hash at row 1050');
      expect(error.message).toContain('row 1050');
      // Row 1050 repeats the id of an existing record under a new key: a unique conflict after 1,050 rows were written.
      const clash = Array.from({ length: 1100 }, (_, index) => (index === 1050 ? { ...fresh(index), id: 'raw_bulk_3' } : fresh(index)));
      const conflict = await rejectionOf(records.upsertManyByExternalId(clash), 'batch with an id clash');
      expect(conflict).toBeInstanceOf(ConflictError);
      expect(await records.list(JANE)).toHaveLength(batch.length);
      expect(await repos.externalRecordRevisions.list(JANE)).toStrictEqual([]);
    });

    it('upsertManyByExternalId ends in exactly the state of the same records stored one by one (property)', async () => {
      const repos = storage();
      await seedUsers(repos);
      let run = 0;
      await fc.assert(
        fc.asyncProperty(fc.array(fc.array(operation, { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 4 }), async (batches) => {
          run += 1;
          const single = `usr_lake_single_${run}` as UserId;
          const bulk = `usr_lake_bulk_${run}` as UserId;
          try {
            for (const userId of [single, bulk]) {
              await repos.users.insert({ id: userId, created_at: at(0) });
              await repos.ingestionRuns.insert({ id: `${userId}_run`, user_id: userId, provider: 'garmin', kind: 'sync', started_at: at(0) });
            }
            let tick = 0;
            for (const batch of batches) {
              const inputs = (userId: UserId) =>
                batch.map((op, index) => {
                  const content: JsonValue = { summaryId: `s-${op.key}`, steps: 1000 * op.version, list: [op.version] };
                  return record({
                    id: `${userId}_${tick}_${index}`,
                    user_id: userId,
                    provider: 'garmin',
                    external_id: `s-${op.key}`,
                    raw_payload_json: content,
                    content_hash: op.withHash ? hash(op.version + 1) : null,
                    ingestion_run_id: `${userId}_run`,
                    updated_at: at(tick * 10 + index),
                  });
                });
              const expected: RawRecordOutcome[] = [];
              for (const input of inputs(single)) expected.push((await repos.externalActivityRecords.upsertByExternalId(input)).outcome);
              const outcomes = await repos.externalActivityRecords.upsertManyByExternalId(inputs(bulk));
              expect(outcomes.map((outcome) => outcome.outcome)).toStrictEqual(expected);
              tick += 1;
            }
            expect(await lakeState(repos, bulk)).toStrictEqual(await lakeState(repos, single));
          } finally {
            for (const userId of [single, bulk]) {
              await repos.users.delete(userId).catch((error: unknown) => {
                if (!isTrainkitError(error, 'NOT_FOUND')) throw error;
              });
            }
          }
        }),
        { numRuns: propertyRuns(options), includeErrorInReport: true },
      );
    });

    it('validates records: a malformed hash or revision is a ValidationError and nothing is written', async () => {
      const repos = storage();
      await seedUsers(repos);
      await expectValidation(repos.externalActivityRecords.upsertByExternalId(record({ content_hash: 'ABC' })), 'content_hash', null, 'short upper-case hash');
      await expectValidation(repos.externalActivityRecords.insert(record({ revision: 0 })), 'revision', 'too_small', 'revision 0');
      await expectValidation(repos.externalActivityRecords.upsertManyByExternalId('nope' as never), '', 'invalid_type', 'not an array');
      await expectValidation(
        repos.externalRecordRevisions.insert({
          id: 'rev_bad',
          user_id: JANE,
          external_activity_record_id: 'raw_lake_1',
          revision: 1.5,
          raw_payload_json: {},
          ingestion_run_id: RUN_1,
          received_at: InstantSchema.parse(at(0)),
        }),
        'revision',
        null,
        'fractional revision',
      );
      expect(await repos.externalActivityRecords.list(JANE)).toStrictEqual([]);
    });
  });
}
