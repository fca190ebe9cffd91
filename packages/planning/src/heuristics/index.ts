export * from './planning-heuristics-schema.js';
export * from './parse-planning-heuristics.js';
export * from './planning-heuristics.js';
export * from './planning-heuristics-provenance.js';
