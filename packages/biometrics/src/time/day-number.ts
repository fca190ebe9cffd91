const DAY_MS = 86_400_000;

/**
 * Internal: the number of days from 1970-01-01 to a `YYYY-MM-DD` calendar day (negative before), or `NaN` when the
 * text is not a real calendar day. Pure calendar arithmetic, no zone.
 */
export function dayNumberOf(date: string): number {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return Number.NaN;
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) return Number.NaN;
  return ms / DAY_MS;
}

/** Internal: the `YYYY-MM-DD` calendar day of a day number (see {@link dayNumberOf}). */
export function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}
