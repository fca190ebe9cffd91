import type { Provider } from '@trainkit/core';
import type { NormalizationFailure, NormalizationResult, NormalizerDescriptor } from '@trainkit/providers';

/**
 * The file formats `importFiles` reads, detected by content (never by name):
 * - `apple_health_zip`: a zip (`PK\x03\x04`) holding an Apple Health `…/export.xml` (the Health app's `export.zip`);
 * - `apple_health_xml`: XML whose root element is `<HealthData>` (an unzipped `export.xml`);
 * - `fit`: a FIT file (`.FIT` at bytes 8..11 of its header);
 * - `unsupported`: anything else (a typed `unsupported_file` failure).
 *
 * @example
 * ```ts
 * IMPORT_FORMATS.includes('fit'); // true
 * ```
 */
export const IMPORT_FORMATS = ['apple_health_zip', 'apple_health_xml', 'fit', 'unsupported'] as const;

/**
 * One of {@link IMPORT_FORMATS}.
 *
 * @example
 * ```ts
 * const format: ImportFormat = 'apple_health_zip';
 * ```
 */
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/**
 * One file to import, found and detected by `openImportSources`: its path, format and provider, its size, and its
 * normalization as a stream of results (read lazily: nothing is read before `results()` is iterated, and an export
 * of several gigabytes is streamed, never held in memory). `bytesRead()` tells how far reading has got, for progress.
 *
 * `provider` is the provider of the format: `apple_health` for Apple Health exports, `garmin` for FIT files; for an
 * unsupported file (which still gets an ingestion run, so that every path given is accounted for), `garmin` when its
 * name ends in `.fit`, else `apple_health`.
 *
 * @example
 * ```ts
 * for await (const source of openImportSources(['./export.zip'])) {
 *   for await (const result of source.results()) console.log(source.format, result.drafts.length, `${source.bytesRead()} / ${source.bytesTotal}`);
 * }
 * ```
 */
export interface ImportSource {
  readonly path: string;
  readonly provider: Provider;
  readonly format: ImportFormat;
  /** Size of the file in bytes (0 when it cannot be read). */
  readonly bytesTotal: number;
  /** Why the file is not imported (`unsupported_file`), for `unsupported` sources; else `null`. */
  readonly failure: NormalizationFailure | null;
  /** The file's normalization, streamed. An unsupported file gives one result holding its failure. */
  results(): AsyncIterable<NormalizationResult>;
  /** Bytes of the file read so far (compressed bytes, for a zip). */
  bytesRead(): number;
}

/**
 * The descriptor of the results `openImportSources` makes itself (an unsupported file's failure, files inside an
 * export that are not imported).
 *
 * @example
 * ```ts
 * IMPORT_FILES_NORMALIZER.id; // 'files.import'
 * ```
 */
export const IMPORT_FILES_NORMALIZER: NormalizerDescriptor = { id: 'files.import', version: '1.0.0' };
