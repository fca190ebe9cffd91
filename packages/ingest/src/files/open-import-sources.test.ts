import { copyFile, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NormalizationResultSchema, type NormalizationResult } from '@trainkit/providers';
import { generateAppleHealthExport, generateAppleHealthRouteGpx } from '../../../providers/src/apple-health/testing/generate-apple-health-export.js';
import { writeAppleHealthExportXml, writeAppleHealthExportZip } from '../../../providers/src/apple-health/testing/write-apple-health-export.js';
import { writeZip } from '../../../providers/src/apple-health/testing/write-zip.js';
import { detectFromHead, xmlRootName } from './detect-import-format.js';
import type { ImportSource } from './import-source.js';
import { openImportSources } from './open-import-sources.js';

const FIT_FIXTURE = new URL('../../../providers/src/garmin/fixtures/run.fit', import.meta.url).pathname;
const EXPORT = { days: 6, seed: 21, phoneOnlyFraction: 0 } as const;

let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'trainkit-import-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function sources(paths: string[], worker = true): Promise<ImportSource[]> {
  const list: ImportSource[] = [];
  for await (const source of openImportSources(paths, { worker })) list.push(source);
  return list;
}

async function read(source: ImportSource): Promise<{ results: NormalizationResult[]; drafts: NormalizationResult['drafts']; failures: NormalizationResult['failures']; skipped: NormalizationResult['skipped'] }> {
  const results: NormalizationResult[] = [];
  for await (const result of source.results()) {
    expect(NormalizationResultSchema.safeParse(result).success).toBe(true);
    results.push(result);
  }
  return { results, drafts: results.flatMap((result) => result.drafts), failures: results.flatMap((result) => result.failures), skipped: results.flatMap((result) => result.skipped) };
}

describe('openImportSources: Apple Health export.zip', () => {
  it('streams export.xml, then attaches every route GPX to the workout that references it', async () => {
    const path = join(dir, 'export.zip');
    const written = await writeAppleHealthExportZip(path, EXPORT);
    const [source, ...rest] = await sources([path]);
    expect(rest).toEqual([]);
    expect(source).toMatchObject({ path, provider: 'apple_health', format: 'apple_health_zip', bytesTotal: written.bytes, failure: null });
    expect(source!.bytesRead()).toBe(0);
    const { drafts, failures, skipped } = await read(source!);
    expect(failures).toEqual([]);
    const workouts = new Set(drafts.filter((draft) => draft.record.resource === 'workout').map((draft) => draft.record.external_id));
    const routes = drafts.filter((draft) => draft.record.resource === 'workout_route');
    expect(routes).toHaveLength(written.routes.length);
    expect(routes.length).toBeGreaterThan(0);
    for (const route of routes) {
      expect(workouts.has(route.record.parent_external_id!)).toBe(true);
      expect(route.streams[0]?.sample_count).toBeGreaterThan(100);
    }
    expect(skipped).toContainEqual({ external_id: null, reason: 'export_cda.xml (the HL7 clinical document) is not training data; not imported', path: ['export_cda.xml'] });
    expect(source!.bytesRead()).toBeGreaterThan(written.bytes * 0.95);
    expect(source!.bytesRead()).toBeLessThanOrEqual(written.bytes);
  });

  it('reads the same in a worker thread as in this one', async () => {
    const path = join(dir, 'worker.zip');
    await writeAppleHealthExportZip(path, { ...EXPORT, days: 3 });
    const [inWorker] = await sources([path], true);
    const [here] = await sources([path], false);
    const [fromWorker, fromHere] = [await read(inWorker!), await read(here!)];
    expect(fromWorker.results.length).toBeGreaterThan(3);
    expect(fromWorker.results).toEqual(fromHere.results);
    expect(inWorker!.bytesRead()).toBe(here!.bytesRead());
  });

  it('reads a stored (uncompressed) zip and the same data as the bare export.xml', async () => {
    const zipPath = join(dir, 'stored.zip');
    await writeAppleHealthExportZip(zipPath, { ...EXPORT, method: 'store', routes: false });
    const xmlPath = join(dir, 'bare', 'export.xml');
    await mkdir(join(dir, 'bare'), { recursive: true });
    await writeAppleHealthExportXml(xmlPath, { ...EXPORT, routes: false });
    const [zipSource] = await sources([zipPath]);
    const [xmlSource] = await sources([xmlPath]);
    const fromZip = await read(zipSource!);
    const fromXml = await read(xmlSource!);
    expect(fromZip.drafts.length).toBeGreaterThan(50);
    expect(fromZip.drafts).toEqual(fromXml.drafts);
    expect(xmlSource!.bytesRead()).toBe(xmlSource!.bytesTotal);
  });

  it('reports a zip without an export, a corrupt zip, and a route no workout references', async () => {
    const other = join(dir, 'photos.zip');
    await writeZip(other, [{ name: 'holiday/photo.txt', data: ['not a photo'] }]);
    const corrupt = join(dir, 'corrupt.zip');
    await writeFile(corrupt, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(200, 7)]));
    const orphan = join(dir, 'orphan.zip');
    const xml = [...generateAppleHealthExport({ days: 1, routes: false, phoneOnlyFraction: 0 })].join('');
    await writeZip(orphan, [
      { name: 'apple_health_export/export.xml', data: [xml] },
      { name: 'apple_health_export/workout-routes/route_2019-01-01_7.00am.gpx', data: [generateAppleHealthRouteGpx({ path: '/x', startMs: Date.UTC(2019, 0, 1, 15), durationSeconds: 10, seed: 1 })] },
      { name: 'apple_health_export/electrocardiograms/ecg_2019-01-01.csv', data: ['Name,Jane'] },
    ]);
    const [photos, broken, withOrphan] = await sources([other, corrupt, orphan]);
    expect((await read(photos!)).failures.map((failed) => failed.failure)).toEqual([{ code: 'unsupported_file', message: 'a zip archive without an Apple Health export.xml', path: [] }]);
    const brokenFailures = (await read(broken!)).failures;
    expect(brokenFailures.map((failed) => failed.failure.code)).toEqual(['unsupported_file']);
    expect(brokenFailures[0]?.failure.message).toMatch(/^the zip archive could not be read: /);
    const { skipped, drafts } = await read(withOrphan!);
    expect(drafts.length).toBeGreaterThan(0);
    expect(skipped.filter((entry) => entry.external_id === null).map((entry) => [entry.reason, entry.path])).toEqual([
      ['a route file that no workout of the export references; not imported', ['/workout-routes/route_2019-01-01_7.00am.gpx']],
      ['electrocardiogram recordings are not imported', ['electrocardiograms/ecg_2019-01-01.csv']],
    ]);
  });
});

describe('openImportSources: zip bombs', () => {
  it('refuses an export.xml that would inflate over 200:1 with a suspicious_archive failure, before inflating it', async () => {
    const bomb = join(dir, 'bomb.zip');
    const padding = ' '.repeat(1024 * 1024);
    await writeZip(bomb, [{
      name: 'apple_health_export/export.xml',
      data: (function* () {
        yield '<?xml version="1.0" encoding="UTF-8"?>\n<HealthData locale="en_US">';
        for (let mebibyte = 0; mebibyte < 24; mebibyte += 1) yield padding;
        yield '</HealthData>\n';
      })(),
    }], { level: 9 });
    const [source] = await sources([bomb]);
    const { failures, drafts } = await read(source!);
    expect(drafts).toEqual([]);
    expect(failures.map((failed) => failed.failure.code)).toEqual(['suspicious_archive']);
    expect(failures[0]?.failure.message).toMatch(/^apple_health_export\/export\.xml would inflate \d+:1 \(over 200:1\): refused as a possible zip bomb$/);
    expect(source!.bytesRead()).toBeLessThan(1024 * 1024);
  });
});

describe('openImportSources: folders, FIT files and unsupported files', () => {
  it('walks a folder: an unzipped export with its routes, FIT files, and typed failures for the rest', async () => {
    const root = join(dir, 'walk');
    const exportDir = join(root, 'apple_health_export');
    await mkdir(join(exportDir, 'workout-routes'), { recursive: true });
    await mkdir(join(root, 'fit'), { recursive: true });
    const written = await writeAppleHealthExportXml(join(exportDir, 'export.xml'), EXPORT);
    for (const route of written.routes) await writeFile(join(exportDir, route.path), generateAppleHealthRouteGpx(route));
    await writeFile(join(exportDir, 'export_cda.xml'), '<?xml version="1.0"?>\n<ClinicalDocument xmlns="urn:hl7-org:v3"/>\n');
    await copyFile(FIT_FIXTURE, join(root, 'fit', 'morning.bin'));
    await writeFile(join(root, 'notes.json'), '{"activities": []}');
    await writeFile(join(root, 'empty.fit'), '');
    await writeFile(join(root, '.DS_Store'), 'hidden');
    await symlink(join(root, 'fit', 'morning.bin'), join(root, 'z-link.fit'));
    const found = await sources([root, join(root, 'fit', 'morning.bin'), join(dir, 'missing.xml')]);
    expect(found.map((source) => [source.path.slice(dir.length), source.format, source.provider])).toEqual([
      ['/walk/apple_health_export/export.xml', 'apple_health_xml', 'apple_health'],
      ['/walk/empty.fit', 'unsupported', 'garmin'],
      ['/walk/fit/morning.bin', 'fit', 'garmin'],
      ['/walk/notes.json', 'unsupported', 'apple_health'],
      ['/missing.xml', 'unsupported', 'apple_health'],
    ]);
    const exportSource = found[0]!;
    const { drafts, skipped, failures } = await read(exportSource);
    expect(failures).toEqual([]);
    expect(drafts.filter((draft) => draft.record.resource === 'workout_route')).toHaveLength(written.routes.length);
    expect(skipped).toContainEqual({ external_id: null, reason: 'export_cda.xml (the HL7 clinical document) is not training data; not imported', path: ['export_cda.xml'] });
    expect(exportSource.bytesRead()).toBe(exportSource.bytesTotal);

    const fit = await read(found[2]!);
    expect(fit.failures).toEqual([]);
    expect(fit.drafts[0]?.record.provider).toBe('garmin');
    expect(found[2]!.bytesRead()).toBe(found[2]!.bytesTotal);

    expect(found[1]!.failure).toEqual({ code: 'unsupported_file', message: `${join(root, 'empty.fit')}: the file is empty`, path: [] });
    expect((await read(found[1]!)).failures.map((failed) => failed.failure)).toEqual([found[1]!.failure]);
    expect(found[3]!.failure?.message).toMatch(/JSON: provider API payloads are ingested with `trainkit ingest/);
    expect(found[4]!.failure?.message).toBe(`${join(dir, 'missing.xml')}: cannot read ${join(dir, 'missing.xml')}: no such file or folder`);
  });

  it('finds the routes beside an export.xml named on its own, and reports the missing ones', async () => {
    const folder = join(dir, 'alone');
    await mkdir(join(folder, 'workout-routes'), { recursive: true });
    const written = await writeAppleHealthExportXml(join(folder, 'export.xml'), EXPORT);
    const [present, ...absent] = written.routes;
    await writeFile(join(folder, present!.path), generateAppleHealthRouteGpx(present!));
    const [source] = await sources([join(folder, 'export.xml')]);
    const { drafts, skipped } = await read(source!);
    expect(drafts.filter((draft) => draft.record.resource === 'workout_route')).toHaveLength(1);
    expect(skipped.filter((entry) => entry.reason === 'the route file this workout references is not in the export').map((entry) => entry.path[0])).toEqual(absent.map((route) => route.path));
  });
});

describe('detectFromHead', () => {
  it('detects by content, not by name', () => {
    expect(detectFromHead(new TextEncoder().encode('<?xml version="1.0"?>\n<!DOCTYPE HealthData [\n<!ATTLIST VisionPrescription\n  brand CDATA #IMPLIED\n<!ELEMENT RightEye EMPTY>\n]>\n<HealthData locale="en_US">'))).toEqual({ format: 'apple_health_xml' });
    expect(detectFromHead(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toEqual({ format: 'apple_health_zip' });
    expect(detectFromHead(new Uint8Array([14, 0x20, 0, 0, 0, 0, 0, 0, 0x2e, 0x46, 0x49, 0x54, 0, 0]))).toEqual({ format: 'fit' });
    expect(detectFromHead(new TextEncoder().encode('%PDF-1.7'))).toMatchObject({ format: 'unsupported' });
    expect(detectFromHead(new TextEncoder().encode('<gpx version="1.1">'))).toMatchObject({ format: 'unsupported', reason: expect.stringMatching(/^a GPX route/) });
    expect(xmlRootName('\uFEFF<?xml version="1.0"?><!-- c --><!DOCTYPE x SYSTEM "x.dtd"><root/>')).toBe('root');
    expect(xmlRootName('<!DOCTYPE x [ <!ELEMENT x EMPTY>')).toBeNull();
  });
});
