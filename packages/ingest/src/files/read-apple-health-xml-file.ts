import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { NormalizationResult } from '@trainkit/providers';
import { APPLE_HEALTH_NORMALIZERS, readAppleHealthXml, type AppleHealthRouteReference } from '@trainkit/providers/apple-health';
import { skippedCompanion } from './apple-health-companions.js';
import { MAX_ROUTE_BYTES, readAppleHealthRoutes } from './read-apple-health-routes.js';

const READ_CHUNK = 256 * 1024;

/**
 * Reads an unzipped Apple Health `export.xml` as a file stream into `readAppleHealthXml`, then the route files of
 * the folder it is in (`workout-routes/*.gpx`, as the Health app lays out its export) with the workouts that reference
 * them. `companions` are the other files of that folder found by the walk (listed as skipped, with the reason).
 */
export async function* readAppleHealthXmlFile(
  path: string,
  companions: readonly string[],
  onBytes: (bytes: number) => void,
): AsyncGenerator<NormalizationResult> {
  const references: AppleHealthRouteReference[] = [];
  async function* chunks(): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(path, { highWaterMark: READ_CHUNK })) {
      onBytes((chunk as Buffer).length);
      yield chunk as Buffer;
    }
  }
  yield* readAppleHealthXml(chunks(), { onRoute: (route) => references.push(route) });
  const folder = dirname(path);
  const toReference = (file: string) => `/${relative(folder, file).split(sep).join('/')}`;
  const routeFiles = companions.filter((file) => toReference(file).startsWith('/workout-routes/') && file.toLowerCase().endsWith('.gpx'));
  const listed = new Set(routeFiles.map(toReference));
  // Referenced routes the walk did not list (only export.xml was named): look for them beside it.
  const missing = references.filter((reference) => !listed.has(reference.path)).map((reference) => join(folder, ...reference.path.split('/').filter((part) => part.length > 0 && part !== '..')));
  const onDisk = await Promise.all(missing.map(async (file) => ((await isFile(file)) ? file : null)));
  const files = [...routeFiles, ...onDisk.filter((file): file is string => file !== null)].map((file) => ({ reference: toReference(file), read: () => readBounded(file) }));
  const seen = new Set<string>();
  const unique = files.filter((file) => (seen.has(file.reference) ? false : (seen.add(file.reference), true)));
  yield* readAppleHealthRoutes(references, unique);
  const others = companions.filter((file) => !routeFiles.includes(file));
  if (others.length > 0) {
    yield { normalizer: APPLE_HEALTH_NORMALIZERS.export, drafts: [], failures: [], skipped: others.map((file) => skippedCompanion(relative(folder, file).split(sep).join('/'))), next_token: null };
  }
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}

async function readBounded(file: string): Promise<Uint8Array> {
  const bytes = await readFile(file);
  if (bytes.length > MAX_ROUTE_BYTES) throw new RangeError(`${file} is over ${MAX_ROUTE_BYTES} bytes`);
  return bytes;
}
