import { TZDate } from '@date-fns/tz';
import type { Instant } from './instant.js';
import type { LocalDate } from './local-date.js';

// One formatter per zone: constructing one is far slower than formatting with it.
const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function dayFormatter(timeZone: string): Intl.DateTimeFormat {
  let formatter = dayFormatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    if (dayFormatters.size < 1_000) dayFormatters.set(timeZone, formatter);
  }
  return formatter;
}

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
    const parts = dayFormatter(where.timeZone).formatToParts(epochMs);
    const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((candidate) => candidate.type === type)?.value;
    return `${part('year')?.padStart(4, '0')}-${part('month')}-${part('day')}` as LocalDate;
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
