import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { asOpenCategorical, withColumnKind } from '../columns/column-kind.js';
import { HeartRateBpmSchema } from '../columns/heart-rate-bpm.js';
import { JsonValueSchema } from '../columns/json-value.js';
import { RirSchema } from '../columns/rir.js';
import { ProviderInputSchema, ProviderSchema } from '../enums/provider.js';
import { UserIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { LocalDateSchema } from '../time/local-date.js';
import { describeColumn, describeColumns } from './describe-columns.js';

describe('describeColumn', () => {
  it('recognizes instants and local dates through clones, nullable and default wrappers', () => {
    expect(describeColumn('at', InstantSchema)).toMatchObject({ kind: 'instant', nullable: false, hasDefault: false });
    expect(describeColumn('at', InstantSchema.describe('When.').nullable())).toMatchObject({
      kind: 'instant',
      nullable: true,
      hasDefault: true,
      defaultValue: null,
      description: 'When.',
    });
    expect(describeColumn('day', LocalDateSchema.nullable().default(null))).toMatchObject({ kind: 'date', nullable: true });
  });

  it('tells integers from reals and reports numeric rules', () => {
    expect(describeColumn('reps', z.number().int().min(0))).toMatchObject({ kind: 'integer', rules: ['integer', '>= 0'] });
    expect(describeColumn('hr', HeartRateBpmSchema)).toMatchObject({ kind: 'real', rules: ['>= 20', '<= 250'] });
    expect(describeColumn('rir', RirSchema)).toMatchObject({ kind: 'real', rules: ['>= 0', '<= 10', 'multiple of 0.5'] });
    expect(describeColumn('n', z.int())).toMatchObject({ kind: 'integer' });
  });

  it('reads enums (also behind a preprocess pipe), literals, booleans and branded text', () => {
    expect(describeColumn('provider', ProviderSchema)).toMatchObject({ kind: 'enum', enumValues: ['apple_health', 'garmin', 'whoop', 'oura', 'strava'] });
    expect(describeColumn('provider', ProviderInputSchema)).toMatchObject({ kind: 'enum' });
    expect(describeColumn('status', z.enum(['a', 'b']).default('a'))).toMatchObject({ kind: 'enum', hasDefault: true, defaultValue: 'a' });
    expect(describeColumn('fixed', z.literal('x'))).toMatchObject({ kind: 'enum', enumValues: ['x'] });
    expect(describeColumn('flag', z.boolean().default(false))).toMatchObject({ kind: 'boolean', defaultValue: false });
    expect(describeColumn('user_id', UserIdSchema)).toMatchObject({
      kind: 'text',
      rules: ['length >= 1', 'length <= 128', 'matches /^[A-Za-z0-9_.:@-]+$/'],
    });
  });

  it('maps JSON values, arrays and forced kinds to json, and flags open categoricals', () => {
    expect(describeColumn('payload_json', JsonValueSchema.nullable())).toMatchObject({ kind: 'json', nullable: true });
    expect(describeColumn('tags', z.array(z.string()))).toMatchObject({ kind: 'json' });
    expect(describeColumn('raw', withColumnKind(z.string(), 'json'))).toMatchObject({ kind: 'json' });
    expect(describeColumn('type_raw', asOpenCategorical(z.string()).nullable().describe('Raw.'))).toMatchObject({
      kind: 'text',
      openCategorical: true,
      description: 'Raw.',
    });
    expect(describeColumn('plain', z.string()).openCategorical).toBeUndefined();
  });

  it('throws on schemas it cannot store', () => {
    expect(() => describeColumn('when', z.date())).toThrow(/cannot derive a column kind/);
    expect(() => describeColumn('n', z.literal(1))).toThrow(/string literals/);
  });

  it('lists columns in key order', () => {
    const columns = describeColumns(z.object({ b: z.string(), a: z.number() }));
    expect(columns.map((column) => column.name)).toEqual(['b', 'a']);
  });
});
