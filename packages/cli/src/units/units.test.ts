import { MILE_IN_M, POUND_IN_KG, ValidationError } from '@trainkit/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDistance } from './parse-distance.js';
import { parseDuration } from './parse-duration.js';
import { parseInstantOption } from './parse-instant-option.js';
import { parseLoad } from './parse-load.js';
import { parseNumberOption } from './parse-number-option.js';
import { parseSetScheme } from './parse-set-scheme.js';
import { parseTimeZoneOption } from './parse-time-zone-option.js';

function issueOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).issues[0];
  }
  throw new Error('expected a ValidationError');
}

describe('parseDuration', () => {
  it.each([
    ['45m', 2700], ['45min', 2700], ['1h30m', 5400], ['1.5h', 5400], ['90s', 90], ['1h5m30s', 3930],
    ['1:05:30', 3930], ['45:00', 2700], ['0m', 0], [' 2h ', 7200],
  ])('%s is %d seconds', (text, seconds) => {
    expect(parseDuration(text)).toBe(seconds);
  });

  it.each(['45', '', 'abc', '-5m', '1h-5m', 'm', '5x', '1:75:00'])('rejects %j naming the option', (text) => {
    expect(issueOf(() => parseDuration(text, '--duration'))).toMatchObject({ path: '--duration', rule: 'invalid_format' });
  });

  it('reads any h/m/s combination as their sum', () => {
    fc.assert(
      fc.property(fc.nat(99), fc.nat(59), fc.nat(59), (h, m, s) => {
        expect(parseDuration(`${h}h${m}m${s}s`)).toBe(h * 3600 + m * 60 + s);
        expect(parseDuration(`${h}:${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`)).toBe(h * 3600 + m * 60 + s);
      }),
    );
  });
});

describe('parseDistance', () => {
  it('converts with the exact constants', () => {
    expect(parseDistance('10km')).toBe(10_000);
    expect(parseDistance('10k')).toBe(10_000);
    expect(parseDistance('5mi')).toBe(5 * MILE_IN_M);
    expect(parseDistance('400m')).toBe(400);
    expect(parseDistance('100yd')).toBeCloseTo(91.44, 10);
    expect(parseDistance('21.1 KM')).toBeCloseTo(21_100, 8);
  });
  it.each(['10', 'ten km', '-5km', '5 miles'])('rejects %j', (text) => {
    expect(issueOf(() => parseDistance(text))).toMatchObject({ path: '--distance' });
  });
});

describe('parseLoad', () => {
  it('defaults to kilograms and converts pounds exactly', () => {
    expect(parseLoad('100')).toBe(100);
    expect(parseLoad('102.5kg')).toBe(102.5);
    expect(parseLoad('225lb')).toBe(225 * POUND_IN_KG);
    expect(parseLoad('225 lbs')).toBe(225 * POUND_IN_KG);
  });
  it.each(['heavy', '-20', '20st'])('rejects %j', (text) => {
    expect(issueOf(() => parseLoad(text, '--sets'))).toMatchObject({ path: '--sets' });
  });
});

describe('parseSetScheme', () => {
  it('parses groups with and without loads', () => {
    expect(parseSetScheme('5x5@100')).toEqual([{ sets: 5, reps: 5, loadKg: 100 }]);
    expect(parseSetScheme('3x8@225lb,1x3@110')).toEqual([
      { sets: 3, reps: 8, loadKg: 225 * POUND_IN_KG },
      { sets: 1, reps: 3, loadKg: 110 },
    ]);
    expect(parseSetScheme('3x10')).toEqual([{ sets: 3, reps: 10, loadKg: null }]);
    expect(parseSetScheme('3x10@bw')).toEqual([{ sets: 3, reps: 10, loadKg: 0 }]);
  });
  it.each(['5x', 'x5', '0x5@100', '51x5', '5x5@heavy', '5*5'])('rejects %j', (text) => {
    expect(issueOf(() => parseSetScheme(text))).toMatchObject({ path: '--sets', rule: 'invalid_format' });
  });
});

describe('parseNumberOption and parseInstantOption', () => {
  it('parses numbers and rejects text', () => {
    expect(parseNumberOption('8.5', '--rpe')).toBe(8.5);
    expect(issueOf(() => parseNumberOption('eight', '--rpe'))).toMatchObject({ path: '--rpe' });
    expect(issueOf(() => parseNumberOption('', '--rpe'))).toMatchObject({ path: '--rpe' });
    expect(parseNumberOption(undefined, '--rpe')).toBeUndefined();
  });
  it('accepts IANA time zones only', () => {
    expect(parseTimeZoneOption('America/New_York')).toBe('America/New_York');
    expect(issueOf(() => parseTimeZoneOption('Mars/Base', '--tz'))).toMatchObject({ path: '--tz', rule: 'invalid_format' });
  });
  it('normalizes instants to UTC', () => {
    expect(parseInstantOption('2024-06-01T09:00:00+02:00')).toBe('2024-06-01T07:00:00.000Z');
    expect(issueOf(() => parseInstantOption('yesterday'))).toMatchObject({ path: '--at' });
  });
});
