import type { Weekday } from '../enums/settings.js';
import { WEEKDAYS } from '../enums/settings.js';
import type { LocalDate } from './local-date.js';

/**
 * The first day of the week containing `localDate`, for weeks starting on `weekStartDay` (ISO weeks start on
 * Monday). Pure calendar arithmetic on `YYYY-MM-DD`; weekly analytics bucket rows by this value.
 *
 * @example
 * ```ts
 * weekStartOf('2025-03-06' as LocalDate, 'monday'); // '2025-03-03'
 * weekStartOf('2025-03-06' as LocalDate, 'sunday'); // '2025-03-02'
 * ```
 */
export function weekStartOf(localDate: LocalDate | string, weekStartDay: Weekday = 'monday'): LocalDate {
  const epochDay = Date.parse(`${localDate}T00:00:00.000Z`) / 86_400_000;
  if (!Number.isFinite(epochDay)) throw new RangeError(`invalid local date: ${localDate}`);
  // 1970-01-01 was a Thursday: ISO index 3 when Monday = 0.
  const isoIndex = (((epochDay + 3) % 7) + 7) % 7;
  const startIndex = WEEKDAYS.indexOf(weekStartDay);
  const back = (((isoIndex - startIndex) % 7) + 7) % 7;
  return new Date((epochDay - back) * 86_400_000).toISOString().slice(0, 10) as LocalDate;
}
