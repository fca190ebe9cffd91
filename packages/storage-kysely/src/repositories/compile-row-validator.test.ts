/**
 * The lean validator never disagrees with zod: whenever it accepts a row, zod accepts it too and returns the very same
 * output (defaults, canonical values); anything else is left to zod. Checked for every registry table with generated
 * inputs (valid values, boundary values and junk), and on hand-written edge cases.
 */
import { TABLES, type ColumnDefinition } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileRowValidator } from './compile-row-validator.js';

const RUNS = Number(process.env.TRAINKIT_PROPERTY_RUNS ?? 300);

const INSTANT_EDGES = [
  '2024-02-29T23:59:59.999Z',
  '2023-02-29T00:00:00.000Z',
  '2024-04-31T00:00:00.000Z',
  '2024-01-01T24:00:00.000Z',
  '2024-01-01T23:60:00.000Z',
  '2024-01-01T23:59:60.000Z',
  '2024-13-01T00:00:00.000Z',
  '2024-00-10T00:00:00.000Z',
  '0000-01-01T00:00:00.000Z',
  '9999-12-31T23:59:59.999Z',
  '1900-02-29T00:00:00.000Z',
  '2000-02-29T00:00:00.000Z',
  '2024-06-12T09:00:00+02:00',
  '2024-06-12T07:00:00Z',
  '2024-06-12 07:00:00.000Z',
  '2024-06-12',
  '',
];
const DATE_EDGES = ['2024-02-29', '2023-02-29', '2024-04-31', '0001-01-01', '2024-1-01', '2024-01-01T00:00:00.000Z', ''];
const JUNK = fc.constantFrom<unknown>(undefined, null, '', 'x', 0, -0, 1.5, -1, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, true, false, [], {});

function rangeOf(column: ColumnDefinition): { min: number; max: number } {
  let min = -1e6;
  let max = 1e6;
  for (const rule of column.rules ?? []) {
    const match = /^(>=|>|<=|<) (-?[\d.e+]+)$/.exec(rule);
    if (!match) continue;
    const bound = Number(match[2]);
    if (match[1]!.startsWith('>')) min = Math.max(min, bound);
    else max = Math.min(max, bound);
  }
  return { min, max };
}

function validish(column: ColumnDefinition): fc.Arbitrary<unknown> {
  switch (column.kind) {
    case 'enum':
      return fc.constantFrom(...(column.enumValues ?? []), 'not_a_value', 'AURA_RING', 'oura_ring');
    case 'integer': {
      const { min, max } = rangeOf(column);
      return fc.oneof(fc.integer({ min: Math.ceil(Math.max(min, -1e6)), max: Math.floor(Math.min(max, 1e6)) }), fc.constantFrom(min - 1, max + 1, 0.5));
    }
    case 'real': {
      const { min, max } = rangeOf(column);
      return fc.oneof(fc.double({ min: Math.max(min, -1e6), max: Math.min(max, 1e6), noNaN: true }), fc.constantFrom(min, max, min - 0.001, max + 0.001));
    }
    case 'boolean':
      return fc.oneof(fc.boolean(), fc.constantFrom(0, 1, 'true'));
    case 'instant':
      return fc.oneof(
        fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T23:59:59.999Z'), noInvalidDate: true }).map((date) => date.toISOString()),
        fc.constantFrom(...INSTANT_EDGES),
      );
    case 'date':
      return fc.oneof(
        fc.date({ min: new Date('0001-01-01T00:00:00.000Z'), max: new Date('9999-12-31T00:00:00.000Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
        fc.constantFrom(...DATE_EDGES),
      );
    case 'json':
      return fc.oneof(fc.jsonValue(), fc.constantFrom(undefined, Number.NaN));
    case 'text':
      return fc.oneof(
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.constantFrom('Europe/Berlin', 'UTC', 'Not/AZone', '1.2.3', 'a'.repeat(64), 'strava', 'running', ' '),
      );
  }
}

function rowArbitrary(columns: readonly ColumnDefinition[]): fc.Arbitrary<Record<string, unknown>> {
  const fields: Record<string, fc.Arbitrary<unknown>> = {};
  for (const column of columns) fields[column.name] = fc.oneof({ weight: 8, arbitrary: validish(column) }, { weight: 1, arbitrary: JUNK });
  return fc.tuple(fc.record(fields, { requiredKeys: [] }), fc.option(fc.constantFrom('unknown_column', '__proto__x'), { nil: undefined })).map(([row, extra]) =>
    extra === undefined ? row : { ...row, [extra]: 1 },
  );
}

describe('compileRowValidator', () => {
  for (const table of TABLES) {
    it(`${table.name}: an accepted row is exactly zod's output`, () => {
      const validate = compileRowValidator(table.insertSchema);
      expect(validate).toBeDefined();
      fc.assert(
        fc.property(rowArbitrary(table.columns), (input) => {
          const fast = validate!(input);
          if (fast === undefined) return;
          const parsed = table.insertSchema.safeParse(input);
          expect(parsed.success).toBe(true);
          expect(fast).toStrictEqual(parsed.data);
        }),
        { numRuns: RUNS },
      );
    });
  }

  const metricSamples = TABLES.find((table) => table.name === 'metric_samples')!;
  const sample = { id: 'ms_1', user_id: 'usr_1', metric_type: 'heart_rate_bpm', recorded_at: '2024-02-29T23:59:59.999Z', value: 121, unit: 'bpm' };

  it('accepts canonical rows itself (the fast path is really taken) and applies defaults like zod', () => {
    const validate = compileRowValidator(metricSamples.insertSchema)!;
    const fast = validate(sample);
    expect(fast).toStrictEqual(metricSamples.insertSchema.parse(sample));
    expect(fast).toStrictEqual({ ...sample, external_metric_stream_id: null, activity_instance_id: null });
  });

  it.each(INSTANT_EDGES)('instant %s: the same verdict and the same canonical value as zod', (recordedAt) => {
    const validate = compileRowValidator(metricSamples.insertSchema)!;
    const input = { ...sample, recorded_at: recordedAt };
    const parsed = metricSamples.insertSchema.safeParse(input);
    const fast = validate(input);
    // metric_samples has no cross-field rule, so the fast path decides every row zod accepts.
    expect(fast).toStrictEqual(parsed.success ? parsed.data : undefined);
  });

  it('leaves every doubtful input to zod', () => {
    const validate = compileRowValidator(metricSamples.insertSchema)!;
    class Sample {
      constructor(readonly id = 'ms_1') {}
    }
    for (const input of [
      null,
      [],
      'row',
      new Sample(),
      { ...sample, extra: 1 },
      { ...sample, value: Number.NaN },
      { ...sample, value: Number.POSITIVE_INFINITY },
      { ...sample, value: '121' },
      { ...sample, id: '' },
      { ...sample, recorded_at: 'not a date' },
    ]) {
      expect(validate(input)).toBeUndefined();
    }
  });

  it('checks JSON columns itself on plain data and gives everything unusual to zod, with zod\'s verdict', () => {
    const records = TABLES.find((table) => table.name === 'external_activity_records')!;
    const validate = compileRowValidator(records.insertSchema)!;
    const row = {
      id: 'raw_1', user_id: 'usr_1', provider: 'strava', external_id: '1', raw_payload_json: { a: [1, 'x', null, { b: true }], n: -0.5 },
      ingestion_run_id: 'run_1', created_at: '2024-06-12T07:00:00.000Z', updated_at: '2024-06-12T07:00:00.000Z',
    };
    const plain = validate(row)!;
    expect(plain).toStrictEqual(records.insertSchema.parse(row));
    // The fast path keeps the payload as it is (zod would return an equal copy).
    expect(plain.raw_payload_json).toBe(row.raw_payload_json);
    const bare = Object.create(null) as Record<string, unknown>;
    bare.k = 'v';
    const hidden = { a: 1 };
    Object.defineProperty(hidden, 'secret', { value: 2, enumerable: false });
    let deep: unknown = 'leaf';
    for (let level = 0; level < 100; level += 1) deep = [deep];
    // eslint-disable-next-line no-sparse-arrays -- a hole is what is tested
    const sparse = [1, , 3];
    for (const payload of [
      { at: new Date(0) }, { a: undefined }, { a: Number.NaN }, [Number.POSITIVE_INFINITY], sparse, bare, hidden,
      JSON.parse('{"__proto__": {"x": 1}}') as unknown, { [Symbol('s')]: 1, a: 1 }, new Map([['a', 1]]), deep, null, 'text', 42, true, [],
    ]) {
      const input = { ...row, raw_payload_json: payload };
      const parsed = records.insertSchema.safeParse(input);
      expect(validate(input), String(JSON.stringify(payload))).toStrictEqual(parsed.success ? parsed.data : undefined);
    }
  });

  it('runs the table’s cross-field rules and gives up when one fails', () => {
    const activities = TABLES.find((table) => table.name === 'activity_instances')!;
    const validate = compileRowValidator(activities.insertSchema)!;
    const row = {
      id: 'act_1', user_id: 'usr_1', source: 'manual', performed_start: '2025-03-04T23:30:00.000Z', timezone: 'Europe/Berlin',
      utc_offset_minutes: 60, local_date: '2025-03-05', created_at: '2025-03-04T23:30:00.000Z', updated_at: '2025-03-04T23:30:00.000Z',
    };
    expect(validate(row)).toStrictEqual(activities.insertSchema.parse(row));
    expect(validate({ ...row, local_date: '2025-03-04' })).toBeUndefined();
    expect(validate({ ...row, performed_end: '2025-03-04T23:00:00.000Z' })).toBeUndefined();
    expect(validate({ ...row, source: 'provider' })).toBeUndefined();
    // Provider aliases are left to the field's own schema, which canonicalizes them exactly as zod does.
    expect(validate({ ...row, source: 'provider', provider: 'AURA_RING' })).toStrictEqual(
      activities.insertSchema.parse({ ...row, source: 'provider', provider: 'AURA_RING' }),
    );
  });
});
