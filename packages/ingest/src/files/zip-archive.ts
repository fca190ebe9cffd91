import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';

/** A zip archive opened for reading entries on demand (yauzl: only the central directory is read up front). */
export interface ZipArchive {
  /** Every entry, in central-directory order (directories excluded). */
  readonly entries: readonly Entry[];
  /** A stream of the entry's uncompressed bytes, inflated as it is read. */
  open(entry: Entry): Promise<Readable>;
  close(): void;
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
