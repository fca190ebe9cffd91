import type { ConfigError, Result } from '@trainkit/core';
import type { HeuristicsConfig, HeuristicsConfigInput } from './heuristics-config-schema.js';
import { safeParseHeuristicsConfig } from './parse-heuristics-config.js';

/**
 * A per-user override: any subset of the config, nested. Objects merge key by key; arrays and scalars replace.
 *
 * @example
 * ```ts
 * const override: HeuristicsConfigOverride = { pmc: { tsb: 'same_day' }, muscles: { capacity_hse: { chest: 12 } } };
 * ```
 */
export type HeuristicsConfigOverride = DeepPartial<HeuristicsConfigInput>;

/**
 * Recursive partial of a JSON-like type (arrays are replaced whole, so they stay complete).
 *
 * @example
 * ```ts
 * const partial: DeepPartial<{ a: { b: number; c: string } }> = { a: { b: 1 } };
 * ```
 */
export type DeepPartial<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: DeepPartial<T[K]> }
    : T;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function deepMerge(base: unknown, override: unknown): unknown {
  if (override === undefined) return base;
  if (!isPlainObject(base) || !isPlainObject(override)) return override;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(override)) {
    if (value === undefined) continue;
    // A `__proto__` key in an override is data, never the merged object's prototype.
    if (key === '__proto__') Object.defineProperty(merged, key, { value: deepMerge(undefined, value), enumerable: true, writable: true, configurable: true });
    else merged[key] = deepMerge(base[key], value);
  }
  return merged;
}

/**
 * Deep-merges a per-user override into a base config, validates the result and re-hashes it. The `sha256` of the
 * base is dropped (the merged content has a new hash); `id` and `version` stay the base's unless overridden.
 * Returns a `ConfigError` result when the merged config is invalid.
 *
 * @example
 * ```ts
 * const result = safeResolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { pmc: { tsb: 'same_day' } });
 * if (result.ok) result.value.pmc.tsb; // 'same_day'
 * ```
 */
export function safeResolveHeuristicsConfig(
  base: HeuristicsConfig | HeuristicsConfigInput,
  override: HeuristicsConfigOverride | null | undefined,
): Result<HeuristicsConfig, ConfigError> {
  const merged = deepMerge(base, override ?? {}) as Record<string, unknown>;
  const { sha256: _dropped, ...content } = merged;
  return safeParseHeuristicsConfig(content);
}

/**
 * Like {@link safeResolveHeuristicsConfig} but throws the `ConfigError`.
 *
 * @example
 * ```ts
 * const config = resolveHeuristicsConfig(DEFAULT_HEURISTICS_CONFIG, { muscles: { recovery_hours_90: { quadriceps: 96 } } });
 * config.sha256 !== DEFAULT_HEURISTICS_CONFIG.sha256; // true
 * ```
 */
export function resolveHeuristicsConfig(
  base: HeuristicsConfig | HeuristicsConfigInput,
  override: HeuristicsConfigOverride | null | undefined,
): HeuristicsConfig {
  const result = safeResolveHeuristicsConfig(base, override);
  if (result.ok) return result.value;
  throw result.error;
}
