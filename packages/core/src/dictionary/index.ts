export * from './render-data-dictionary.js';
export * from './render-trainkit-data-dictionary.js';
