import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_ZIP_COMPRESSION_RATIO, SuspiciousZipEntryError, assertPlausibleCompression } from './zip-archive.js';

const MIB = 1024 * 1024;

describe('assertPlausibleCompression', () => {
  it('refuses exactly the entries of at least 16 MiB that inflate over the limit', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 64 * MIB }), fc.integer({ min: 0, max: 8 * 1024 * MIB }), (compressedSize, uncompressedSize) => {
        const entry = { fileName: 'export.xml', compressedSize, uncompressedSize };
        const refused = uncompressedSize >= 16 * MIB && uncompressedSize / compressedSize > MAX_ZIP_COMPRESSION_RATIO;
        if (refused) expect(() => assertPlausibleCompression(entry)).toThrow(SuspiciousZipEntryError);
        else expect(() => assertPlausibleCompression(entry)).not.toThrow();
      }),
    );
  });

  it('names the entry and its ratio; a real export (20:1) and a tiny compressible file pass', () => {
    expect(() => assertPlausibleCompression({ fileName: 'apple_health_export/export.xml', compressedSize: MIB, uncompressedSize: 1000 * MIB }))
      .toThrow('apple_health_export/export.xml would inflate 1000:1 (over 200:1): refused as a possible zip bomb');
    expect(() => assertPlausibleCompression({ fileName: 'export.xml', compressedSize: 100 * MIB, uncompressedSize: 2000 * MIB })).not.toThrow();
    expect(() => assertPlausibleCompression({ fileName: 'route.gpx', compressedSize: 1, uncompressedSize: MIB })).not.toThrow();
  });
});
