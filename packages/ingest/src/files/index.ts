/**
 * File imports: content detection and streaming readers of Apple Health exports and FIT files.
 *
 * @packageDocumentation
 */
export { openImportSources, type OpenImportSourcesOptions } from './open-import-sources.js';
export { IMPORT_FILES_NORMALIZER, IMPORT_FORMATS, type ImportFormat, type ImportSource } from './import-source.js';
export { MAX_ZIP_COMPRESSION_RATIO } from './zip-archive.js';
