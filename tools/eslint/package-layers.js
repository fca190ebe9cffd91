/**
 * The dependency direction of docs/architecture.md, as data. A package may import only packages in a lower
 * layer, never a sibling in its own layer (except the pairs listed in `ALLOWED_SIBLING_IMPORTS`).
 * Apps (layer 4) sit above the `trainkit` facade (layer 3) and may use it.
 */
export const PACKAGE_LAYERS = {
  '@trainkit/core': 0,
  '@trainkit/catalog': 1,
  '@trainkit/fatigue': 1,
  '@trainkit/biometrics': 1,
  '@trainkit/goals': 1,
  '@trainkit/providers': 1,
  '@trainkit/storage-kysely': 2,
  '@trainkit/storage-testkit': 2,
  '@trainkit/ingest': 2,
  '@trainkit/planning': 2,
  '@trainkit/connect': 2,
  trainkit: 3,
  '@trainkit/cli': 4,
  '@trainkit/example-quickstart': 4,
  '@trainkit/example-server': 4,
};

/**
 * Same-layer imports that the architecture allows explicitly. The provider normalizers map each provider's sport
 * names through the catalog's provider vocabularies (reference data, no engine), so every draft carries its mapped
 * activity beside the raw value.
 */
export const ALLOWED_SIBLING_IMPORTS = { '@trainkit/providers': ['@trainkit/catalog'] };
