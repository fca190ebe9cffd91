import { parsePlanningHeuristics } from './parse-planning-heuristics.js';
import type { PlanningHeuristics, PlanningHeuristicsInput } from './planning-heuristics-schema.js';

/**
 * The heuristics reference every recommendation carries: config id, semantic version and the SHA-256 of its
 * canonical JSON.
 *
 * @example
 * ```ts
 * const reference: PlanningHeuristicsReference = planningHeuristicsProvenance(PLANNING_HEURISTICS);
 * ```
 */
export interface PlanningHeuristicsReference {
  readonly id: string;
  readonly version: string;
  readonly sha256: string;
}

/**
 * `{ id, version, sha256 }` of a planning heuristics config. An unparsed config is validated first (its hash is
 * computed from the content, never trusted), so the reference always matches what the engine used.
 *
 * @throws {ConfigError} When the config is invalid.
 *
 * @example
 * ```ts
 * planningHeuristicsProvenance(PLANNING_HEURISTICS);
 * // { id: 'trainkit.planning', version: '0.1.0', sha256: '…64 hex…' }
 * ```
 */
export function planningHeuristicsProvenance(config: PlanningHeuristics | PlanningHeuristicsInput): PlanningHeuristicsReference {
  const parsed = parsePlanningHeuristics(config);
  return { id: parsed.id, version: parsed.version, sha256: parsed.sha256 };
}
