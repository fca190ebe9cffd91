import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { constants, crc32, createDeflateRaw } from 'node:zlib';

/** One entry of {@link writeZip}: its name in the archive and its content, streamed. */
export interface ZipEntryInput {
  readonly name: string;
  readonly data: Iterable<string | Uint8Array> | AsyncIterable<string | Uint8Array>;
  /** `deflate` (default) or `store`. */
  readonly method?: 'deflate' | 'store';
}

// DOS date and time of every entry (2024-01-01 00:00): fixed, so archives are deterministic.
const DOS_TIME = 0;
const DOS_DATE = ((2024 - 1980) << 9) | (1 << 5) | 1;
const FLAGS = 0x0808; // bit 3: sizes and CRC in a data descriptor after the data; bit 11: UTF-8 names.

/**
 * Writes a zip archive to `path`, streaming each entry (never holding an entry in memory): deflated with
 * `node:zlib` (or stored), sizes and CRC-32 in a data descriptor after the data, UTF-8 names, no zip64 (entries and
 * the archive stay under 4 GiB). Deterministic: the same entries give the same bytes. For tests and benchmarks
 * (`yauzl` reads zips but cannot write them).
 */
export async function writeZip(path: string, entries: Iterable<ZipEntryInput> | AsyncIterable<ZipEntryInput>, options: { readonly level?: number } = {}): Promise<{ readonly bytes: number }> {
  const file = createWriteStream(path);
  const writer = new ZipByteWriter(file);
  const central: Buffer[] = [];
  let count = 0;
  try {
    for await (const entry of entries) {
      const name = Buffer.from(entry.name, 'utf8');
      const method = entry.method === 'store' ? 0 : 8;
      const offset = writer.offset;
      const local = Buffer.alloc(30);
      local.writeUInt32LE(0x04034b50, 0);
      local.writeUInt16LE(20, 4);
      local.writeUInt16LE(FLAGS, 6);
      local.writeUInt16LE(method, 8);
      local.writeUInt16LE(DOS_TIME, 10);
      local.writeUInt16LE(DOS_DATE, 12);
      local.writeUInt16LE(name.length, 26);
      await writer.write(local);
      await writer.write(name);
      let crc = 0;
      let size = 0;
      const dataStart = writer.offset;
      async function* bytes(): AsyncGenerator<Buffer> {
        for await (const chunk of entry.data) {
          const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
          crc = crc32(buffer, crc);
          size += buffer.length;
          yield buffer;
        }
      }
      if (method === 0) {
        for await (const buffer of bytes()) await writer.write(buffer);
      } else {
        const deflate = createDeflateRaw({ level: options.level ?? constants.Z_DEFAULT_COMPRESSION });
        const input = Readable.from(bytes());
        input.pipe(deflate);
        for await (const compressed of deflate) await writer.write(compressed as Buffer);
      }
      const compressedSize = writer.offset - dataStart;
      if (size > 0xffffffff || compressedSize > 0xffffffff || writer.offset > 0xffffffff) throw new RangeError('writeZip writes no zip64: keep entries and the archive under 4 GiB');
      const descriptor = Buffer.alloc(16);
      descriptor.writeUInt32LE(0x08074b50, 0);
      descriptor.writeUInt32LE(crc >>> 0, 4);
      descriptor.writeUInt32LE(compressedSize, 8);
      descriptor.writeUInt32LE(size, 12);
      await writer.write(descriptor);
      const header = Buffer.alloc(46);
      header.writeUInt32LE(0x02014b50, 0);
      header.writeUInt16LE(20, 4);
      header.writeUInt16LE(20, 6);
      header.writeUInt16LE(FLAGS, 8);
      header.writeUInt16LE(method, 10);
      header.writeUInt16LE(DOS_TIME, 12);
      header.writeUInt16LE(DOS_DATE, 14);
      header.writeUInt32LE(crc >>> 0, 16);
      header.writeUInt32LE(compressedSize, 20);
      header.writeUInt32LE(size, 24);
      header.writeUInt16LE(name.length, 28);
      header.writeUInt32LE(offset, 42);
      central.push(header, name);
      count += 1;
    }
    const directoryStart = writer.offset;
    for (const part of central) await writer.write(part);
    const end = Buffer.alloc(22);
    end.writeUInt32LE(0x06054b50, 0);
    end.writeUInt16LE(count, 8);
    end.writeUInt16LE(count, 10);
    end.writeUInt32LE(writer.offset - directoryStart, 12);
    end.writeUInt32LE(directoryStart, 16);
    await writer.write(end);
  } finally {
    file.end();
    await once(file, 'close');
  }
  return { bytes: writer.offset };
}

class ZipByteWriter {
  offset = 0;

  constructor(private readonly stream: WriteStream) {}

  async write(buffer: Buffer): Promise<void> {
    this.offset += buffer.length;
    if (!this.stream.write(buffer)) await once(this.stream, 'drain');
  }
}
