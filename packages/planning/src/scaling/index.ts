/*
 * Scaling (helper SKILLS): the movement progression graph and scaling a prescribed movement to the closest doable
 * variant. Skill resolution lives in ../skills. See packages/planning/README.md, "Skills and scaling".
 */
export * from './progression-cycle-error.js';
export * from './unknown-movement-error.js';
export * from './progression-edge-input.js';
export * from './graph-movement.js';
export * from './progression-graph.js';
export * from './build-progression-graph.js';
export * from './catalog-progression-graph.js';
export * from './scale-constraint.js';
export * from './scale-result.js';
export * from './scale-movement.js';
