import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseProvider, PROVIDER_ALIASES, PROVIDERS, ProviderInputSchema, ProviderSchema } from './provider.js';

const OURA_SPELLINGS = ['aura', 'AURA_RING', 'oura_ring', 'oura', 'Oura Ring', 'aura-ring'];

function recase(text: string, mask: readonly boolean[]): string {
  return [...text].map((char, index) => (mask[index % mask.length] ? char.toUpperCase() : char.toLowerCase())).join('');
}

describe('provider aliases', () => {
  it('maps every Oura spelling, in any case and with spaces or dashes, to oura', () => {
    fc.assert(
      fc.property(fc.constantFrom(...OURA_SPELLINGS), fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }), (spelling, mask) => {
        expect(parseProvider(recase(spelling, mask))).toBe('oura');
      }),
    );
  });

  it('maps every alias to a canonical provider and leaves canonical names unchanged', () => {
    for (const [alias, provider] of Object.entries(PROVIDER_ALIASES)) expect(parseProvider(alias)).toBe(provider);
    fc.assert(
      fc.property(fc.constantFrom(...PROVIDERS), (provider) => {
        expect(parseProvider(provider)).toBe(provider);
      }),
    );
  });

  it('rejects names that are neither canonical nor aliases, and stored rows only accept canonical names', () => {
    const known = new Set<string>([...PROVIDERS, ...Object.keys(PROVIDER_ALIASES)]);
    fc.assert(
      fc.property(fc.string({ maxLength: 12 }), (text) => {
        const key = text.trim().toLowerCase().replace(/[\s-]+/g, '_');
        fc.pre(!known.has(key));
        expect(ProviderInputSchema.safeParse(text).success).toBe(false);
      }),
    );
    expect(ProviderSchema.safeParse('AURA_RING').success).toBe(false);
  });
});
