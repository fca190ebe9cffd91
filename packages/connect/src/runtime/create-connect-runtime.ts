import { getRandomValues } from 'node:crypto';
import type { ConnectLogEntry, ConnectLogger, ConnectRuntime } from './connect-runtime.js';
import { redactSecrets } from './redact-secrets.js';

const MAX_RANDOM_VALUES_BYTES = 65_536;

function defaultRandomBytes(length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  for (let offset = 0; offset < length; offset += MAX_RANDOM_VALUES_BYTES) {
    getRandomValues(bytes.subarray(offset, Math.min(length, offset + MAX_RANDOM_VALUES_BYTES)));
  }
  return bytes;
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('The operation was aborted.', 'AbortError');
}

function defaultSleep(milliseconds: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) {
      reject(abortReason(signal));
      return;
    }
    const onAbort = (): void => {
      clearTimeout(timer);
      reject(abortReason(signal as AbortSignal));
    };
    const timer = setTimeout(
      () => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
      },
      Math.max(0, milliseconds),
    );
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

const silentLogger: ConnectLogger = () => undefined;

/**
 * Wraps a logger so every entry passes through {@link redactSecrets} first (message, provider, user id and fields),
 * and a logger that throws never breaks the caller.
 *
 * @example
 * ```ts
 * const logger = redactingLogger((entry) => console.log(JSON.stringify(entry)));
 * logger({ level: 'info', message: 'sent Bearer abc' }); // logs "sent Bearer [redacted]"
 * ```
 */
export function redactingLogger(logger: ConnectLogger): ConnectLogger {
  return (entry: ConnectLogEntry) => {
    const redacted = redactSecrets(entry) as ConnectLogEntry;
    try {
      logger(redacted);
    } catch {
      // A host logger that throws must not fail a sync or a webhook.
    }
  };
}

/**
 * Builds a {@link ConnectRuntime}: what is given is used, the rest defaults to the process (`globalThis.fetch`,
 * `new Date()`, a `setTimeout` sleep that rejects with the signal's reason when aborted, `Math.random`,
 * `crypto.getRandomValues`, and a logger that drops entries). The logger, given or not, always passes entries
 * through {@link redactSecrets}, so no `Authorization` header or token field reaches the host's log.
 *
 * @example
 * ```ts
 * let now = new Date('2026-12-03T20:00:00.000Z');
 * const runtime = createConnectRuntime({
 *   clock: () => now,
 *   sleep: async (ms) => { now = new Date(now.getTime() + ms); },
 *   logger: (entry) => console.log(JSON.stringify(entry)),
 * });
 * ```
 */
export function createConnectRuntime(input: Partial<ConnectRuntime> = {}): ConnectRuntime {
  return {
    fetch: input.fetch ?? ((request, init) => globalThis.fetch(request, init)),
    clock: input.clock ?? (() => new Date()),
    sleep: input.sleep ?? defaultSleep,
    random: input.random ?? Math.random,
    randomBytes: input.randomBytes ?? defaultRandomBytes,
    logger: redactingLogger(input.logger ?? silentLogger),
  };
}
