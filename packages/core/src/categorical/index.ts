export * from './open-categorical-fields.js';
