import { SkillLevelSchema, SkillScopeTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * The skill that applies to a movement, as {@link resolveSkillLevel} found it: the level and whether the user can do
 * it, and which profile row (and scope) said so.
 *
 * @example
 * ```ts
 * ResolvedSkillSchema.parse({
 *   profile_id: 'skill_1', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'beginner', can_do_flag: true,
 * });
 * ```
 */
export const ResolvedSkillSchema = z.object({
  /** Id of the `user_skill_profiles` row the answer came from. */
  profile_id: z.string().min(1),
  /** The scope that matched: `movement` before `pattern` before `discipline`. */
  scope_type: SkillScopeTypeSchema,
  /** The matched movement id, movement pattern or discipline id. */
  scope_id: z.string().min(1),
  /** The user's level at that scope. */
  skill_level: SkillLevelSchema,
  /** False when the user cannot currently perform it at all. */
  can_do_flag: z.boolean(),
});

/**
 * See {@link ResolvedSkillSchema}.
 *
 * @example
 * ```ts
 * function describe(skill: ResolvedSkill) { return `${skill.skill_level} (${skill.scope_type} ${skill.scope_id})`; }
 * ```
 */
export type ResolvedSkill = z.output<typeof ResolvedSkillSchema>;
