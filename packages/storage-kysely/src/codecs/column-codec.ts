import { JsonText } from '@trainkit/core';
import type { SqlFamily } from '../connection/storage-dialect.js';

/**
 * The column kinds the codecs know (the same names as core's table registry). Each kind has one encoding per SQL
 * family; this file is the only place where SQLite and PostgreSQL differ in value encoding.
 *
 * | kind | SQLite column, value | PostgreSQL column, value read back |
 * |---|---|---|
 * | `text`, `enum` | `text`, string | `text`, string |
 * | `integer` | `integer`, number | `integer`/`bigint`, number |
 * | `real` | `real`, number | `double precision`, number |
 * | `boolean` | `integer` 0/1 | `boolean` |
 * | `instant` | `text` ISO-8601 `…T…:…:….mmmZ` (sorts as time) | `timestamptz`; `Date` or text back → ISO ms string |
 * | `date` | `text` `YYYY-MM-DD` | `date`; text back (or a local-midnight `Date` from a default pool) → `YYYY-MM-DD` |
 * | `json` | `text` holding JSON (UTF-8 bytes bound as `cast(? as text)`) | `jsonb` (written as JSON text, read back parsed) |
 *
 * @example
 * ```ts
 * const kind: StorageColumnKind = 'instant';
 * ```
 */
export type StorageColumnKind = 'text' | 'integer' | 'real' | 'boolean' | 'instant' | 'date' | 'json' | 'enum';

/** Converts one column value between its JavaScript form and what the driver takes and returns. */
export interface ColumnCodec {
  /** JavaScript value -> driver parameter. `null`/`undefined` become SQL `NULL`. */
  readonly encode: (value: unknown) => unknown;
  /** Driver value -> JavaScript value. SQL `NULL` becomes `null`. */
  readonly decode: (value: unknown) => unknown;
  /** Whether `decode` can change a non-null value (identity codecs are skipped when reading rows). */
  readonly decodes: boolean;
  /**
   * JavaScript value -> parameter of trainkit's own multi-row statements (`insertStatement`), when it differs from
   * `encode`: there a SQLite JSON column is written as `cast(? as text)`, so UTF-8 bytes at hand (a `JsonText` made
   * from them) are bound as they are, where `encode` (for query builders) gives text.
   */
  readonly encodeInStatement?: (value: unknown) => unknown;
}

const identity = (value: unknown): unknown => (value === undefined ? null : value);

function nullSafe(convert: (value: unknown) => unknown): (value: unknown) => unknown {
  return (value) => (value === null || value === undefined ? null : convert(value));
}

/** ISO-8601 with milliseconds and `Z`, from a `Date`, epoch milliseconds or any ISO string. */
export function toIsoInstant(value: unknown): string {
  if (typeof value === 'string') {
    // The common case: already canonical (validated by core's InstantSchema before writing).
    if (value.length === 24 && value.endsWith('Z') && value.charCodeAt(10) === 84 /* T */) return value;
    return new Date(value.includes('T') || value.includes(' ') ? normalizePostgresTimestamp(value) : value).toISOString();
  }
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'number' || typeof value === 'bigint') return new Date(Number(value)).toISOString();
  throw new TypeError(`not an instant: ${String(value)}`);
}

/** PostgreSQL's text form `2024-06-12 07:00:00.123+00` -> `2024-06-12T07:00:00.123+00:00`, which `Date` parses. */
function normalizePostgresTimestamp(value: string): string {
  const withT = value.replace(' ', 'T');
  return withT.replace(/([+-]\d{2})$/, '$1:00');
}

/** `YYYY-MM-DD` from a date string, or from a `Date` built by a driver at local midnight (pg's default parser). */
export function toLocalDateString(value: unknown): string {
  if (typeof value === 'string') return value.length === 10 ? value : value.slice(0, 10);
  if (value instanceof Date) {
    const year = String(value.getFullYear()).padStart(4, '0');
    const month = String(value.getMonth() + 1).padStart(2, '0');
    const day = String(value.getDate()).padStart(2, '0');
    return `${year}-${month}-${day}`;
  }
  throw new TypeError(`not a date: ${String(value)}`);
}

function toNumber(value: unknown): number {
  return typeof value === 'number' ? value : Number(value);
}

function toBooleanFromSqlite(value: unknown): boolean {
  return value === 1 || value === true || value === 1n || value === '1';
}

function parseJsonText(value: unknown): unknown {
  return typeof value === 'string' ? JSON.parse(value) : value;
}

/** JSON text of a value; a `JsonText` (already serialized, see core) is written as it is. */
function stringifyJson(value: unknown): string {
  return JsonText.is(value) ? value.text : JSON.stringify(value);
}

/** {@link stringifyJson}, or the UTF-8 bytes of a `JsonText` made from them (bound under `cast(? as text)`). */
function jsonTextOrUtf8(value: unknown): string | Uint8Array {
  return JsonText.is(value) ? (value.utf8 ?? value.text) : JSON.stringify(value);
}

function encodeInstant(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}

/**
 * The codec of one column kind on one SQL family.
 *
 * @example
 * ```ts
 * columnCodec('boolean', 'sqlite').encode(true); // 1
 * columnCodec('instant', 'postgres').decode(new Date(0)); // '1970-01-01T00:00:00.000Z'
 * ```
 */
export function columnCodec(kind: StorageColumnKind, family: SqlFamily): ColumnCodec {
  switch (kind) {
    case 'text':
    case 'enum':
      return { encode: identity, decode: identity, decodes: false };
    case 'integer':
    case 'real':
      // better-sqlite3 returns numbers; pg returns numbers for integer/double precision and (with trainkit's
      // parsers, or here) for bigint/numeric.
      return { encode: identity, decode: nullSafe(toNumber), decodes: family === 'postgres' };
    case 'boolean':
      return family === 'sqlite'
        ? { encode: nullSafe((value) => (value ? 1 : 0)), decode: nullSafe(toBooleanFromSqlite), decodes: true }
        : { encode: identity, decode: identity, decodes: false };
    case 'instant':
      return family === 'sqlite'
        ? { encode: nullSafe(encodeInstant), decode: identity, decodes: false }
        : { encode: nullSafe(encodeInstant), decode: nullSafe(toIsoInstant), decodes: true };
    case 'date':
      return family === 'sqlite'
        ? { encode: identity, decode: identity, decodes: false }
        : { encode: identity, decode: nullSafe(toLocalDateString), decodes: true };
    case 'json':
      return family === 'sqlite'
        ? { encode: nullSafe(stringifyJson), decode: nullSafe(parseJsonText), decodes: true, encodeInStatement: nullSafe(jsonTextOrUtf8) }
        : // pg would send a JS array as a PostgreSQL array literal, so JSON always travels as text; jsonb comes back parsed.
          { encode: nullSafe(stringifyJson), decode: identity, decodes: false };
  }
}
