import { ValidationError } from '@trainkit/core';
import { describe, expect, it } from 'vitest';
import { ageAt } from './age-at.js';

describe('ageAt', () => {
  it('counts completed years, going up on the birthday', () => {
    expect(ageAt('1989-06-15', '1989-06-15')).toBe(0);
    expect(ageAt('1989-06-15', '2024-06-14')).toBe(34);
    expect(ageAt('1989-06-15', '2024-06-15')).toBe(35);
    expect(ageAt('1989-12-31', '2024-01-01')).toBe(34);
  });

  it('gives a 29 February birthday on 1 March in common years and on the day itself in leap years', () => {
    expect(ageAt('2004-02-29', '2005-02-28')).toBe(0);
    expect(ageAt('2004-02-29', '2005-03-01')).toBe(1);
    expect(ageAt('2004-02-29', '2022-02-28')).toBe(17);
    expect(ageAt('2004-02-29', '2022-03-01')).toBe(18);
    expect(ageAt('2004-02-29', '2024-02-28')).toBe(19);
    expect(ageAt('2004-02-29', '2024-02-29')).toBe(20);
    // 2100 is not a leap year.
    expect(ageAt('2096-02-29', '2100-02-28')).toBe(3);
    expect(ageAt('2096-02-29', '2100-03-01')).toBe(4);
  });

  it('rejects days that are not calendar days, and a day before birth, with typed errors naming the argument', () => {
    const issues = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        expect(error).toBeInstanceOf(ValidationError);
        return (error as ValidationError).issues.map((issue) => `${issue.path}:${issue.rule}`);
      }
      throw new Error('expected a ValidationError');
    };
    expect(issues(() => ageAt('2023-02-29', '2024-01-01'))).toEqual(['dateOfBirth:invalid_value']);
    expect(issues(() => ageAt('1990-01-01', '2024-1-1'))).toEqual(['on:invalid_value']);
    expect(issues(() => ageAt('1990-01-01', '1989-12-31'))).toEqual(['on:too_small']);
  });
});
