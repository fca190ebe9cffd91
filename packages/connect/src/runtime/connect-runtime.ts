/**
 * Log levels of {@link ConnectLogEntry}.
 *
 * @example
 * ```ts
 * CONNECT_LOG_LEVELS.includes('warn'); // true
 * ```
 */
export const CONNECT_LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;

/**
 * A log line from the connect package. Every entry passes through `redactSecrets` before it reaches the host's
 * logger, so `Authorization` headers and token fields never appear.
 *
 * @example
 * ```ts
 * const entry: ConnectLogEntry = { level: 'info', message: 'page stored', provider: 'whoop', fields: { page: 2 } };
 * ```
 */
export interface ConnectLogEntry {
  readonly level: (typeof CONNECT_LOG_LEVELS)[number];
  readonly message: string;
  readonly provider?: string;
  readonly userId?: string;
  readonly fields?: Readonly<Record<string, unknown>>;
}

/**
 * Where connect writes its log lines (the host's logger; default: nowhere).
 *
 * @example
 * ```ts
 * const logger: ConnectLogger = (entry) => console.log(JSON.stringify(entry));
 * ```
 */
export type ConnectLogger = (entry: ConnectLogEntry) => void;

/**
 * Everything connect reads from the outside world, injected: no hidden globals. `fetch` makes every HTTP request,
 * `clock` is the only source of time (token expiry, webhook tolerance, rate-limit windows), `sleep` waits (backoff,
 * `Retry-After`) and must honour the signal, `random` (in [0, 1)) is the backoff jitter, `randomBytes` makes
 * nonces, OAuth `state` and PKCE verifiers.
 *
 * @example
 * ```ts
 * const runtime: ConnectRuntime = createConnectRuntime({ fetch: globalThis.fetch, clock: () => new Date() });
 * ```
 */
export interface ConnectRuntime {
  readonly fetch: typeof globalThis.fetch;
  readonly clock: () => Date;
  readonly sleep: (milliseconds: number, signal?: AbortSignal) => Promise<void>;
  readonly random: () => number;
  readonly randomBytes: (length: number) => Uint8Array;
  readonly logger: ConnectLogger;
}
