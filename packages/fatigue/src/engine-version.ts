/**
 * Semantic version of the fatigue engine (the package version). Stamped into every output's provenance.
 *
 * @example
 * ```ts
 * FATIGUE_ENGINE_VERSION; // '0.1.0'
 * ```
 */
export const FATIGUE_ENGINE_VERSION = '0.1.0';

/**
 * Engine id and version as recorded in provenance: `@trainkit/fatigue@<semver>`.
 *
 * @example
 * ```ts
 * report.provenance.engine === FATIGUE_ENGINE; // true
 * ```
 */
export const FATIGUE_ENGINE = `@trainkit/fatigue@${FATIGUE_ENGINE_VERSION}`;
