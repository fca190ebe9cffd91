export type { TrainkitSkills } from './trainkit-skills.js';
export { SetSkillInputSchema, type SetSkillInput } from './set-skill-input-schema.js';
export { SetConstraintInputSchema, type SetConstraintInput } from './set-constraint-input-schema.js';
export type { ListConstraintsOptions, ListSkillsOptions, ScaleOptions } from './skills-options.js';
export {
  ScaledMovementSchema,
  TrainkitScaleResultSchema,
  type ScaledMovement,
  type TrainkitScaleResult,
} from './trainkit-scale-result.js';
