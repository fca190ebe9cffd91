/**
 * Semantic version of the planning engine (the package version), stamped into every recommendation
 * (`engine_version`), so stored recommendations say which engine produced them. Kept equal to `package.json`; a
 * test checks it.
 *
 * @example
 * ```ts
 * PLANNING_ENGINE_VERSION; // '0.0.0'
 * ```
 */
export const PLANNING_ENGINE_VERSION = '0.0.0';

/**
 * Engine id and version as recorded in provenance: `@trainkit/planning@<semver>`.
 *
 * @example
 * ```ts
 * draft.provenance.engine_version === PLANNING_ENGINE; // true
 * ```
 */
export const PLANNING_ENGINE = `@trainkit/planning@${PLANNING_ENGINE_VERSION}`;
