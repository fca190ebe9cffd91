/**
 * `@trainkit/core`: canonical zod schemas and types, closed enums, branded ids, SI units, time, typed errors,
 * `Result`, provenance types and repository ports. Everything else in trainkit builds on this package.
 *
 * @packageDocumentation
 */
export * from './errors/index.js';
export * from './result/index.js';
export * from './bounds/index.js';
export * from './validation/index.js';
export * from './time/index.js';
export * from './units/index.js';
export * from './enums/index.js';
export * from './ids/index.js';
export * from './columns/index.js';
export * from './schema/index.js';
export * from './categorical/index.js';
export * from './provenance/index.js';
export * from './analytics/index.js';
export * from './ports/index.js';
export * from './dictionary/index.js';
export * from './manual-logging/index.js';
