import { CrcCalculator } from '@garmin/fitsdk';
import fc from 'fast-check';

const HEADER_SIZE = 14;

/**
 * A copy of FIT bytes with both checksums (the header's and the file's) recomputed, so a decoder reads past a byte
 * mutation instead of stopping at the CRC check. Bytes too short to be a FIT file are returned unchanged.
 */
export function withFitCrcs(bytes: Uint8Array): Uint8Array {
  const copy = bytes.slice();
  if (copy.length < HEADER_SIZE + 2 || copy[0] !== HEADER_SIZE) return copy;
  const headerCrc = CrcCalculator.calculateCRC(copy, 0, 12);
  copy[12] = headerCrc & 0xff;
  copy[13] = headerCrc >> 8;
  const fileCrc = CrcCalculator.calculateCRC(copy, 0, copy.length - 2);
  copy[copy.length - 2] = fileCrc & 0xff;
  copy[copy.length - 1] = fileCrc >> 8;
  return copy;
}

/**
 * Mutations of a valid FIT file: truncated anywhere, a few bytes overwritten (with the checksums left stale, or
 * recomputed so the decoder reads the damaged messages), a run of bytes removed or inserted, the header's data size
 * changed, or arbitrary bytes.
 */
export function fitByteMutations(valid: Uint8Array): fc.Arbitrary<Uint8Array> {
  const length = valid.length;
  const truncated = fc.nat({ max: length }).map((end) => valid.slice(0, end));
  const overwritten = fc
    .tuple(fc.array(fc.tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 6 }), fc.boolean())
    .map(([edits, fixCrc]) => {
      const copy = valid.slice();
      for (const [index, byte] of edits) copy[index] = byte;
      return fixCrc ? withFitCrcs(copy) : copy;
    });
  const spliced = fc
    .tuple(fc.nat({ max: length }), fc.nat({ max: 40 }), fc.uint8Array({ maxLength: 40 }), fc.boolean())
    .map(([at, remove, insert, fixCrc]) => {
      const copy = new Uint8Array([...valid.slice(0, at), ...insert, ...valid.slice(Math.min(length, at + remove))]);
      return fixCrc ? withFitCrcs(copy) : copy;
    });
  const resized = fc.integer({ min: 0, max: 0xffffffff }).map((dataSize) => {
    const copy = valid.slice();
    new DataView(copy.buffer).setUint32(4, dataSize, true);
    return withFitCrcs(copy);
  });
  return fc.oneof(
    { weight: 1, arbitrary: truncated },
    { weight: 4, arbitrary: overwritten },
    { weight: 2, arbitrary: spliced },
    { weight: 1, arbitrary: resized },
    { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }) },
  );
}
