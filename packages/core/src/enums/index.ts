export * from './provider.js';
export * from './anatomy.js';
export * from './activity.js';
