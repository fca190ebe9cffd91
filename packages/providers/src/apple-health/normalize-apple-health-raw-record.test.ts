import { describe, expect, it } from 'vitest';
import { normalizeAppleHealthRawRecord } from './normalize-apple-health-raw-record.js';
import { normalizeAppleHealthRoute } from './normalize-apple-health-route.js';
import { generateAppleHealthExport, generateAppleHealthRouteGpx } from './testing/generate-apple-health-export.js';
import { collectAppleHealth } from './test-support/collect-apple-health.js';
import { sampleExportXml } from './test-support/sample-export.js';

describe('normalizeAppleHealthRawRecord (replay from the lake)', () => {
  it('gives back exactly the draft reading the export gave, for every raw record', async () => {
    const generated = generateAppleHealthExport({ days: 5, seed: 11, phoneOnlyFraction: 0 });
    let step = generated.next();
    let text = '';
    while (!step.done) {
      text += step.value;
      step = generated.next();
    }
    for (const xml of [sampleExportXml(), text]) {
      const { drafts } = await collectAppleHealth(xml);
      expect(new Set(drafts.map((draft) => draft.record.resource))).toEqual(new Set(['me', 'record', 'correlation', 'workout', 'activity_summary', 'daily_total']));
      for (const draft of drafts) {
        const replayed = normalizeAppleHealthRawRecord(JSON.parse(JSON.stringify(draft.record)));
        expect(replayed.failures).toEqual([]);
        expect(replayed.drafts).toEqual([draft]);
      }
    }
    const route = step.value.routes[0]!;
    const original = normalizeAppleHealthRoute(generateAppleHealthRouteGpx(route), { workoutExternalId: 'workout:abc', fileName: route.path }).drafts[0]!;
    expect(normalizeAppleHealthRawRecord(original.record).drafts).toEqual([original]);
  });

  it('fails unknown resources and payloads of the wrong shape, without throwing', () => {
    expect(normalizeAppleHealthRawRecord({ resource: 'sleep', external_id: 'x', raw_payload: {} }).failures[0]?.failure.code).toBe('unsupported_shape');
    expect(normalizeAppleHealthRawRecord({ resource: 'record', external_id: 'x', raw_payload: { not: 'a list' } }).failures[0]?.failure.code).toBe('schema_mismatch');
    expect(normalizeAppleHealthRawRecord({ resource: 'workout_route', external_id: 'x', raw_payload: { gpx: '<gpx/>' } }).failures[0]?.failure.code).toBe('schema_mismatch');
    expect(normalizeAppleHealthRawRecord(null as never).failures[0]?.failure.code).toBe('unsupported_shape');
  });
});
