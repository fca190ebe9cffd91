/**
 * Test and benchmark support for Apple Health (not published): a deterministic generator of realistic multi-year
 * exports, and writers of `export.xml` files and `export.zip` archives.
 */
export {
  generateAppleHealthExport,
  generateAppleHealthRouteGpx,
  type AppleHealthExportGeneratorOptions,
  type GeneratedAppleHealthExportStats,
  type GeneratedAppleHealthRoute,
} from './generate-apple-health-export.js';
export { writeAppleHealthExportXml, writeAppleHealthExportZip, type WrittenAppleHealthExport } from './write-apple-health-export.js';
export { writeZip, type ZipEntryInput } from './write-zip.js';
export { appleHealthExportDtd } from './apple-health-export-dtd.js';
