export * from './analytics-range.js';
export * from './weekly-duration-row.js';
export * from './weekly-volume-row.js';
export * from './weekly-adherence-row.js';
export * from './weight-trend-row.js';
export * from './categorical-value-row.js';
export * from './weekly-muscle-load-row.js';
