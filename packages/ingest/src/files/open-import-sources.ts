import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { NormalizationFailure, NormalizationResult } from '@trainkit/providers';
import { normalizeGarminFit } from '@trainkit/providers/garmin';
import { isCompanionPath } from './apple-health-companions.js';
import { detectImportFormat, type DetectedFormat } from './detect-import-format.js';
import { IMPORT_FILES_NORMALIZER, type ImportSource } from './import-source.js';
import { readAppleHealthXmlFile } from './read-apple-health-xml-file.js';
import { readAppleHealthZip, ZipProgress } from './read-apple-health-zip.js';
import { readInWorker } from './read-in-worker.js';

/**
 * Options of {@link openImportSources}.
 *
 * @example
 * ```ts
 * const options: OpenImportSourcesOptions = { worker: { minBytes: 32 * 1024 * 1024 } };
 * ```
 */
export interface OpenImportSourcesOptions {
  /**
   * Read Apple Health exports in a worker thread: parsing, normalizing and hashing the raw records then run on another
   * core while the caller writes the previous results. `true` for every export, `{ minBytes }` for exports of at least
   * that size (starting a worker costs its own heap and code, worth it for large files only), default false. Worth it
   * with a core to spare. Falls back to this thread when no worker can be started. The results are the same either way.
   */
  readonly worker?: boolean | { readonly minBytes: number };
}

/** The largest FIT file read (FIT activity files are kilobytes to a few megabytes). */
const MAX_FIT_BYTES = 256 * 1024 * 1024;

interface FoundFile {
  readonly path: string;
  readonly size: number;
  readonly detected: DetectedFormat;
}

/**
 * Opens the files to import from `paths` (files and folders, walked recursively in name order; hidden files and
 * folders inside a walked folder are left out), each detected by its **content**, never its name:
 *
 * - an Apple Health `export.zip` (a zip holding `…/export.xml`): streamed with yauzl, never inflated whole;
 * - an unzipped `export.xml` (XML whose root is `<HealthData>`): streamed from the file, with the route files of its
 *   folder (`workout-routes/*.gpx`); the other files of that folder the Health app writes (`export_cda.xml`,
 *   electrocardiograms, clinical records) belong to that export and are listed as skipped, not as files of their own;
 * - a FIT file: normalized with `normalizeGarminFit`;
 * - anything else (including a path that cannot be read): an `unsupported` source with an `unsupported_file` failure.
 *
 * A file reached twice (named twice, or through a link) is opened once. Sources are yielded in the order of `paths`;
 * nothing of a file is read before its `results()` is iterated (apart from its first bytes, to detect it).
 *
 * @example
 * ```ts
 * for await (const source of openImportSources(['~/Downloads/export.zip', './fit/'])) {
 *   console.log(source.path, source.format, source.failure?.message ?? '');
 * }
 * ```
 */
export async function* openImportSources(paths: readonly string[], options: OpenImportSourcesOptions = {}): AsyncGenerator<ImportSource> {
  const worker = options.worker ?? false;
  const seen = new Set<string>();
  for (const given of paths) {
    const found: FoundFile[] = [];
    const problem = await collect(resolve(given), true, found, seen);
    if (problem !== null) {
      yield unsupportedSource(given, 0, problem);
      continue;
    }
    const exportFolders = found.filter((file) => file.detected.format === 'apple_health_xml').map((file) => dirname(file.path));
    const companionsOf = new Map<string, string[]>();
    for (const file of found) {
      const owner = exportFolders.find((folder) => {
        const inside = relative(folder, file.path);
        return !inside.startsWith('..') && isCompanionPath(inside.split(sep).join('/'));
      });
      if (owner !== undefined && file.detected.format !== 'apple_health_xml') {
        companionsOf.set(owner, [...(companionsOf.get(owner) ?? []), file.path]);
      }
    }
    const companionSet = new Set([...companionsOf.values()].flat());
    for (const file of found) {
      if (companionSet.has(file.path)) continue;
      yield sourceOf(file, companionsOf.get(dirname(file.path)) ?? [], worker);
    }
  }
}

/** Adds the files at `path` (a file, or a folder walked recursively) to `found`; returns why it cannot be read, or `null`. */
async function collect(path: string, named: boolean, found: FoundFile[], seen: Set<string>): Promise<string | null> {
  let info;
  let real;
  try {
    info = await stat(path);
    real = await realpath(path);
  } catch (error) {
    return `cannot read ${path}: ${describe(error)}`;
  }
  if (seen.has(real)) return null;
  seen.add(real);
  if (info.isDirectory()) {
    let names: string[];
    try {
      names = (await readdir(path)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    } catch (error) {
      return `cannot read the folder ${path}: ${describe(error)}`;
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const problem = await collect(join(path, name), false, found, seen);
      if (problem !== null) found.push({ path: join(path, name), size: 0, detected: { format: 'unsupported', reason: problem } });
    }
    return null;
  }
  if (!info.isFile()) return named ? `${path} is not a file or a folder` : null;
  let detected: DetectedFormat;
  try {
    detected = await detectImportFormat(path);
  } catch (error) {
    detected = { format: 'unsupported', reason: `cannot read ${path}: ${describe(error)}` };
  }
  found.push({ path, size: info.size, detected });
  return null;
}

function sourceOf(file: FoundFile, companions: readonly string[], workerOption: NonNullable<OpenImportSourcesOptions['worker']>): ImportSource {
  const { path, size, detected } = file;
  const worker = typeof workerOption === 'boolean' ? workerOption : size >= workerOption.minBytes;
  switch (detected.format) {
    case 'apple_health_zip':
    case 'apple_health_xml': {
      const format = detected.format;
      let read = 0;
      const progress = new ZipProgress();
      const inProcess = (): AsyncGenerator<NormalizationResult> =>
        format === 'apple_health_zip' ? readAppleHealthZip(path, progress) : readAppleHealthXmlFile(path, companions, (bytes) => (read += bytes));
      return {
        path, provider: 'apple_health', format, bytesTotal: size, failure: null,
        results: () => (worker ? readInWorker({ format, path, companions }, (bytes) => (read = bytes), inProcess) : inProcess()),
        bytesRead: () => (format === 'apple_health_zip' ? Math.max(read, progress.read()) : read),
      };
    }
    case 'fit': {
      let read = 0;
      return {
        path, provider: 'garmin', format: 'fit', bytesTotal: size, failure: null,
        results: () => readFitFile(path, size, (bytes) => (read = bytes)),
        bytesRead: () => read,
      };
    }
    default:
      return unsupportedSource(path, size, detected.reason);
  }
}

async function* readFitFile(path: string, size: number, onRead: (bytes: number) => void): AsyncGenerator<NormalizationResult> {
  if (size > MAX_FIT_BYTES) {
    yield failureResult({ code: 'invalid_fit', message: `${basename(path)} is ${size} bytes, over the ${MAX_FIT_BYTES} bytes of the largest FIT file read`, path: [] });
    return;
  }
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    yield failureResult({ code: 'unsupported_file', message: `cannot read ${path}: ${describe(error)}`, path: [] });
    return;
  }
  onRead(bytes.length);
  yield normalizeGarminFit(bytes, { fileName: basename(path) });
}

function unsupportedSource(path: string, size: number, reason: string): ImportSource {
  const failure: NormalizationFailure = { code: 'unsupported_file', message: `${path}: ${reason}`, path: [] };
  return {
    path,
    provider: basename(path).toLowerCase().endsWith('.fit') ? 'garmin' : 'apple_health',
    format: 'unsupported',
    bytesTotal: size,
    failure,
    results: async function* () {
      yield failureResult(failure);
    },
    bytesRead: () => 0,
  };
}

function failureResult(failure: NormalizationFailure): NormalizationResult {
  return { normalizer: IMPORT_FILES_NORMALIZER, drafts: [], failures: [{ external_id: null, raw_payload: null, failure }], skipped: [], next_token: null };
}

function describe(error: unknown): string {
  if (typeof error === 'object' && error !== null && 'code' in error && typeof (error as { code: unknown }).code === 'string') {
    const code = (error as { code: string }).code;
    if (code === 'ENOENT') return 'no such file or folder';
    if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
    return code;
  }
  return error instanceof Error ? error.message : String(error);
}
