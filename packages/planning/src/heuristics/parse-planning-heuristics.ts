import { ConfigError, err, ok, toValidationIssues, ValidationError, type Result } from '@trainkit/core';
import { canonicalJson, sha256Hex } from '@trainkit/fatigue';
import { PlanningHeuristicsSchema, type PlanningHeuristics } from './planning-heuristics-schema.js';

const PARSED = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * SHA-256 of the canonical JSON (the fatigue engine's `canonicalJson`, RFC 8785 style) of a planning heuristics
 * config without its `sha256` field. Key order never changes it; any leaf change does.
 *
 * @example
 * ```ts
 * planningHeuristicsSha256(PLANNING_HEURISTICS) === PLANNING_HEURISTICS.sha256; // true
 * ```
 */
export function planningHeuristicsSha256(config: object): string {
  const { sha256: _ignored, ...rest } = config as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}

/**
 * Validates a planning heuristics config with zod, computes its `sha256` and returns it deeply frozen; a failure is
 * a `ConfigError` whose `cause` is a `ValidationError` listing each field and rule. A `sha256` given on input must
 * match the content.
 *
 * @example
 * ```ts
 * const result = safeParsePlanningHeuristics({ ...PLANNING_HEURISTICS, sha256: undefined, move: { max_days: 3 } });
 * if (result.ok) result.value.sha256 !== PLANNING_HEURISTICS.sha256; // true
 * ```
 */
export function safeParsePlanningHeuristics(input: unknown): Result<PlanningHeuristics, ConfigError> {
  if (input !== null && typeof input === 'object' && PARSED.has(input)) return ok(input as PlanningHeuristics);
  const parsed = PlanningHeuristicsSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error.issues);
    const cause = new ValidationError('planning heuristics config', issues, { cause: parsed.error });
    const summary = issues.map((issue) => `${issue.path || '(config)'}: ${issue.message} [${issue.rule}]`).join('; ');
    return err(new ConfigError(`Invalid planning heuristics config: ${summary}`, { cause }));
  }
  const sha256 = planningHeuristicsSha256(parsed.data);
  if (parsed.data.sha256 !== undefined && parsed.data.sha256 !== sha256) {
    return err(
      new ConfigError(`Invalid planning heuristics config: sha256 ${parsed.data.sha256} does not match the content (${sha256})`),
    );
  }
  const config = deepFreeze({ ...parsed.data, sha256 }) as PlanningHeuristics;
  PARSED.add(config);
  return ok(config);
}

/**
 * Like {@link safeParsePlanningHeuristics} but throws the `ConfigError`.
 *
 * @example
 * ```ts
 * const config = parsePlanningHeuristics({ ...PLANNING_HEURISTICS, sha256: undefined, version: '0.1.1' });
 * config.version; // '0.1.1'
 * ```
 */
export function parsePlanningHeuristics(input: unknown): PlanningHeuristics {
  const result = safeParsePlanningHeuristics(input);
  if (result.ok) return result.value;
  throw result.error;
}
