import { LocalDateSchema, ValidationError, type ValidationIssue } from '@trainkit/core';

/**
 * Age in whole years on a calendar day, from a date of birth (both `YYYY-MM-DD`). The age goes up by one on each
 * birthday; someone born on 29 February has their birthday on 1 March in common years (never a day early). Evaluate it at the date you need (a session's local day, a report's
 * as-of day), never "today", so results stay deterministic.
 *
 * @param dateOfBirth - Date of birth, `YYYY-MM-DD`.
 * @param on - The day the age is wanted for, `YYYY-MM-DD`, not before `dateOfBirth`.
 * @returns Completed years on `on` (0 from the day of birth until the first birthday).
 * @throws {ValidationError} When a date is not a real `YYYY-MM-DD` calendar day in the supported years (path
 * `dateOfBirth` or `on`), or `on` is before `dateOfBirth` (path `on`, rule `too_small`).
 *
 * @example
 * ```ts
 * ageAt('1989-06-15', '2024-06-14'); // 34
 * ageAt('1989-06-15', '2024-06-15'); // 35
 * ageAt('2004-02-29', '2022-02-28'); // 17: born on 29 February, 18 only from 1 March in a common year
 * ageAt('2004-02-29', '2022-03-01'); // 18
 * ageAt('2004-02-29', '2024-02-29'); // 20: a leap year has the day itself
 * ```
 */
export function ageAt(dateOfBirth: string, on: string): number {
  const issues: ValidationIssue[] = [];
  for (const [path, value] of [['dateOfBirth', dateOfBirth], ['on', on]] as const) {
    const parsed = LocalDateSchema.safeParse(value);
    if (!parsed.success) issues.push({ path, rule: 'invalid_value', message: `must be a real YYYY-MM-DD calendar day, got ${JSON.stringify(value)}` });
  }
  if (issues.length === 0 && on < dateOfBirth) {
    issues.push({ path: 'on', rule: 'too_small', message: `must not be before the date of birth ${dateOfBirth}, got ${on}` });
  }
  if (issues.length > 0) throw new ValidationError('age', issues);
  const birthYear = Number(dateOfBirth.slice(0, 4));
  const birthMonthDay = Number(dateOfBirth.slice(5, 7)) * 100 + Number(dateOfBirth.slice(8, 10));
  const year = Number(on.slice(0, 4));
  const monthDay = Number(on.slice(5, 7)) * 100 + Number(on.slice(8, 10));
  // A 29 February birthday is reached on 1 March in a common year: 02-28 < 02-29 < 03-01 in month*100+day order, so
  // the plain comparison already says "not yet" on 28 February and "reached" on 1 March; in leap years 02-29 itself.
  return year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
}
