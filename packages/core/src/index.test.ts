import { describe, expect, it } from 'vitest';
import { InstantSchema, LocalDateSchema, localDayOf, parseProvider, ProviderInputSchema, ValidationError, parseWithSchema } from './index.js';
import { z } from 'zod';

describe('core basics', () => {
  it('normalizes provider aliases to oura', () => {
    for (const alias of ['aura', 'AURA_RING', 'oura_ring', 'Oura']) expect(parseProvider(alias)).toBe('oura');
    expect(ProviderInputSchema.safeParse('fitbit').success).toBe(false);
  });
  it('normalizes instants to UTC milliseconds', () => {
    expect(InstantSchema.parse('2024-06-12T09:00:00+02:00')).toBe('2024-06-12T07:00:00.000Z');
    expect(LocalDateSchema.safeParse('2023-02-29').success).toBe(false);
  });
  it('computes the local day across DST', () => {
    expect(localDayOf('2024-03-31T23:30:00.000Z', { timeZone: 'Europe/Berlin' })).toBe('2024-04-01');
    expect(localDayOf('2024-03-31T23:30:00.000Z', { utcOffsetMinutes: -300 })).toBe('2024-03-31');
  });
  it('names the field and rule in validation errors', () => {
    const schema = z.object({ reps: z.number().int().min(0) });
    expect(() => parseWithSchema(schema, { reps: -1 }, 'set')).toThrowError(ValidationError);
    try { parseWithSchema(schema, { reps: -1 }, 'set'); } catch (error) {
      expect((error as ValidationError).issues[0]).toMatchObject({ path: 'reps', rule: 'too_small' });
    }
  });
});
