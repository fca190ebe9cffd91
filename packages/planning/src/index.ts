/**
 * `@trainkit/planning`: skills and scaling over the movement progression graph, planned versus performed sessions and
 * adherence, and adaptive recommendations that each carry their provenance (goal revisions, heuristics config, the
 * ingestion runs of the data used, engine version).
 *
 * @packageDocumentation
 */
export * from './skills/index.js';
export * from './scaling/index.js';
export * from './heuristics/index.js';
export * from './recommend/index.js';
export * from './adherence/index.js';
