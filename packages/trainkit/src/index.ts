/**
 * `trainkit`: the facade. `createTrainkit({ storage })` wires the catalog, the fatigue engine and any
 * `TrainkitStorage` together: seed the catalog, compute fatigue reports from stored activities with full provenance,
 * and keep `user_fatigue_state` up to date incrementally. It depends only on the ports of `@trainkit/core`, never on
 * a storage adapter.
 *
 * @packageDocumentation
 */
export { createTrainkit } from './create-trainkit.js';
export type { CreateTrainkitOptions } from './create-trainkit-options.js';
export type { Trainkit, TrainkitFatigue } from './trainkit.js';

export { seedCatalog, type SeedCatalogReport } from './catalog/seed-catalog.js';
export { ensureCatalogRows } from './catalog/ensure-catalog-rows.js';
export { catalogMuscleMaps } from './catalog/catalog-muscle-maps.js';
export { catalogHeuristicsConfig, CATALOG_HSE_PER_100_LU_BY_CATEGORY } from './catalog/catalog-heuristics-config.js';

export type { FatigueAsOf } from './fatigue/resolve-as-of.js';
export type {
  FatigueInputInclude,
  FatigueReportInclude,
  FatigueReportOptions,
  FatigueStateRefreshOptions,
} from './fatigue/fatigue-report-options.js';
export type { FatigueInputBundle } from './fatigue/fatigue-input-bundle.js';
export {
  TRAINKIT_FATIGUE_REPORT_FORMAT,
  TrainkitFatigueReportSchema,
  type TrainkitFatigueReport,
} from './fatigue/trainkit-fatigue-report-schema.js';
export {
  FatigueInputSourcesSchema,
  HEURISTICS_SOURCES,
  PROFILE_VALUE_SOURCES,
  ProviderActivitySourceSchema,
  type FatigueInputSources,
} from './fatigue/fatigue-input-sources-schema.js';
export {
  ATTRIBUTION_MIN_SHARE,
  ChannelAttributionSchema,
  FatigueAttributionSchema,
  SessionContributionSchema,
  type ChannelAttribution,
  type FatigueAttribution,
} from './fatigue/fatigue-attribution-schema.js';
export {
  FatigueStateRowProvenanceSchema,
  FatigueStateWatermarkSchema,
  type FatigueStateRowProvenance,
  type FatigueStateWatermark,
} from './fatigue/fatigue-state-row-provenance-schema.js';
export {
  FATIGUE_REFRESH_REASONS,
  FatigueStateRefreshSchema,
  type FatigueStateRefresh,
} from './fatigue/fatigue-state-refresh-schema.js';
export { PROVENANCE_WINDOW_TAU_MULTIPLE } from './fatigue/fatigue-state-rows.js';
export { PLANNED_SESSION_DEFAULT_SECONDS, PLANNED_SESSION_START_MINUTES } from './fatigue/planned-session-to-fatigue-session.js';
export { DEFAULT_PROFILE_TIME_ZONE } from './fatigue/fatigue-profile-from-storage.js';
