import { describe, expect, it } from 'vitest';
import { columnCodec, toIsoInstant, toLocalDateString } from './column-codec.js';
import { createRowCodec } from './row-codec.js';

describe('toIsoInstant', () => {
  it('keeps canonical ISO strings and converts Dates, epoch numbers and PostgreSQL text to ISO with milliseconds', () => {
    expect(toIsoInstant('2024-06-12T07:00:00.123Z')).toBe('2024-06-12T07:00:00.123Z');
    expect(toIsoInstant(new Date(Date.UTC(2024, 5, 12, 7, 0, 0, 123)))).toBe('2024-06-12T07:00:00.123Z');
    expect(toIsoInstant(0)).toBe('1970-01-01T00:00:00.000Z');
    expect(toIsoInstant(1_718_175_600_123n)).toBe('2024-06-12T07:00:00.123Z');
    expect(toIsoInstant('2024-06-12 09:00:00.123+02')).toBe('2024-06-12T07:00:00.123Z');
    expect(toIsoInstant('2024-06-12 07:00:00+00')).toBe('2024-06-12T07:00:00.000Z');
    expect(toIsoInstant('2024-06-12T09:00:00+02:00')).toBe('2024-06-12T07:00:00.000Z');
  });

  it('rejects values that are not instants', () => {
    expect(() => toIsoInstant(true)).toThrow(TypeError);
  });
});

describe('toLocalDateString', () => {
  it('keeps YYYY-MM-DD text and reads a local-midnight Date with local getters, so no time zone shifts the day', () => {
    expect(toLocalDateString('2024-02-29')).toBe('2024-02-29');
    expect(toLocalDateString(new Date(2024, 1, 29))).toBe('2024-02-29');
    const yearOne = new Date(2000, 0, 1);
    yearOne.setFullYear(1);
    expect(toLocalDateString(yearOne)).toBe('0001-01-01');
  });
});

describe('columnCodec', () => {
  it('stores SQLite booleans as 0/1 and reads them back as booleans', () => {
    const codec = columnCodec('boolean', 'sqlite');
    expect([codec.encode(true), codec.encode(false), codec.encode(null)]).toEqual([1, 0, null]);
    expect([codec.decode(1), codec.decode(0), codec.decode(null)]).toEqual([true, false, null]);
  });

  it('leaves PostgreSQL booleans to the driver', () => {
    const codec = columnCodec('boolean', 'postgres');
    expect([codec.encode(true), codec.decode(false)]).toEqual([true, false]);
    expect(codec.decodes).toBe(false);
  });

  it('sends JSON as text on both families (pg would turn arrays into PostgreSQL arrays) and parses it back on SQLite', () => {
    const value = { a: [1, 'two', null, { deep: true }], text: 'Jane’s Apple Watch 🏃' };
    for (const family of ['sqlite', 'postgres'] as const) {
      expect(columnCodec('json', family).encode(value)).toBe(JSON.stringify(value));
      expect(columnCodec('json', family).encode(['a'])).toBe('["a"]');
      expect(columnCodec('json', family).encode(null)).toBeNull();
    }
    expect(columnCodec('json', 'sqlite').decode(JSON.stringify(value))).toEqual(value);
    expect(columnCodec('json', 'sqlite').decode('"just a string"')).toBe('just a string');
    expect(columnCodec('json', 'postgres').decode(value)).toBe(value);
  });

  it('turns PostgreSQL bigint and numeric text into numbers', () => {
    expect(columnCodec('integer', 'postgres').decode('9007199254740991')).toBe(9_007_199_254_740_991);
    expect(columnCodec('real', 'postgres').decode('0.1')).toBe(0.1);
    expect(columnCodec('integer', 'postgres').decode(null)).toBeNull();
  });

  it('turns PostgreSQL timestamptz and date values into ISO instants and YYYY-MM-DD', () => {
    expect(columnCodec('instant', 'postgres').decode(new Date('2024-06-12T07:00:00.123Z'))).toBe('2024-06-12T07:00:00.123Z');
    expect(columnCodec('date', 'postgres').decode('2024-02-29')).toBe('2024-02-29');
    expect(columnCodec('date', 'postgres').decode(new Date(2024, 1, 29))).toBe('2024-02-29');
    expect(columnCodec('instant', 'sqlite').encode(new Date('2024-06-12T07:00:00.123Z'))).toBe('2024-06-12T07:00:00.123Z');
  });
});

describe('createRowCodec', () => {
  const codec = createRowCodec(
    [
      { name: 'id', kind: 'text' },
      { name: 'is_warmup', kind: 'boolean' },
      { name: 'payload', kind: 'json' },
    ],
    'sqlite',
  );

  it('encodes only the keys present (so omitted columns are not written) and all columns in order for bulk inserts', () => {
    expect(codec.encode({ id: 'a', is_warmup: true })).toEqual({ id: 'a', is_warmup: 1 });
    const values: unknown[] = [];
    codec.encodeValuesInto({ id: 'a', payload: { x: 1 } }, values);
    expect(values).toEqual(['a', null, '{"x":1}']);
  });

  it('decodes driver rows in place', () => {
    expect(codec.decode({ id: 'a', is_warmup: 0, payload: '[1,2]' })).toEqual({ id: 'a', is_warmup: false, payload: [1, 2] });
  });
});
