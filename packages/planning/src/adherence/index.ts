export * from './planned-performed-input.js';
export * from './planned-performed-match-schema.js';
export * from './match-planned-to-performed.js';
export * from './adherence-report-schema.js';
export * from './adherence.js';
