/**
 * Semantic version of the fatigue engine (the package version). Stamped into every output's provenance, so stored
 * results say which engine computed them (the facade recomputes its stored daily state when it changes). Bumped
 * whenever the outputs change for some input (0.1.1: the PMC day rule for travelling athletes). Kept equal to
 * `package.json` by `scripts/sync-version-modules.mjs` after `changeset version`; a test checks it.
 *
 * @example
 * ```ts
 * FATIGUE_ENGINE_VERSION; // '0.1.1'
 * ```
 */
export const FATIGUE_ENGINE_VERSION = '0.1.1';

/**
 * Engine id and version as recorded in provenance: `@trainkit/fatigue@<semver>`.
 *
 * @example
 * ```ts
 * report.provenance.engine === FATIGUE_ENGINE; // true
 * ```
 */
export const FATIGUE_ENGINE = `@trainkit/fatigue@${FATIGUE_ENGINE_VERSION}`;
