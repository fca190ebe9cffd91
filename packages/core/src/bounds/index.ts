export * from './trainkit-bounds.js';
