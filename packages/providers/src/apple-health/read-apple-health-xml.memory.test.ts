import { describe, expect, it } from 'vitest';
import { readAppleHealthXml } from './read-apple-health-xml.js';
import type { AppleHealthReadSummary } from './read-apple-health-xml-types.js';
import { generateAppleHealthExport } from './testing/generate-apple-health-export.js';

/**
 * Streams a generated ~30 MB export in 64 KiB byte chunks and checks that the reader holds a bounded amount: batches
 * stay within their size, they come while the input is still being read (never all at the end), and every record
 * of the file is in exactly one batch. (Not a timing test.)
 */
describe('readAppleHealthXml memory bounds', () => {
  it('streams a 30 MB export in bounded batches', async () => {
    const encoder = new TextEncoder();
    let chunksPulled = 0;
    let bytesPulled = 0;
    function* source(): Generator<Uint8Array> {
      for (const text of generateAppleHealthExport({ targetBytes: 30_000_000, seed: 3, chunkSize: 16 * 1024 })) {
        const bytes = encoder.encode(text);
        for (let offset = 0; offset < bytes.length; offset += 64 * 1024) {
          chunksPulled += 1;
          const chunk = bytes.subarray(offset, offset + 64 * 1024);
          bytesPulled += chunk.length;
          yield chunk;
        }
      }
    }
    const batchSize = 2_000;
    const maxGroupRecords = 5_000;
    let summary: AppleHealthReadSummary | null = null;
    const pulledAtBatch: number[] = [];
    let largestBatch = 0;
    let recordsInPayloads = 0;
    for await (const batch of readAppleHealthXml(source(), { batchSize, maxOpenRecords: 4_000, maxGroupRecords, onSummary: (value) => (summary = value) })) {
      pulledAtBatch.push(chunksPulled);
      let elements = batch.failures.length + batch.skipped.length;
      for (const draft of batch.drafts) {
        const payload = draft.record.raw_payload;
        const size = draft.record.resource === 'record' || draft.record.resource === 'correlation' ? (payload as unknown[]).length : 1;
        if (draft.record.resource === 'record') recordsInPayloads += size;
        elements += size;
      }
      largestBatch = Math.max(largestBatch, elements);
    }
    expect(bytesPulled).toBeGreaterThan(28_000_000);
    expect(summary).not.toBeNull();
    const read = summary as unknown as AppleHealthReadSummary;
    expect(read.failures).toEqual({});
    // Every record is in exactly one raw record.
    expect(recordsInPayloads).toBe(read.elements.Record);
    // A batch is cut as soon as it reaches batchSize elements: it can exceed it by at most one group.
    expect(largestBatch).toBeLessThan(batchSize + maxGroupRecords);
    // Batches come all along the input, not at the end: the input read before the first batch, and between two
    // batches, is bounded by the open-record budget (4,000 records: about 2 MB of heart-rate records, up to 8 MB of
    // HRV records with their beat lists), not by the file's size.
    const megabytes = (value: number) => (value * 1024 * 1024) / (64 * 1024);
    expect(pulledAtBatch[0]).toBeLessThan(megabytes(4));
    const gaps = pulledAtBatch.slice(1).map((pulled, index) => pulled - pulledAtBatch[index]!);
    expect(Math.max(...gaps)).toBeLessThan(megabytes(8));
    expect(pulledAtBatch.length).toBeGreaterThan(20);
  }, 120_000);
});
