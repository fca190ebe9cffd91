export * from './entity-id-pattern.js';
export * from './entity-ids.js';
export * from './id-factory.js';
export * from './create-random-id-factory.js';
export * from './create-time-ordered-id-factory.js';
