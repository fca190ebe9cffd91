import { sql, type RawBuilder } from 'kysely';
import type { SqlFamily } from '../connection/storage-dialect.js';

/*
 * SQL fragments that compute the same numbers on SQLite and PostgreSQL. Days are handled as integer "epoch days"
 * (days since 1970-01-01) computed from the stored local date, never from an instant and never through a time zone,
 * so both dialects bucket every row into the same week.
 */

/** Days since 1970-01-01 of a `date` (PostgreSQL) or `YYYY-MM-DD` text (SQLite) expression. */
export function epochDay(family: SqlFamily, dateExpression: RawBuilder<unknown>): RawBuilder<number> {
  return family === 'sqlite'
    ? sql<number>`cast(julianday(${dateExpression}) - 2440587.5 as integer)`
    : sql<number>`(${dateExpression} - date '1970-01-01')`;
}

/**
 * The epoch day of the first day of the week containing `dateExpression`, for weeks starting on the day with ISO
 * index `startIndex` (Monday = 0 … Sunday = 6). 1970-01-01 was a Thursday (ISO index 3).
 */
export function weekStartDay(family: SqlFamily, dateExpression: RawBuilder<unknown>, startIndex: number): RawBuilder<number> {
  const day = epochDay(family, dateExpression);
  const shift = sql.lit(10 - startIndex);
  return sql<number>`(${day} - ((((${day} + ${shift}) % 7) + 7) % 7))`;
}

/**
 * Seconds from `start` to `end` (instants), exact to the millisecond: SQLite reads its ISO-8601 text (whole seconds
 * from `unixepoch`, milliseconds from the text), PostgreSQL subtracts `timestamptz` values.
 */
export function secondsBetween(family: SqlFamily, start: RawBuilder<unknown>, end: RawBuilder<unknown>): RawBuilder<number> {
  return family === 'sqlite'
    ? sql<number>`((unixepoch(${end}) - unixepoch(${start})) + (cast(substr(${end}, 21, 3) as integer) - cast(substr(${start}, 21, 3) as integer)) / 1000.0)`
    : sql<number>`cast(extract(epoch from (${end} - ${start})) as double precision)`;
}

/** The literal `false` of a boolean column (SQLite stores 0/1). */
export function falseLiteral(family: SqlFamily): RawBuilder<unknown> {
  return family === 'sqlite' ? sql`0` : sql`false`;
}

/** A floating-point zero both dialects type as a double in `union all`. */
export function zero(): RawBuilder<number> {
  return sql<number>`cast(0 as double precision)`;
}

/** `YYYY-MM-DD` of an epoch day. */
export function dateOfEpochDay(day: number): string {
  return new Date(day * 86_400_000).toISOString().slice(0, 10);
}

/** Epoch day of a `YYYY-MM-DD` string. */
export function epochDayOf(date: string): number {
  return Math.round(Date.parse(`${date}T00:00:00.000Z`) / 86_400_000);
}

/** Drivers return counts and sums as numbers, bigints or numeric strings; analytics rows hold numbers. */
export function toNumber(value: unknown): number {
  if (value === null || value === undefined) return 0;
  return typeof value === 'number' ? value : Number(value);
}

/** Code-point order with `null` last: the grouping-key order of every analytics result. */
export function compareKeys(left: string | null, right: string | null): number {
  if (left === right) return 0;
  if (left === null) return 1;
  if (right === null) return -1;
  return left < right ? -1 : 1;
}
