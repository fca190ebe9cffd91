export * from './parse-with-schema.js';
