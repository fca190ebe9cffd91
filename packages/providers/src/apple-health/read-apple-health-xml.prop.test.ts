import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NormalizationResultSchema } from '../normalization-result.js';
import { expectTotalAndDeterministic, payloadMutations } from '../test-support/payload-mutations.js';
import { normalizeAppleHealthRawRecord } from './normalize-apple-health-raw-record.js';
import { normalizeAppleHealthRoute } from './normalize-apple-health-route.js';
import { generateAppleHealthExport } from './testing/generate-apple-health-export.js';
import { collectAppleHealth, exportXml, recordXml, type CollectedAppleHealth } from './test-support/collect-apple-health.js';
import { sampleExportXml } from './test-support/sample-export.js';

const SAMPLE = sampleExportXml();
const SAMPLE_BYTES = new TextEncoder().encode(SAMPLE);
const OPTIONS = { batchSize: 3, maxOpenRecords: 4 };

function comparable(collected: CollectedAppleHealth): string {
  return JSON.stringify({ batches: collected.batches, routes: collected.routes, summary: collected.summary });
}

function splitAt<T extends string | Uint8Array>(whole: T, cuts: number[]): T[] {
  const points = [...new Set(cuts.map((cut) => cut % (whole.length + 1)))].sort((a, b) => a - b);
  const pieces: T[] = [];
  let start = 0;
  for (const point of [...points, whole.length]) {
    pieces.push(whole.slice(start, point) as T);
    start = point;
  }
  return pieces;
}

describe('readAppleHealthXml properties', () => {
  it('gives identical results however the input is split into chunks (text, or bytes cut inside UTF-8 characters)', async () => {
    const expected = comparable(await collectAppleHealth(SAMPLE, OPTIONS));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), async (cuts, asBytes) => {
        const chunks = asBytes ? splitAt(SAMPLE_BYTES, cuts) : splitAt(SAMPLE, cuts);
        expect(comparable(await collectAppleHealth(chunks, OPTIONS))).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('gives identical results for a generated day split anywhere', async () => {
    const text = [...generateAppleHealthExport({ days: 2, seed: 5, dtd: 'ios16-broken', controlCharacters: true, phoneOnlyFraction: 0 })].join('');
    const bytes = new TextEncoder().encode(text);
    const expected = comparable(await collectAppleHealth([bytes], { batchSize: 500, maxOpenRecords: 300 }));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 200 }), async (cuts) => {
        expect(comparable(await collectAppleHealth(splitAt(bytes, cuts), { batchSize: 500, maxOpenRecords: 300 }))).toBe(expected);
      }),
      { numRuns: 15 },
    );
  });

  it('never counts two sources in a daily total: each day is one source’s sum, the largest, whatever the order', async () => {
    const record = fc.record({
      source: fc.constantFrom('Jane’s iPhone', 'Jane’s Apple Watch', 'Pedometer++'),
      day: fc.constantFrom('2025-05-03', '2025-05-04', '2025-05-05'),
      minute: fc.integer({ min: 0, max: 1_430 }),
      steps: fc.integer({ min: 0, max: 3_000 }),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 40 }), async (records) => {
        const time = (minute: number) => `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00`;
        const xml = exportXml(records.map((entry) => recordXml({
          type: 'HKQuantityTypeIdentifierStepCount', sourceName: entry.source, unit: 'count', value: String(entry.steps),
          startDate: `${entry.day} ${time(entry.minute)} -0700`, endDate: `${entry.day} ${time(entry.minute + 9)} -0700`,
        })).join(''));
        const { drafts } = await collectAppleHealth(xml, { maxOpenRecords: 3 });
        // The model: per day and source, the sum of distinct records (a record repeated exactly counts once).
        const sums = new Map<string, Map<string, number>>();
        const seen = new Set<string>();
        for (const entry of records) {
          const key = `${entry.source}|${entry.day}|${entry.minute}|${entry.steps}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const day = sums.get(entry.day) ?? new Map<string, number>();
          day.set(entry.source, (day.get(entry.source) ?? 0) + entry.steps);
          sums.set(entry.day, day);
        }
        const totals = drafts.flatMap((draft) => draft.daily_totals);
        expect(new Set(totals.map((total) => total.local_date)).size).toBe(totals.length);
        for (const [day, bySource] of sums) {
          const total = totals.find((candidate) => candidate.local_date === day);
          const largest = Math.max(...bySource.values());
          expect(total?.value).toBe(largest);
          expect(total!.value).toBeLessThanOrEqual(largest);
          expect(bySource.get(total!.source_name!)).toBe(total!.value);
        }
        expect(totals).toHaveLength(sums.size);
      }),
      { numRuns: 200 },
    );
  });

  it('never throws on mutated exports: every batch is well formed, no internal error', async () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 40 }),
      insert: fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('<', '>', '&', '"', '</Record>', '<Workout>', '\u000b', '\u0000', '\uD800', '’', ']>', '<!DOCTYPE x [', '&amp;', '&bogus;')),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 8 }), async (edits, cuts) => {
        let text = SAMPLE;
        for (const change of edits) {
          const at = change.at % (text.length + 1);
          text = text.slice(0, at) + change.insert + text.slice(at + change.remove);
        }
        const collected = await collectAppleHealth(splitAt(text, cuts), OPTIONS);
        for (const batch of collected.batches) {
          const parsed = NormalizationResultSchema.safeParse(batch);
          if (!parsed.success) throw new Error(`malformed batch: ${parsed.error.message}`);
        }
        const internal = collected.failures.find((failed) => failed.failure.code === 'normalizer_error' || failed.failure.message.startsWith('draft rejected'));
        expect(internal).toBeUndefined();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on arbitrary input', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.uint8Array({ maxLength: 300 }).map((bytes) => bytes as unknown as string)), async (input) => {
        const collected = await collectAppleHealth([input]);
        for (const batch of collected.batches) expect(NormalizationResultSchema.safeParse(batch).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('replay of mutated stored records and routes never throws', async () => {
    const { drafts } = await collectAppleHealth(SAMPLE);
    for (const resource of ['workout', 'record', 'correlation', 'me', 'activity_summary', 'daily_total']) {
      const stored = drafts.find((draft) => draft.record.resource === resource)!.record;
      fc.assert(
        fc.property(payloadMutations(stored.raw_payload), (payload) =>
          expectTotalAndDeterministic((value) => normalizeAppleHealthRawRecord({ resource, external_id: stored.external_id, raw_payload: value as never }), payload),
        ),
        { numRuns: 60 },
      );
    }
    const gpx = '<gpx version="1.1"><trk><trkseg><trkpt lat="37.7" lon="-122.4"><ele>3</ele><time>2025-05-03T14:12:46Z</time></trkpt></trkseg></trk></gpx>';
    fc.assert(
      fc.property(fc.nat({ max: gpx.length }), fc.string({ maxLength: 8 }), (at, insert) => {
        expectTotalAndDeterministic((value) => normalizeAppleHealthRoute(value as string, { workoutExternalId: 'workout:1' }), gpx.slice(0, at) + insert + gpx.slice(at));
      }),
      { numRuns: 200 },
    );
  });
});
