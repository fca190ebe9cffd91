import { ConfigError, err, ok, toValidationIssues, ValidationError, type Result } from '@trainkit/core';
import { canonicalJson } from './canonical-json.js';
import { HeuristicsConfigSchema, type HeuristicsConfig } from './heuristics-config-schema.js';
import { sha256Hex } from './sha256-hex.js';

const PARSED_CONFIGS = new WeakSet<object>();

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/**
 * SHA-256 of the canonical JSON (RFC 8785 style, see {@link canonicalJson}) of a config without its `sha256` field.
 * Key order never changes it; any leaf change does.
 *
 * @example
 * ```ts
 * heuristicsConfigSha256(DEFAULT_HEURISTICS_CONFIG) === DEFAULT_HEURISTICS_CONFIG.sha256; // true
 * ```
 */
export function heuristicsConfigSha256(config: object): string {
  const { sha256: _ignored, ...rest } = config as Record<string, unknown>;
  return sha256Hex(canonicalJson(rest));
}

/**
 * Validates a heuristics config with zod, computes its `sha256` and returns it deeply frozen; a failure is a
 * `ConfigError` (its `cause` is a `ValidationError` listing each field and rule). A `sha256` given on input must
 * match the content.
 *
 * @example
 * ```ts
 * const result = safeParseHeuristicsConfig({ ...DEFAULT_HEURISTICS_CONFIG, version: '0.1.1', sha256: undefined });
 * if (result.ok) console.log(result.value.sha256);
 * ```
 */
export function safeParseHeuristicsConfig(input: unknown): Result<HeuristicsConfig, ConfigError> {
  if (input !== null && typeof input === 'object' && PARSED_CONFIGS.has(input)) return ok(input as HeuristicsConfig);
  const parsed = HeuristicsConfigSchema.safeParse(input);
  if (!parsed.success) {
    const issues = toValidationIssues(parsed.error.issues);
    const cause = new ValidationError('fatigue heuristics config', issues, { cause: parsed.error });
    const summary = issues.map((issue) => `${issue.path || '(config)'}: ${issue.message} [${issue.rule}]`).join('; ');
    return err(new ConfigError(`Invalid fatigue heuristics config: ${summary}`, { cause }));
  }
  const sha256 = heuristicsConfigSha256(parsed.data);
  if (parsed.data.sha256 !== undefined && parsed.data.sha256 !== sha256) {
    return err(
      new ConfigError(`Invalid fatigue heuristics config: sha256 ${parsed.data.sha256} does not match the content (${sha256})`),
    );
  }
  const config = deepFreeze({ ...parsed.data, sha256 }) as HeuristicsConfig;
  PARSED_CONFIGS.add(config);
  return ok(config);
}

/**
 * Like {@link safeParseHeuristicsConfig} but throws the `ConfigError`.
 *
 * @example
 * ```ts
 * const config = parseHeuristicsConfig(JSON.parse(storedConfigJson));
 * ```
 */
export function parseHeuristicsConfig(input: unknown): HeuristicsConfig {
  const result = safeParseHeuristicsConfig(input);
  if (result.ok) return result.value;
  throw result.error;
}
