import { describe, expect, it } from 'vitest';
import { convertAppleHealthUnit, parseAppleHealthNumber, parseAppleHealthQuantity } from './apple-health-units.js';
import { parseAppleHealthDate, parseAppleHealthDay } from './parse-apple-health-date.js';

describe('convertAppleHealthUnit', () => {
  it('converts imperial and metric units with the exact factors', () => {
    expect(convertAppleHealthUnit(1, 'mi', 'length_m')).toBe(1609.344);
    expect(convertAppleHealthUnit(6.2, 'mi', 'length_m')).toBe(9977.9328);
    expect(convertAppleHealthUnit(10.5, 'km', 'length_m')).toBe(10500);
    expect(convertAppleHealthUnit(100, 'ft', 'length_m')).toBe(30.48);
    expect(convertAppleHealthUnit(25, 'yd', 'length_m')).toBe(22.86);
    expect(convertAppleHealthUnit(8420, 'cm', 'length_m')).toBe(84.2);
    expect(convertAppleHealthUnit(180.4, 'lb', 'mass_kg')).toBe(81.828063548);
    expect(convertAppleHealthUnit(10, 'st', 'mass_kg')).toBe(63.5029318);
    expect(convertAppleHealthUnit(512.5, 'Cal', 'energy_kcal')).toBe(512.5);
    expect(convertAppleHealthUnit(418.4, 'kJ', 'energy_kcal')).toBe(100);
    expect(convertAppleHealthUnit(100, 'kJ', 'energy_kcal')).toBe(23.9005736138);
    expect(convertAppleHealthUnit(61.5, 'degF', 'temperature_c')).toBe(16.3888888889);
    expect(convertAppleHealthUnit(32, 'degF', 'temperature_c')).toBe(0);
    expect(convertAppleHealthUnit(45.5, 'min', 'time_s')).toBe(2730);
  });

  it('refuses units of another dimension, unknown units and non-finite values', () => {
    expect(convertAppleHealthUnit(1, 'kg', 'length_m')).toBeNull();
    expect(convertAppleHealthUnit(1, 'parsec', 'length_m')).toBeNull();
    expect(convertAppleHealthUnit(1, null, 'length_m')).toBeNull();
    expect(convertAppleHealthUnit(Number.NaN, 'km', 'length_m')).toBeNull();
  });

  it('reads numbers and metadata quantities', () => {
    expect(parseAppleHealthNumber('72')).toBe(72);
    expect(parseAppleHealthNumber('0.215')).toBe(0.215);
    expect(parseAppleHealthNumber('')).toBeNull();
    expect(parseAppleHealthNumber(' ')).toBeNull();
    expect(parseAppleHealthNumber('12abc')).toBeNull();
    expect(parseAppleHealthQuantity('8420 cm')).toEqual({ value: 8420, unit: 'cm' });
    expect(parseAppleHealthQuantity('61.5 degF')).toEqual({ value: 61.5, unit: 'degF' });
    expect(parseAppleHealthQuantity('7.2 kcal/hr·kg')).toEqual({ value: 7.2, unit: 'kcal/hr·kg' });
    expect(parseAppleHealthQuantity('cm')).toBeNull();
  });
});

describe('parseAppleHealthDate', () => {
  it('reads the export format, keeping the written offset and day', () => {
    expect(parseAppleHealthDate('2023-05-01 07:12:45 -0700')).toEqual({ ms: Date.parse('2023-05-01T14:12:45Z'), offsetMinutes: -420, localDate: '2023-05-01' });
    expect(parseAppleHealthDate('2023-05-01 23:30:00 +0530')?.ms).toBe(Date.parse('2023-05-01T18:00:00Z'));
    expect(parseAppleHealthDate('2025-05-03T14:12:46Z')?.offsetMinutes).toBe(0);
  });

  it('refuses impossible dates, offsets and years', () => {
    expect(parseAppleHealthDate('2023-02-30 07:12:45 -0700')).toBeNull();
    expect(parseAppleHealthDate('2023-05-01 24:00:00 -0700')).toBeNull();
    expect(parseAppleHealthDate('2023-05-01 07:12:45 -1500')).toBeNull();
    expect(parseAppleHealthDate('1899-12-31 23:59:59 +0000')).toBeNull();
    expect(parseAppleHealthDate('2023-05-01')).toBeNull();
    expect(parseAppleHealthDay('2023-05-01')).toBe('2023-05-01');
    expect(parseAppleHealthDay('2023-13-01')).toBeNull();
  });
});
