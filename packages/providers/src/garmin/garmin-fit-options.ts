/**
 * Options of `normalizeGarminFit` and `normalizeGarminFitMessages`.
 *
 * @example
 * ```ts
 * const options: GarminFitOptions = { fileName: '2025-05-03-07-12-00.fit' };
 * ```
 */
export interface GarminFitOptions {
  /** The file's name, used in failure messages only (never in the record: the same file under two names is one record). */
  readonly fileName?: string;
}
