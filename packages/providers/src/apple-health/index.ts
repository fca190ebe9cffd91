/**
 * `@trainkit/providers/apple-health`: pure, streaming normalization of an Apple Health export (`export.xml`, read in
 * chunks of any size; the zip is opened by `@trainkit/ingest`) and of its workout route files (GPX). Holds a bounded
 * amount in memory whatever the size of the export, survives the broken DTD of iOS 16 exports and stray control
 * characters, and reports what it skipped.
 *
 * ```ts
 * import { createReadStream } from 'node:fs';
 * import { readAppleHealthXml } from '@trainkit/providers/apple-health';
 *
 * for await (const batch of readAppleHealthXml(createReadStream('apple_health_export/export.xml'))) {
 *   console.log(batch.drafts.length, batch.failures.length, batch.skipped.length);
 * }
 * ```
 *
 * @packageDocumentation
 */
export { APPLE_HEALTH_NORMALIZERS, APPLE_HEALTH_RESOURCES, type AppleHealthResource } from './apple-health-normalizers.js';
export { readAppleHealthXml } from './read-apple-health-xml.js';
export type { AppleHealthReadSummary, AppleHealthRouteReference, ReadAppleHealthXmlOptions } from './read-apple-health-xml-types.js';
export { normalizeAppleHealthRoute, type AppleHealthRouteOptions } from './normalize-apple-health-route.js';
export { normalizeAppleHealthRawRecord, type AppleHealthStoredRecord } from './normalize-apple-health-raw-record.js';
export { appleHealthWorkoutExternalId } from './normalize-apple-health-workout.js';
export { appleHealthRecordGroupExternalId } from './apple-health-xml-reader.js';
export { APPLE_HEALTH_RECORD_RULES, type AppleHealthRecordRule } from './apple-health-record-types.js';
export { convertAppleHealthUnit, type AppleHealthDimension } from './apple-health-units.js';
export type { AppleHealthElementJson } from './apple-health-element.js';
