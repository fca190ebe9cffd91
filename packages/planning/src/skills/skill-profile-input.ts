import { SkillLevelSchema, SkillScopeTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * The part of a `user_skill_profiles` row that skill resolution and scaling read: a stored `UserSkillProfileRow`
 * fits as it is. `scope_id` is a movement id (`movement` scope), a movement pattern (`pattern` scope) or a discipline
 * id (`discipline` scope); `can_do_flag` false means the user cannot currently perform it at all.
 *
 * @example
 * ```ts
 * SkillProfileInputSchema.parse({
 *   id: 'skill_1', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'beginner', can_do_flag: true,
 * });
 * ```
 */
export const SkillProfileInputSchema = z.object({
  /** Row id, named in explanations and results. */
  id: z.string().min(1),
  /** `discipline`, `pattern` or `movement`. */
  scope_type: SkillScopeTypeSchema,
  /** Discipline id, movement pattern or movement id, by `scope_type`. */
  scope_id: z.string().min(1),
  /** One of core `SKILL_LEVELS`, lowest first. */
  skill_level: SkillLevelSchema,
  /** False when the user cannot currently perform it at all. */
  can_do_flag: z.boolean(),
});

/**
 * A skill profile as skill resolution reads it, see {@link SkillProfileInputSchema}.
 *
 * @example
 * ```ts
 * const skill: SkillProfileInput = {
 *   id: 'skill_1', scope_type: 'movement', scope_id: 'mov_pull_up', skill_level: 'none', can_do_flag: false,
 * };
 * ```
 */
export type SkillProfileInput = z.input<typeof SkillProfileInputSchema>;
