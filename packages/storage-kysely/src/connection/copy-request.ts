/**
 * The SQL text of a compiled query that asks the PostgreSQL connection for a `COPY ... FROM STDIN` instead of a
 * statement. kysely hands compiled queries to the connection unchanged, so bulk inserts can stream through `COPY`
 * inside whatever connection (and transaction) kysely picked, with kysely's error handling around it. Served by the
 * pool of `@trainkit/storage-kysely/postgres` (see `copyCapablePool`).
 *
 * @internal
 */
export const COPY_REQUEST_SQL = '-- trainkit: copy from stdin';

/**
 * What the repositories send as the single parameter of a {@link COPY_REQUEST_SQL} query.
 *
 * @internal
 */
export interface CopyRequest {
  readonly table: string;
  readonly columns: readonly string[];
  /** COPY text-format data (tab-separated, `\N` for NULL, newline-terminated rows), produced lazily. */
  readonly data: Iterable<string>;
}
