export * from './manual-log.js';
export * from './manual-log-context.js';
export * from './manual-session-fields.js';
export * from './build-strength-log.js';
export * from './build-cardio-log.js';
export * from './build-session-log.js';
