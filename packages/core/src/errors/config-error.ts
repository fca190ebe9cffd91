import { TrainkitError } from './trainkit-error.js';

/**
 * A configuration (heuristics, storage options) is invalid.
 *
 * @example
 * ```ts
 * throw new ConfigError('pmc.ctlDays must be positive');
 * ```
 */
export class ConfigError extends TrainkitError {
  readonly code = 'CONFIG_INVALID' as const;
}
