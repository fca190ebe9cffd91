import type { SkippedRecord } from '@trainkit/providers';

/**
 * Why a file that comes with an Apple Health export (inside `export.zip`, or beside an unzipped `export.xml`) is
 * not imported, from its path relative to the export's folder; `null` for the export itself and its routes.
 */
export function companionReason(relativePath: string): string {
  if (relativePath === 'export_cda.xml') return 'export_cda.xml (the HL7 clinical document) is not training data; not imported';
  if (relativePath.startsWith('electrocardiograms/')) return 'electrocardiogram recordings are not imported';
  if (relativePath.startsWith('clinical-records/')) return 'clinical records are not training data; not imported';
  if (relativePath.startsWith('workout-routes/')) return 'a route file that no workout of the export references; not imported';
  return 'a file of the export that trainkit does not read; not imported';
}

/** A skipped entry for a companion file. */
export function skippedCompanion(relativePath: string): SkippedRecord {
  return { external_id: null, reason: companionReason(relativePath), path: [relativePath] };
}

/** True for the files the Health app writes beside `export.xml` (routes, the CDA document, ECGs, clinical records). */
export function isCompanionPath(relativePath: string): boolean {
  return (
    relativePath === 'export_cda.xml' ||
    relativePath.startsWith('workout-routes/') ||
    relativePath.startsWith('electrocardiograms/') ||
    relativePath.startsWith('clinical-records/')
  );
}
