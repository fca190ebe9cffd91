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

describe('instant and local-day edge cases', () => {
  it('rejects impossible calendar dates and zone-less strings instead of rolling them over', () => {
    expect(InstantSchema.safeParse('2023-02-29T00:00:00.000Z').success).toBe(false);
    expect(InstantSchema.safeParse('2024-02-29T00:00:00.000Z').success).toBe(true);
    expect(InstantSchema.safeParse('2024-04-31T10:00:00Z').success).toBe(false);
    expect(InstantSchema.safeParse('2024-06-12T25:00:00Z').success).toBe(false);
    expect(InstantSchema.safeParse('2024-06-12T09:00:00').success).toBe(false);
    expect(InstantSchema.parse('2024-06-12T09:00:00.123456-0500')).toBe('2024-06-12T14:00:00.123Z');
  });

  it('gives the local day on both sides of DST changes and the date line', () => {
    expect(localDayOf('2024-10-27T00:30:00.000Z', { timeZone: 'Europe/Berlin' })).toBe('2024-10-27');
    expect(localDayOf('2024-10-26T21:59:59.999Z', { timeZone: 'Europe/Berlin' })).toBe('2024-10-26');
    expect(localDayOf('2024-10-26T22:00:00.000Z', { timeZone: 'Europe/Berlin' })).toBe('2024-10-27');
    expect(localDayOf('2024-01-01T10:00:00.000Z', { timeZone: 'Pacific/Kiritimati' })).toBe('2024-01-02');
    expect(localDayOf('0999-06-01T12:00:00.000Z', { timeZone: 'UTC' })).toBe('0999-06-01');
  });
});
