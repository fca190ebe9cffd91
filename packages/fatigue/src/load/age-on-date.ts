/**
 * Age in whole years on a calendar date (both `YYYY-MM-DD`). Evaluate it at the session's local date, never "today",
 * so results stay deterministic (fatigue.md §4 pitfall 20). A 29 February birthday counts from 1 March in common
 * years. Returns 0 when `onDate` is before `birthDate`.
 *
 * @example
 * ```ts
 * ageOnDate('1989-06-15', '2024-06-14'); // 34
 * ageOnDate('1989-06-15', '2024-06-15'); // 35
 * ```
 */
export function ageOnDate(birthDate: string, onDate: string): number {
  const birthYear = Number(birthDate.slice(0, 4));
  const birthMonthDay = Number(birthDate.slice(5, 7)) * 100 + Number(birthDate.slice(8, 10));
  const year = Number(onDate.slice(0, 4));
  const monthDay = Number(onDate.slice(5, 7)) * 100 + Number(onDate.slice(8, 10));
  const age = year - birthYear - (monthDay < birthMonthDay ? 1 : 0);
  return Math.max(0, age);
}
