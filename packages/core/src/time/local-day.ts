import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';
import type { Instant } from './instant.js';
import type { LocalDate } from './local-date.js';

/**
 * The user's local calendar day at `instant`: in `timeZone` when known (DST-aware), otherwise by the fixed
 * `utcOffsetMinutes`, otherwise UTC.
 *
 * @example
 * ```ts
 * localDayOf('2024-03-31T23:30:00.000Z' as Instant, { timeZone: 'Europe/Berlin' }); // '2024-04-01'
 * ```
 */
export function localDayOf(
  instant: Instant | string,
  where: { timeZone?: string | null; utcOffsetMinutes?: number | null } = {},
): LocalDate {
  const epochMs = Date.parse(instant);
  if (where.timeZone) {
    return format(new TZDate(epochMs, where.timeZone), 'yyyy-MM-dd') as LocalDate;
  }
  const shifted = new Date(epochMs + (where.utcOffsetMinutes ?? 0) * 60_000);
  return shifted.toISOString().slice(0, 10) as LocalDate;
}

/**
 * Offset from UTC, in minutes, of `timeZone` at `instant` (e.g. 120 for Berlin in summer).
 *
 * @example
 * ```ts
 * utcOffsetMinutesAt('2024-07-01T12:00:00.000Z', 'Europe/Berlin'); // 120
 * ```
 */
export function utcOffsetMinutesAt(instant: Instant | string, timeZone: string): number {
  return -new TZDate(Date.parse(instant), timeZone).getTimezoneOffset();
}
