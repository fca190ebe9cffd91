export * from './skill-profile-input.js';
export * from './resolved-skill.js';
export * from './compare-skill-levels.js';
export * from './resolve-skill-level.js';
