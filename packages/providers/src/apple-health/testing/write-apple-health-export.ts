import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import type { Writable } from 'node:stream';
import {
  generateAppleHealthExport,
  generateAppleHealthRouteGpx,
  type AppleHealthExportGeneratorOptions,
  type GeneratedAppleHealthExportStats,
} from './generate-apple-health-export.js';
import { writeZip, type ZipEntryInput } from './write-zip.js';

/** What {@link writeAppleHealthExportXml} and {@link writeAppleHealthExportZip} wrote. */
export interface WrittenAppleHealthExport extends GeneratedAppleHealthExportStats {
  /** Bytes of the file written (the XML, or the zip). */
  readonly bytes: number;
}

/**
 * Writes a generated `export.xml` (see `generateAppleHealthExport`) to a file path (created, then closed) or to a
 * writable stream (left open for its owner), streaming with backpressure.
 */
export async function writeAppleHealthExportXml(target: string | Writable, options: AppleHealthExportGeneratorOptions = {}): Promise<WrittenAppleHealthExport> {
  const stream = typeof target === 'string' ? createWriteStream(target) : target;
  let bytes = 0;
  const generator = generateAppleHealthExport(options);
  let step = generator.next();
  try {
    while (!step.done) {
      const buffer = Buffer.from(step.value, 'utf8');
      bytes += buffer.length;
      if (!stream.write(buffer)) await once(stream, 'drain');
      step = generator.next();
    }
  } finally {
    if (typeof target === 'string') {
      stream.end();
      await once(stream, 'close');
    }
  }
  return { ...step.value, bytes };
}

/**
 * Writes a generated Apple Health `export.zip` to `path` as the Health app does: `apple_health_export/export.xml`,
 * a small `export_cda.xml`, and `apple_health_export/workout-routes/*.gpx` for every route the workouts reference.
 */
export async function writeAppleHealthExportZip(
  path: string,
  options: AppleHealthExportGeneratorOptions & { readonly method?: 'deflate' | 'store'; readonly level?: number } = {},
): Promise<WrittenAppleHealthExport> {
  let stats: GeneratedAppleHealthExportStats | null = null;
  function* xml(): Generator<string> {
    const generator = generateAppleHealthExport(options);
    let step = generator.next();
    while (!step.done) {
      yield step.value;
      step = generator.next();
    }
    stats = step.value;
  }
  const method = options.method ?? 'deflate';
  function* entries(): Generator<ZipEntryInput> {
    yield { name: 'apple_health_export/export.xml', data: xml(), method };
    yield {
      name: 'apple_health_export/export_cda.xml',
      data: ['<?xml version="1.0" encoding="UTF-8"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"><title>Health Export CDA</title></ClinicalDocument>\n'],
      method,
    };
    for (const route of (stats as GeneratedAppleHealthExportStats | null)?.routes ?? []) {
      yield { name: `apple_health_export${route.path}`, data: [generateAppleHealthRouteGpx(route)], method };
    }
  }
  const { bytes } = await writeZip(path, entries(), options.level === undefined ? {} : { level: options.level });
  return { ...(stats as unknown as GeneratedAppleHealthExportStats), bytes };
}
