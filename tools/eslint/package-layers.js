/**
 * The dependency direction of docs/architecture.md, as data. A package may import only packages in a lower
 * layer, never a sibling in its own layer (composition layers excepted where listed in `mayImport`).
 */
export const PACKAGE_LAYERS = {
  '@trainkit/core': 0,
  '@trainkit/catalog': 1,
  '@trainkit/fatigue': 1,
  '@trainkit/goals': 1,
  '@trainkit/providers': 1,
  '@trainkit/storage-kysely': 2,
  '@trainkit/storage-testkit': 2,
  '@trainkit/ingest': 2,
  '@trainkit/planning': 2,
  trainkit: 3,
  '@trainkit/cli': 3,
};

/** Same-layer imports that the architecture allows explicitly. */
export const ALLOWED_SIBLING_IMPORTS = {};
