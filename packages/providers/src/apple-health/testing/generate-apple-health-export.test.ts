import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateAppleHealthExport } from './generate-apple-health-export.js';

function run(options: Parameters<typeof generateAppleHealthExport>[0]) {
  const generator = generateAppleHealthExport(options);
  const hash = createHash('sha256');
  let bytes = 0;
  let text = '';
  let step = generator.next();
  while (!step.done) {
    hash.update(step.value);
    bytes += Buffer.byteLength(step.value);
    if (text.length < 20_000_000) text += step.value;
    step = generator.next();
  }
  return { hash: hash.digest('hex'), bytes, head: text, stats: step.value };
}

describe('generateAppleHealthExport', () => {
  it('is deterministic from its seed', () => {
    expect(run({ days: 20, seed: 9 }).hash).toBe(run({ days: 20, seed: 9 }).hash);
    expect(run({ days: 20, seed: 9 }).hash).not.toBe(run({ days: 20, seed: 10 }).hash);
  });

  it('comes close to a target size', () => {
    const { bytes, stats } = run({ targetBytes: 8_000_000, seed: 2 });
    expect(Math.abs(bytes - 8_000_000) / 8_000_000).toBeLessThan(0.1);
    expect(stats.records).toBeGreaterThan(10_000);
    expect(stats.workouts).toBeGreaterThan(5);
  });

  it('writes the DTD variants, overlapping phone and watch records, a scale, workouts and routes', () => {
    const broken = run({ days: 2, dtd: 'ios16-broken', controlCharacters: true, phoneOnlyFraction: 0 });
    expect(broken.head).toContain('<!-- HealthKit Export Version: 12 -->');
    expect(broken.head).toMatch(/brand {12}CDATA #IMPLIED\n<!ELEMENT RightEye/);
    expect(run({ days: 2, dtd: 'none' }).head.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">')).toBe(true);
    const { head, stats } = run({ days: 10, phoneOnlyFraction: 0, seed: 4 });
    for (const expected of ['sourceName="Jane’s iPhone"', 'sourceName="Jane’s Apple Watch"', 'sourceName="Withings"', 'HKQuantityTypeIdentifierStepCount', '<HeartRateVariabilityMetadataList>']) {
      expect(head).toContain(expected);
    }
    expect(stats.routes.length).toBeGreaterThan(0);
    expect(stats.activitySummaries).toBe(10);
  });
});
