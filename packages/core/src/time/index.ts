export * from './instant.js';
export * from './local-date.js';
export * from './time-zone.js';
export * from './local-day.js';
export * from './week-start-of.js';
