/**
 * The input of `trainkit import` or `trainkit ingest` could not be ingested at all: a run ended `failed` (a truncated
 * JSON body, an HTML error page, a file that is neither an Apple Health export nor a FIT file), or there was nothing
 * to import. The raw text and the typed failure are recorded on the run first (`trainkit runs` lists them); the CLI
 * then prints this one line and exits with `EXIT_CODES.data` (4), code `INGEST_FAILED`.
 *
 * @example
 * ```ts
 * throw new IngestFailedError("strava activities page.json: not_json: received an HTML page, not JSON (run run_7)");
 * ```
 */
export class IngestFailedError extends Error {
  /** Stable code, see `CLI_ERROR_CODES`. */
  readonly code = 'INGEST_FAILED' as const;

  constructor(message: string) {
    super(message);
    this.name = 'IngestFailedError';
  }
}
