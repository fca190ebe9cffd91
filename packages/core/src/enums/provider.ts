import { z } from 'zod';

/**
 * Providers trainkit ingests from. The canonical spelling of Oura is `oura`.
 *
 * @example
 * ```ts
 * PROVIDERS.includes('strava'); // true
 * ```
 */
export const PROVIDERS = ['apple_health', 'garmin', 'whoop', 'oura', 'strava'] as const;
/** One of {@link PROVIDERS}. */
export type Provider = (typeof PROVIDERS)[number];

/**
 * Spellings seen in older data and other systems, mapped to the canonical provider.
 *
 * @example
 * ```ts
 * PROVIDER_ALIASES['aura_ring']; // 'oura'
 * ```
 */
export const PROVIDER_ALIASES: Readonly<Record<string, Provider>> = {
  aura: 'oura',
  aura_ring: 'oura',
  oura_ring: 'oura',
  ouraring: 'oura',
  apple: 'apple_health',
  applehealth: 'apple_health',
  healthkit: 'apple_health',
  garmin_connect: 'garmin',
};

/**
 * The strict provider enum: only canonical values. Use for stored data.
 *
 * @example
 * ```ts
 * ProviderSchema.parse('garmin');
 * ```
 */
export const ProviderSchema = z.enum(PROVIDERS);

/**
 * Accepts canonical providers plus known aliases in any case (`aura`, `AURA_RING`, `oura_ring` become `oura`).
 * Use on input; output is always canonical.
 *
 * @example
 * ```ts
 * ProviderInputSchema.parse('AURA_RING'); // 'oura'
 * ```
 */
export const ProviderInputSchema = z.preprocess((value) => {
  if (typeof value !== 'string') return value;
  const key = value.trim().toLowerCase().replace(/[\s-]+/g, '_');
  return PROVIDER_ALIASES[key] ?? key;
}, ProviderSchema);

/**
 * Parses a provider name or alias to the canonical {@link Provider}; throws a zod error on unknown names.
 *
 * @example
 * ```ts
 * parseProvider('oura_ring'); // 'oura'
 * ```
 */
export function parseProvider(value: string): Provider {
  return ProviderInputSchema.parse(value);
}
