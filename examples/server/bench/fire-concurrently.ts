import { performance } from 'node:perf_hooks';

/** One request of a burst: when it was sent (`performance.now()`), how long the answer took, its status (0: none). */
export interface RequestSample {
  readonly sentAt: number;
  readonly latencyMs: number;
  readonly status: number;
}

/** A burst of concurrent requests: every sample, and the wall time from the first send to the last answer. */
export interface Burst {
  readonly samples: readonly RequestSample[];
  readonly wallMs: number;
}

/**
 * Sends `count` requests at once (`request(index)` gives each one's URL and init), reads every body to the end, and
 * records each latency and status. A request without an answer within `timeoutMs` (or a refused connection) counts
 * as status 0, never as a thrown error, so one failure does not hide the others.
 *
 * @example
 * ```ts
 * const burst = await fireConcurrently(200, () => [`${base}/health`, {}]);
 * ```
 */
export async function fireConcurrently(
  count: number,
  request: (index: number) => readonly [url: string, init: RequestInit],
  timeoutMs = 60_000,
): Promise<Burst> {
  const requests = Array.from({ length: count }, (_, index) => request(index));
  const started = performance.now();
  const samples = await Promise.all(
    requests.map(async ([url, init]): Promise<RequestSample> => {
      const sentAt = performance.now();
      try {
        const response = await fetch(url, { ...init, signal: AbortSignal.timeout(timeoutMs) });
        await response.arrayBuffer();
        return { sentAt, latencyMs: performance.now() - sentAt, status: response.status };
      } catch {
        return { sentAt, latencyMs: performance.now() - sentAt, status: 0 };
      }
    }),
  );
  return { samples, wallMs: performance.now() - started };
}
