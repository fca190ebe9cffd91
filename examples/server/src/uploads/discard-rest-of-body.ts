/** How much of a refused body {@link discardRestOfBody} reads before it gives up and cuts the connection. */
export interface DiscardBounds {
  readonly maxBytes: number;
  readonly maxMs: number;
}

/** The default bounds: a client that sends a few more megabytes, or for a few more seconds, still reads its 413. */
export const DEFAULT_DISCARD_BOUNDS: DiscardBounds = { maxBytes: 8 * 1024 * 1024, maxMs: 5_000 };

/**
 * Reads and drops what is left of a request body the server has refused (413), in the background, then lets the
 * connection live on; past `maxBytes` or `maxMs` it cancels the stream, which closes the connection. Why: a server
 * that closes a connection with request bytes still unread makes the kernel reset it, and a client still sending (most
 * do not read the answer before the body is sent) sees a broken pipe instead of the 413 (a "lingering close").
 *
 * @example
 * ```ts
 * if (tooLarge) {
 *   void discardRestOfBody(request.body);
 *   return new Response(null, { status: 413 });
 * }
 * ```
 */
export async function discardRestOfBody(
  body: ReadableStream<Uint8Array> | ReadableStreamDefaultReader<Uint8Array> | null,
  bounds: DiscardBounds = DEFAULT_DISCARD_BOUNDS,
): Promise<void> {
  if (body === null) return;
  const reader = body instanceof ReadableStream ? body.getReader() : body;
  const deadline = setTimeout(() => void reader.cancel().catch(() => undefined), bounds.maxMs);
  let read = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
      if (read > bounds.maxBytes) {
        await reader.cancel();
        return;
      }
    }
  } catch {
    // The client went away, or the deadline cancelled the stream: nothing left to discard.
  } finally {
    clearTimeout(deadline);
  }
}
