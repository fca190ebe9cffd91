import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { discardRestOfBody } from './discard-rest-of-body.js';

/** Thrown by {@link streamToTempFile} when the body grows past its limit (the partial file is already deleted). */
export class UploadTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The upload exceeds ${maxBytes} bytes.`);
    this.name = 'UploadTooLargeError';
  }
}

/** A request body written to a file of its own folder; `dispose` deletes both. */
export interface TempUpload {
  readonly path: string;
  readonly bytes: number;
  dispose(): Promise<void>;
}

/** Options of {@link streamToTempFile}. */
export interface StreamToTempFileOptions {
  /**
   * Largest body in bytes; past it the file is deleted and {@link UploadTooLargeError} thrown, while the rest of the
   * body is read and dropped in the background within bounds (see {@link discardRestOfBody}) so the client can read
   * the 413.
   */
  readonly maxBytes: number;
  /** The name of the file in its temporary folder (already safe: see {@link safeUploadName}). */
  readonly fileName: string;
  /** Where the temporary folders are made; default the OS temp dir. */
  readonly dir?: string | undefined;
}

/**
 * Writes a body stream to a new temporary file chunk by chunk (each write awaited, so a slow disk slows the reader
 * instead of buffering), counting bytes. Never holds more than one chunk in memory. On any failure the temporary
 * folder is removed before the error is rethrown.
 */
export async function streamToTempFile(body: ReadableStream<Uint8Array> | null, options: StreamToTempFileOptions): Promise<TempUpload> {
  const folder = await mkdtemp(join(options.dir ?? tmpdir(), 'trainkit-upload-'));
  const dispose = () => rm(folder, { recursive: true, force: true });
  const path = join(folder, options.fileName);
  let bytes = 0;
  try {
    const handle = await open(path, 'wx');
    try {
      if (body !== null) {
        // Handed to the background discard when the body is too large; released here otherwise.
        let reader: ReadableStreamDefaultReader<Uint8Array> | undefined = body.getReader();
        try {
          for (;;) {
            const { done, value } = await reader.read();
            if (done) break;
            bytes += value.byteLength;
            if (bytes > options.maxBytes) {
              const rest = reader;
              reader = undefined;
              void discardRestOfBody(rest);
              throw new UploadTooLargeError(options.maxBytes);
            }
            await handle.write(value);
          }
        } finally {
          reader?.releaseLock();
        }
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    await dispose();
    throw error;
  }
  return { path, bytes, dispose };
}

/** A file name safe to create in a temporary folder: the last path segment, odd characters replaced; default `upload`. */
export function safeUploadName(given: string | undefined): string {
  const last = (given ?? '').split(/[\\/]/).pop() ?? '';
  const cleaned = last.replace(/[^\w.-]/g, '_').replace(/^\.+/, '').slice(0, 120);
  return cleaned === '' ? 'upload' : cleaned;
}
