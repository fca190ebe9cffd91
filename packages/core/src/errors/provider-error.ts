import { TrainkitError } from './trainkit-error.js';

/**
 * A provider payload or call failed. The raw payload is kept; this records why it was not normalized.
 *
 * @example
 * ```ts
 * throw new ProviderError('strava', 'missing start_date');
 * ```
 */
export class ProviderError extends TrainkitError {
  readonly code = 'PROVIDER_FAILED' as const;
  constructor(
    /** Provider slug, e.g. `strava`. */
    readonly provider: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(`${provider}: ${message}`, options);
  }
}
