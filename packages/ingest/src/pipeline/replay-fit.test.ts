import { readFileSync } from 'node:fs';
import type { ExternalActivityRecordRow, TrainkitStorage, UserId } from '@trainkit/core';
import type { NormalizationResult, ProviderRecordDraft } from '@trainkit/providers';
import type * as Garmin from '@trainkit/providers/garmin';
import { normalizeGarminFit, normalizeGarminFitMessages } from '@trainkit/providers/garmin';
import { ELEMENTS_PER_TRANSACTION } from './write-drafts.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { encodeFitActivity, syntheticRunRecords } from '../../../providers/src/test-support/encode-fit-activity.js';
import { exactDump, normalizedDump } from '../test-support/dump-database.js';
import { createUser, openStorage, testPipeline } from '../test-support/ingest-fixtures.js';

vi.mock('@trainkit/providers/garmin', async (importOriginal) => {
  const actual = await importOriginal<typeof Garmin>();
  return { ...actual, normalizeGarminFitMessages: vi.fn(actual.normalizeGarminFitMessages) };
});

const { normalizeGarminFitMessages: currentFitMessages } = await vi.importActual<typeof Garmin>('@trainkit/providers/garmin');
const messagesSpy = vi.mocked(normalizeGarminFitMessages);

const FILES = ['run.fit', 'strength.fit', 'multisport.fit'];
const fitBytes = (name: string) => new Uint8Array(readFileSync(new URL(`../../../providers/src/garmin/fixtures/${name}`, import.meta.url)));
const imported = (): NormalizationResult[] => FILES.map((name) => normalizeGarminFit(fitBytes(name), { fileName: name }));

/** What a normalizer of another version might have drafted from the same file: other values, fewer samples. */
function otherVersion(result: NormalizationResult, version: string, change: (draft: ProviderRecordDraft) => ProviderRecordDraft): NormalizationResult {
  const normalizer = { ...result.normalizer, version };
  return { ...result, normalizer, drafts: result.drafts.map((draft) => ({ ...change(draft), normalizer })) };
}

const olderDraft = (draft: ProviderRecordDraft): ProviderRecordDraft => ({
  ...draft,
  activity: draft.activity === null ? null : { ...draft.activity, avg_hr_bpm: null, title: 'Run (old normalizer)', energy_kcal: (draft.activity.energy_kcal ?? 0) + 1 },
  samples: draft.samples.filter((_, index) => index % 2 === 0),
  strength_sets: draft.strength_sets.map((set) => ({ ...set, reps: (set.reps ?? 0) + 1 })),
});

let stores: TrainkitStorage[] = [];
async function importInto(results: readonly NormalizationResult[]) {
  const storage = await openStorage();
  stores.push(storage);
  const user: UserId = await createUser(storage, 'athlete_1', 'Europe/Berlin');
  const pipeline = testPipeline(storage);
  for (const result of results) await pipeline.ingestResults({ userId: user, provider: 'garmin', results: [result] });
  return { storage, user, pipeline };
}

const fitRecords = async (storage: TrainkitStorage, user: UserId): Promise<ExternalActivityRecordRow[]> =>
  storage.externalActivityRecords.list(user, { where: { provider: 'garmin', resource: 'fit' } });

beforeEach(() => {
  stores = [];
  messagesSpy.mockClear();
  messagesSpy.mockImplementation(currentFitMessages);
});
afterEach(async () => {
  for (const storage of stores) await storage.close();
});

describe('replay of FIT records', () => {
  it('rebuilds rows an older normalizer version wrote, from the stored messages alone, into the rows an import writes now', async () => {
    const reference = await importInto(imported());
    const stale = await importInto(imported().map((result) => otherVersion(result, '0.9.0', olderDraft)));
    expect(await normalizedDump(stale.storage, stale.user)).not.toEqual(await normalizedDump(reference.storage, reference.user));
    const records = await fitRecords(stale.storage, stale.user);
    expect(records.map((record) => record.normalizer_version)).toEqual(records.map(() => '0.9.0'));
    expect(records).toHaveLength(6);

    messagesSpy.mockClear();
    const [summary] = await stale.pipeline.replay({ userId: stale.user, provider: 'garmin' });
    expect(summary!.counts).toMatchObject({ seen: 6, updated: 6, unchanged: 0, skipped: 0, failed: 0 });
    const files = records.filter((record) => record.parent_external_id === null);
    expect(files).toHaveLength(3);
    const passed = messagesSpy.mock.calls.map(([payload]) => JSON.stringify(payload));
    // Each file's stored messages, never a session record's own payload (its session and laps only).
    expect([...new Set(passed)].sort()).toEqual(files.map((record) => JSON.stringify(record.raw_payload_json)).sort());
    expect(await normalizedDump(stale.storage, stale.user)).toEqual(await normalizedDump(reference.storage, reference.user));
    expect((await fitRecords(stale.storage, stale.user)).map((record) => record.normalizer_version)).toEqual(records.map(() => '1.0.0'));

    const rebuilt = await exactDump(stale.storage, stale.user);
    const [again] = await stale.pipeline.replay({ userId: stale.user, provider: 'garmin' });
    expect(again!.counts).toMatchObject({ seen: 6, updated: 0, unchanged: 6 });
    expect(await exactDump(stale.storage, stale.user)).toEqual(rebuilt);
  });

  it('applies a newer normalizer version on replay, rewriting only what it changes and keeping the ids of the rest', async () => {
    const { storage, user, pipeline } = await importInto(imported());
    const before = await exactDump(storage, user);
    const runRecord = (await fitRecords(storage, user)).find((record) => record.external_id === 'fit:3412345678:2024-06-12T14:01:12Z')!;
    const instanceBefore = (await storage.activityInstances.findByExternalRecord(user, runRecord.id))!;
    const samplesBefore = await storage.metricSamples.list(user, { where: { activity_instance_id: instanceBefore.id } });

    messagesSpy.mockImplementation((payload, options) =>
      otherVersion(currentFitMessages(payload, options), '1.1.0', (draft) =>
        draft.activity?.activity_definition_slug === 'trail_running' ? { ...draft, activity: { ...draft.activity, avg_hr_bpm: 150 } } : draft,
      ),
    );
    const [summary] = await pipeline.replay({ userId: user, provider: 'garmin' });
    expect(summary!.counts).toMatchObject({ seen: 6, updated: 6, failed: 0, skipped: 0 });
    expect(messagesSpy).toHaveBeenCalled();
    const instanceAfter = (await storage.activityInstances.findByExternalRecord(user, runRecord.id))!;
    expect(instanceAfter).toMatchObject({ id: instanceBefore.id, avg_hr_bpm: 150, distance_m: instanceBefore.distance_m });
    expect(instanceBefore.avg_hr_bpm).not.toBe(150);
    const samplesAfter = await storage.metricSamples.list(user, { where: { activity_instance_id: instanceBefore.id } });
    expect(samplesBefore.length).toBeGreaterThan(0);
    expect(samplesAfter.map((sample) => sample.id)).toEqual(samplesBefore.map((sample) => sample.id));
    expect((await fitRecords(storage, user)).every((record) => record.normalizer_version === '1.1.0')).toBe(true);
    const after = await exactDump(storage, user);
    expect(after.external_activity_records).toEqual(
      (before.external_activity_records as ExternalActivityRecordRow[]).map((record) => ({ ...record, normalizer_version: '1.1.0', normalized_at: record.normalized_at })),
    );
  });

  it('replays a multisport file whose session fails: the failed file and session records fail again with their own failure, the others stay', async () => {
    const stored = normalizeGarminFit(fitBytes('multisport.fit')).drafts[0]!.record.raw_payload as { sessionMesgs: Record<string, unknown>[] };
    const broken = { ...stored, sessionMesgs: stored.sessionMesgs.map((session, index) => (index === 1 ? { ...session, startTime: null } : session)) };
    const result = normalizeGarminFitMessages(broken, { fileName: 'multisport.fit' });
    // The session without a start sorts last: it is the file's third session record.
    expect(result.drafts.map((draft) => draft.record.external_id)).toEqual(['fit:3412345678:2024-06-16T07:00:00Z:session:0', 'fit:3412345678:2024-06-16T07:00:00Z:session:1']);
    expect(result.failures.map((failed) => [failed.external_id, failed.failure.code])).toEqual([
      ['fit:3412345678:2024-06-16T07:00:00Z', 'invalid_date'],
      ['fit:3412345678:2024-06-16T07:00:00Z:session:2', 'invalid_date'],
    ]);
    const { storage, user, pipeline } = await importInto([result]);
    const before = await exactDump(storage, user);
    const [summary] = await pipeline.replay({ userId: user, provider: 'garmin' });
    expect(summary!.counts).toMatchObject({ seen: 4, unchanged: 2, failed: 2, updated: 0, skipped: 0 });
    expect(summary!.failures.map((failure) => [failure.external_id, failure.code, failure.path_json])).toEqual([
      ['fit:3412345678:2024-06-16T07:00:00Z', 'invalid_date', ['sessionMesgs', 1, 'startTime']],
      ['fit:3412345678:2024-06-16T07:00:00Z:session:2', 'invalid_date', ['sessionMesgs', 0, 'startTime']],
    ]);
    expect(await exactDump(storage, user)).toEqual(before);
  });

  it('replays long FIT files one transaction each (drafts of more samples than a transaction holds), changing nothing', async () => {
    const long = (start: string, serialNumber: number) =>
      normalizeGarminFit(encodeFitActivity({ start, utcOffsetMinutes: 120, serialNumber, sessions: [{ sport: 'running', elapsedSeconds: 4500, records: syntheticRunRecords({ seconds: 4500 }) }] }));
    const files = [long('2024-06-20T05:00:00Z', 11), long('2024-06-21T05:00:00Z', 12)];
    for (const file of files) expect(file.drafts[0]!.samples.length).toBeGreaterThan(ELEMENTS_PER_TRANSACTION);
    const { storage, user, pipeline } = await importInto(files);
    const before = await exactDump(storage, user);
    const transaction = vi.spyOn(storage, 'transaction');
    const [summary] = await pipeline.replay({ userId: user, provider: 'garmin' });
    expect(summary!.counts).toMatchObject({ seen: 2, unchanged: 2, updated: 0 });
    expect(transaction).toHaveBeenCalledTimes(2);
    transaction.mockRestore();
    expect(await exactDump(storage, user)).toEqual(before);
  });
});
