import type { NormalizationResult } from '@trainkit/providers';
import { APPLE_HEALTH_NORMALIZERS, readAppleHealthXml, type AppleHealthRouteReference } from '@trainkit/providers/apple-health';
import type { Entry } from 'yauzl';
import { isCompanionPath, skippedCompanion } from './apple-health-companions.js';
import { MAX_ROUTE_BYTES, readAppleHealthRoutes, type RouteFile } from './read-apple-health-routes.js';
import { SuspiciousZipEntryError, assertPlausibleCompression, openZipArchive, readZipEntry, type ZipArchive } from './zip-archive.js';

/** Where an Apple Health zip keeps its export: the `export.xml` entry and the folder it is in (`apple_health_export/`). */
export interface AppleHealthZipLayout {
  readonly exportEntry: Entry;
  readonly folder: string;
}

/**
 * Finds the `export.xml` of an Apple Health export in a zip's entries: `apple_health_export/export.xml` as the
 * Health app writes it, else `export.xml` at the root or in any one top-level folder (a renamed or re-zipped export).
 * macOS resource forks (`__MACOSX/`) are ignored.
 */
export function findAppleHealthExport(entries: readonly Entry[]): AppleHealthZipLayout | null {
  const candidates = entries.filter((entry) => !entry.fileName.startsWith('__MACOSX/') && /^(?:[^/]+\/)?export\.xml$/.test(entry.fileName));
  const preferred = candidates.find((entry) => entry.fileName === 'apple_health_export/export.xml') ?? candidates[0];
  if (preferred === undefined) return null;
  return { exportEntry: preferred, folder: preferred.fileName.slice(0, preferred.fileName.length - 'export.xml'.length) };
}

/** Progress of reading a zip: compressed bytes, estimated while an entry is inflated. */
export class ZipProgress {
  private done = 0;
  private current: { readonly entry: Entry; inflated: number } | null = null;

  read(): number {
    if (this.current === null) return this.done;
    const { entry, inflated } = this.current;
    const fraction = entry.uncompressedSize > 0 ? Math.min(1, inflated / entry.uncompressedSize) : 1;
    return this.done + Math.round(fraction * entry.compressedSize);
  }

  start(entry: Entry): void {
    this.current = { entry, inflated: 0 };
  }

  inflated(bytes: number): void {
    if (this.current !== null) this.current.inflated += bytes;
  }

  finish(entry: Entry): void {
    this.done += entry.compressedSize;
    if (this.current?.entry === entry) this.current = null;
  }
}

/**
 * Reads an Apple Health `export.zip` without inflating it as a whole: `export.xml` is inflated as a stream into
 * `readAppleHealthXml`; then each `workout-routes/*.gpx` entry is read on its own (a few megabytes) into
 * `normalizeAppleHealthRoute` with the workout that references it. The other files of the export
 * (`export_cda.xml`, electrocardiograms, clinical records) are listed as skipped. A zip that cannot be opened, or
 * holds no `export.xml`, gives one `unsupported_file` failure.
 */
export async function* readAppleHealthZip(path: string, progress: ZipProgress): AsyncGenerator<NormalizationResult> {
  let archive: ZipArchive;
  try {
    archive = await openZipArchive(path);
  } catch (error) {
    yield failureResult(`the zip archive could not be read: ${error instanceof Error ? error.message : String(error)}`);
    return;
  }
  try {
    const layout = findAppleHealthExport(archive.entries);
    if (layout === null) {
      yield failureResult('a zip archive without an Apple Health export.xml');
      return;
    }
    const references: AppleHealthRouteReference[] = [];
    const { exportEntry, folder } = layout;
    try {
      assertPlausibleCompression(exportEntry);
    } catch (error) {
      if (!(error instanceof SuspiciousZipEntryError)) throw error;
      yield { ...emptyResult(), failures: [{ external_id: null, raw_payload: null, failure: { code: 'suspicious_archive', message: error.message, path: [exportEntry.fileName] } }] };
      return;
    }
    async function* xmlChunks(): AsyncGenerator<Uint8Array> {
      progress.start(exportEntry);
      const stream = await archive.open(exportEntry);
      for await (const chunk of stream) {
        progress.inflated((chunk as Buffer).length);
        yield chunk as Buffer;
      }
      progress.finish(exportEntry);
    }
    yield* readAppleHealthXml(xmlChunks(), { onRoute: (route) => references.push(route) });

    const routes: RouteFile[] = [];
    const others = { ...emptyResult(), skipped: [] as NormalizationResult['skipped'] };
    for (const entry of archive.entries) {
      if (entry === exportEntry || entry.fileName.startsWith('__MACOSX/')) continue;
      const relative = entry.fileName.startsWith(folder) ? entry.fileName.slice(folder.length) : null;
      if (relative !== null && relative.startsWith('workout-routes/') && relative.toLowerCase().endsWith('.gpx')) {
        routes.push({ reference: `/${relative}`, read: () => readZipEntry(archive, entry, MAX_ROUTE_BYTES) });
        continue;
      }
      others.skipped.push(skippedCompanion(relative !== null && isCompanionPath(relative) ? relative : entry.fileName));
      progress.finish(entry);
    }
    const entryOf = new Map(archive.entries.map((entry) => [`/${entry.fileName.slice(folder.length)}`, entry]));
    yield* readAppleHealthRoutes(references, routes, (file) => {
      const entry = entryOf.get(file.reference);
      if (entry !== undefined) progress.finish(entry);
    });
    if (others.skipped.length > 0) yield others;
  } finally {
    archive.close();
  }
}

function emptyResult(): NormalizationResult {
  return { normalizer: APPLE_HEALTH_NORMALIZERS.export, drafts: [], failures: [], skipped: [], next_token: null };
}

function failureResult(message: string): NormalizationResult {
  return { ...emptyResult(), failures: [{ external_id: null, raw_payload: null, failure: { code: 'unsupported_file', message, path: [] } }] };
}
