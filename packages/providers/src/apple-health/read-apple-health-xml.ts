import type { NormalizationResult } from '../normalization-result.js';
import { AppleHealthXmlReader } from './apple-health-xml-reader.js';
import type { ReadAppleHealthXmlOptions } from './read-apple-health-xml-types.js';

const DECODE_PIECE = 16 * 1024;

/**
 * Reads an Apple Health `export.xml` as a stream and yields its normalization in batches, holding a bounded amount in
 * memory whatever the size of the export (a few tens of megabytes with the defaults; exports of several gigabytes
 * are common). Pure: it reads only `chunks` (bytes, decoded as UTF-8, or text), never the file system or the clock,
 * and it never throws: malformed input becomes typed failures in the batches (`invalid_xml` for XML errors, with the
 * character position), and reading goes on wherever the parser can.
 *
 * It survives the known malformations: the DOCTYPE with its internal DTD is removed before parsing (iOS 16 wrote a
 * broken one), and characters XML does not allow (stray `\x0b`) are removed and counted.
 *
 * What becomes what (each element's JSON, attributes and children, kept exactly as received in the raw records):
 * - each `Workout` → one raw record (`workout:<hash>`, stable across re-exports) and an activity draft
 *   (`normalizeAppleHealthWorkout`); its route files are reported to `onRoute`;
 * - `Record`s → grouped into one raw record per (type, source, local day) whose payload is the list of the records
 *   (so millions of records make thousands of raw rows): body mass, body fat, resting heart rate, VO2max, height,
 *   waist and blood pressure → biometrics; heart rate → metric samples; HRV SDNN → a recovery signal of type `other`
 *   (SDNN is not RMSSD); steps, active and basal energy and walking/running distance → daily totals that never add
 *   two sources (one `daily_total` raw record per metric and day, see `DailyTotalsAccumulator`);
 * - `Me` → a profile draft (date of birth, sex); each `ActivitySummary` → daily totals (active energy, exercise
 *   minutes, stand hours, move minutes);
 * - `Correlation`s → raw records only (their records also appear at the top level);
 * - `ClinicalRecord`, `Audiogram`, `VisionPrescription` and unknown elements → skipped, with the reason.
 *
 * @param chunks - The export's content, in pieces of any size (a file stream, a zip entry stream, strings).
 * @param options - Batch size, memory budget, `onRoute` and `onSummary` callbacks.
 * @returns Batches of normalization results (normalizer `apple_health.export`), in document order; the daily totals
 *   come in the last batches.
 *
 * @example
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readAppleHealthXml } from '@trainkit/providers/apple-health';
 *
 * for await (const batch of readAppleHealthXml(createReadStream('export.xml'), { onSummary: (summary) => console.log(summary.skipped) })) {
 *   for (const draft of batch.drafts) console.log(draft.record.external_id, draft.activity?.activity_definition_slug);
 * }
 * ```
 */
export async function* readAppleHealthXml(
  chunks: AsyncIterable<Uint8Array | string> | Iterable<Uint8Array | string>,
  options: ReadAppleHealthXmlOptions = {},
): AsyncGenerator<NormalizationResult, void, undefined> {
  const reader = new AppleHealthXmlReader(options);
  const decoder = new TextDecoder('utf-8');
  try {
    for await (const chunk of chunks) {
      if (typeof chunk === 'string') {
        reader.write(decoder.decode() + chunk);
      } else {
        // Decoded in small pieces: each piece is its own small string, so the few attribute values the reader keeps
        // (sliced from a piece by the parser) keep at most that piece alive, never a whole large chunk.
        for (let offset = 0; offset < chunk.length; offset += DECODE_PIECE) {
          reader.write(decoder.decode(chunk.subarray(offset, offset + DECODE_PIECE), { stream: true }));
        }
      }
      for (const batch of reader.take()) yield batch;
      if (reader.stopped) break;
    }
    reader.write(decoder.decode());
  } catch (error) {
    reader.sourceFailed(error);
  }
  reader.end();
  // The daily totals come a batch at a time, made only as they are taken.
  for (let batches = reader.take(); batches.length > 0; batches = reader.take()) yield* batches;
}
