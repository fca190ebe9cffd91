/**
 * PostgreSQL type OIDs whose default JavaScript parsing trainkit overrides, and the parsers it installs on the pools
 * and PGlite instances it creates. The codecs also accept the drivers' defaults, so a pool or instance handed in by
 * the caller works too; these parsers only make the common path cheaper and timezone-proof.
 */
export const POSTGRES_TYPE_OIDS = {
  int8: 20,
  numeric: 1700,
  date: 1082,
  timestamptz: 1184,
} as const;

/** `date` stays the `YYYY-MM-DD` text PostgreSQL sends: no `Date`, so no timezone can shift it. */
export function parsePostgresDate(value: string): string {
  return value;
}

/** `bigint` (counts, sums of integers) and `numeric` come back as JS numbers. */
export function parsePostgresNumber(value: string): number {
  return Number(value);
}

/** Parsers keyed by OID, in the shape PGlite takes (`parsers` option). */
export const PGLITE_PARSERS: Record<number, (value: string) => unknown> = {
  [POSTGRES_TYPE_OIDS.int8]: parsePostgresNumber,
  [POSTGRES_TYPE_OIDS.numeric]: parsePostgresNumber,
  [POSTGRES_TYPE_OIDS.date]: parsePostgresDate,
};
