export * from './heuristics-reference.js';
export * from './canonical-row-provenance.js';
export * from './engine-output-provenance.js';
export * from './recommendation-provenance.js';
