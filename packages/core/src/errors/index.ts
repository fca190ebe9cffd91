export * from './trainkit-error.js';
export * from './validation-error.js';
export * from './not-found-error.js';
export * from './conflict-error.js';
export * from './storage-error.js';
export * from './provider-error.js';
export * from './config-error.js';
export * from './missing-dependency-error.js';
