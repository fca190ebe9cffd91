import { SkillLevelSchema, SkillScopeTypeSchema } from '@trainkit/core';
import { z } from 'zod';

/**
 * A skill level for `trainkit.skills.setSkill`: the user; what it rates (`scopeType` `movement`, `pattern` or
 * `discipline`) and which one (`scope`: a movement slug or id such as `pull_up`, a movement pattern such as
 * `vertical_pull`, or a discipline slug or id such as `crossfit`); the level (`none` .. `elite`); whether the user can
 * do it at all (`canDo`, default true); and notes. One row per user and scope: setting it again replaces it.
 *
 * @example
 * ```ts
 * SetSkillInputSchema.parse({ userId: 'athlete_1', scopeType: 'movement', scope: 'pull_up', level: 'none', canDo: false });
 * ```
 */
export const SetSkillInputSchema = z.strictObject({
  userId: z.string(),
  scopeType: SkillScopeTypeSchema,
  scope: z.string().trim().min(1),
  level: SkillLevelSchema,
  canDo: z.boolean().optional(),
  notes: z.string().nullable().optional(),
});

/**
 * What `trainkit.skills.setSkill` accepts, see {@link SetSkillInputSchema}.
 *
 * @example
 * ```ts
 * const input: SetSkillInput = { userId: 'athlete_1', scopeType: 'pattern', scope: 'vertical_pull', level: 'beginner' };
 * ```
 */
export type SetSkillInput = z.input<typeof SetSkillInputSchema>;
