export * from './planning-engine-version.js';
export * from './planning-actions.js';
export * from './recommendation-draft-schema.js';
export * from './recommend-sessions-input.js';
export * from './recommend-sessions.js';
export * from './recommendation-set-fingerprint.js';
