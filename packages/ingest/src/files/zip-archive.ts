import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** A zip archive opened for reading entries on demand (yauzl: only the central directory is read up front). */
export interface ZipArchive {
  /** Every entry, in central-directory order (directories excluded). */
  readonly entries: readonly Entry[];
  /** A stream of the entry's uncompressed bytes, inflated as it is read; a likely zip bomb is refused first. */
  open(entry: Entry): Promise<Readable>;
  close(): void;
}

/**
 * Largest uncompressed-to-compressed ratio of an entry trainkit inflates. DEFLATE reaches about 1032:1 at most, which
 * is what zip bombs use; real Apple Health exports inflate about 7-30:1 (repetitive XML), GPX routes less.
 *
 * @example
 * ```ts
 * MAX_ZIP_COMPRESSION_RATIO; // 200: an entry of 16 MiB or more inflating further is a `suspicious_archive` failure
 * ```
 */
export const MAX_ZIP_COMPRESSION_RATIO = 200;
/** Entries smaller than this are never refused for their ratio (a tiny, highly compressible file is harmless). */
const RATIO_CHECK_MIN_BYTES = 16 * 1024 * 1024;

/** An entry refused before inflating it: it declares a compression ratio only a zip bomb has. */
export class SuspiciousZipEntryError extends Error {
  override readonly name = 'SuspiciousZipEntryError';
  constructor(readonly entryName: string, readonly ratio: number) {
    super(`${entryName} would inflate ${Math.round(ratio)}:1 (over ${MAX_ZIP_COMPRESSION_RATIO}:1): refused as a possible zip bomb`);
  }
}

/**
 * Throws {@link SuspiciousZipEntryError} for an entry that would inflate over {@link MAX_ZIP_COMPRESSION_RATIO}
 * times its compressed size. The declared sizes can be trusted: yauzl's `validateEntrySizes` aborts a stream that
 * inflates to more than its entry declares.
 */
export function assertPlausibleCompression(entry: Pick<Entry, 'fileName' | 'compressedSize' | 'uncompressedSize'>): void {
  if (entry.uncompressedSize < RATIO_CHECK_MIN_BYTES) return;
  const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
  if (ratio > MAX_ZIP_COMPRESSION_RATIO) throw new SuspiciousZipEntryError(entry.fileName, ratio);
}

/** Opens the zip at `path` and reads its directory. Rejects when it is not a readable zip. */
export async function openZipArchive(path: string): Promise<ZipArchive> {
  const zip = await new Promise<ZipFile>((resolve, reject) => {
    yauzl.open(path, { lazyEntries: true, autoClose: false, validateEntrySizes: true }, (error, file) => (error ? reject(error) : resolve(file)));
  });
  try {
    const entries = await new Promise<Entry[]>((resolve, reject) => {
      const list: Entry[] = [];
      zip.on('entry', (entry: Entry) => {
        if (!entry.fileName.endsWith('/')) list.push(entry);
        zip.readEntry();
      });
      zip.once('end', () => resolve(list));
      zip.once('error', reject);
      zip.readEntry();
    });
    return {
      entries,
      open: (entry) =>
        new Promise<Readable>((resolve, reject) => {
          assertPlausibleCompression(entry);
          zip.openReadStream(entry, (error, stream) => (error ? reject(error) : resolve(stream)));
        }),
      close: () => zip.close(),
    };
  } catch (error) {
    zip.close();
    throw error;
  }
}

/** Reads a whole (small) entry as bytes; rejects entries over `maxBytes`. */
export async function readZipEntry(archive: ZipArchive, entry: Entry, maxBytes: number): Promise<Buffer> {
  if (entry.uncompressedSize > maxBytes) throw new RangeError(`${entry.fileName} is ${entry.uncompressedSize} bytes, over the ${maxBytes} bytes read for one route`);
  const stream = await archive.open(entry);
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}
