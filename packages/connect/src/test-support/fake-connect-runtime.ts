import type { ConnectLogEntry, ConnectRuntime } from '../runtime/connect-runtime.js';

/** A {@link ConnectRuntime} for tests: a fake clock that only `sleep` advances, recorded sleeps and log entries. */
export interface FakeConnectRuntime extends ConnectRuntime {
  /** Every `sleep` duration, in order. */
  readonly slept: number[];
  /** Every log entry, as given (not redacted: tests check the code never logs a secret in the first place). */
  readonly logs: ConnectLogEntry[];
  /** Sum of `slept`. */
  totalSleptMs(): number;
  /** Moves the fake clock. */
  advance(milliseconds: number): void;
}

/**
 * Builds a test runtime: `clock` starts at `start` and moves only by `sleep` (which resolves on the next macrotask
 * without real waiting, and rejects with the signal's reason when the signal is aborted) or `advance`; `random`
 * defaults to a constant 0.5; `fetch` defaults to the real `globalThis.fetch` (tests talk to a loopback server).
 */
export function fakeConnectRuntime(options: { start?: string; random?: () => number; fetch?: typeof globalThis.fetch } = {}): FakeConnectRuntime {
  let now = new Date(options.start ?? '2026-12-03T20:00:00.000Z').getTime();
  const slept: number[] = [];
  const logs: ConnectLogEntry[] = [];
  let counter = 0;
  return {
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
    clock: () => new Date(now),
    sleep: async (milliseconds, signal) => {
      if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
      slept.push(milliseconds);
      now += Math.max(0, milliseconds);
      await new Promise((resolve) => setImmediate(resolve));
      if (signal?.aborted) throw signal.reason ?? new DOMException('aborted', 'AbortError');
    },
    random: options.random ?? (() => 0.5),
    randomBytes: (length) => {
      const bytes = new Uint8Array(length);
      for (let index = 0; index < length; index += 1) bytes[index] = (counter++ * 31 + index * 7) % 256;
      return bytes;
    },
    logger: (entry) => {
      logs.push(entry);
    },
    slept,
    logs,
    totalSleptMs: () => slept.reduce((sum, value) => sum + value, 0),
    advance: (milliseconds) => {
      now += milliseconds;
    },
  };
}
