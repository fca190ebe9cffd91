/**
 * Semantic version of the catalog data. Bump the minor version when rows are added, the major version when a row's
 * meaning changes; slugs and ids are never renumbered or reused, so stored references stay valid across versions.
 *
 * @example
 * ```ts
 * import { CATALOG_VERSION } from '@trainkit/catalog';
 * console.log(`seeding catalog ${CATALOG_VERSION}`);
 * ```
 */
export const CATALOG_VERSION = '1.1.0';
