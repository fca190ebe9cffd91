import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDayNumber, dayNumberOf } from '../time/day-number.js';
import { FIRST_DAY } from '../test-support/arbitraries.js';
import { ageAt } from './age-at.js';

const SEED = 41_017;
const birth = fc.integer({ min: FIRST_DAY, max: dayNumberOf('2100-12-31') });

/** The birthday in a year: the same month and day, or 1 March for a 29 February birth in a common year. */
function birthdayIn(dateOfBirth: string, year: number): string {
  const candidate = `${String(year).padStart(4, '0')}${dateOfBirth.slice(4)}`;
  return Number.isNaN(dayNumberOf(candidate)) ? `${String(year).padStart(4, '0')}-03-01` : candidate;
}

describe('ageAt properties', () => {
  it('is monotone in `on`', () => {
    fc.assert(
      fc.property(birth, fc.integer({ min: 0, max: 40_000 }), fc.integer({ min: 0, max: 40_000 }), (born, a, b) => {
        const dateOfBirth = dateOfDayNumber(born);
        const [early, late] = a <= b ? [a, b] : [b, a];
        expect(ageAt(dateOfBirth, dateOfDayNumber(born + early))).toBeLessThanOrEqual(ageAt(dateOfBirth, dateOfDayNumber(born + late)));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('goes up by exactly 1 on each birthday and stays put on every other day', () => {
    fc.assert(
      fc.property(birth, fc.integer({ min: 1, max: 99 }), fc.integer({ min: 0, max: 40_000 }), (born, years, offset) => {
        const dateOfBirth = dateOfDayNumber(born);
        const birthday = birthdayIn(dateOfBirth, Number(dateOfBirth.slice(0, 4)) + years);
        const before = dateOfDayNumber(dayNumberOf(birthday) - 1);
        expect(ageAt(dateOfBirth, birthday)).toBe(years);
        expect(ageAt(dateOfBirth, birthday) - ageAt(dateOfBirth, before)).toBe(1);
        // Any day: the next day adds 1 exactly when it is a birthday.
        const day = dateOfDayNumber(born + offset);
        const next = dateOfDayNumber(born + offset + 1);
        const nextIsBirthday = next === birthdayIn(dateOfBirth, Number(next.slice(0, 4)));
        expect(ageAt(dateOfBirth, next) - ageAt(dateOfBirth, day)).toBe(nextIsBirthday ? 1 : 0);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('is 0 from the day of birth to the day before the first birthday', () => {
    fc.assert(
      fc.property(birth, (born) => {
        const dateOfBirth = dateOfDayNumber(born);
        expect(ageAt(dateOfBirth, dateOfBirth)).toBe(0);
        const first = birthdayIn(dateOfBirth, Number(dateOfBirth.slice(0, 4)) + 1);
        expect(ageAt(dateOfBirth, dateOfDayNumber(dayNumberOf(first) - 1))).toBe(0);
      }),
      { seed: SEED, numRuns: 500 },
    );
  });
});
