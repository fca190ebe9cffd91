import { z } from 'zod';
import type { ValidationError } from '../errors/validation-error.js';
import type { Result } from '../result/result.js';
import { parseWithSchema, safeParseWithSchema } from '../validation/parse-with-schema.js';
import { MovementPatternSchema } from '../enums/anatomy.js';
import { SkillLevelSchema, SkillScopeTypeSchema } from '../enums/skill.js';
import { UserIdSchema, UserSkillProfileIdSchema } from '../ids/entity-ids.js';
import { InstantSchema } from '../time/instant.js';
import { WHEN_FIELDS_VALID } from './when-fields-valid.js';
import { withNullDefaults } from './with-null-defaults.js';

/**
 * A row of `user_skill_profiles`: a user's skill level in a discipline, movement pattern or movement; one row per (user_id, scope_type, scope_id).
 *
 * Field names are the database column names. Use this schema to read rows back; use {@link UserSkillProfileInsertSchema}
 * (or {@link parseUserSkillProfile}) to validate a row before writing it.
 *
 * @example
 * ```ts
 * const row: UserSkillProfileRow = UserSkillProfileRowSchema.parse(rowFromDatabase);
 * ```
 */
export const UserSkillProfileRowSchema = z.object({
  id: UserSkillProfileIdSchema,
  user_id: UserIdSchema,
  scope_type: SkillScopeTypeSchema,
  scope_id: z.string().min(1).describe('Discipline id, movement pattern value or movement id, by scope_type (no foreign key: polymorphic).'),
  skill_level: SkillLevelSchema,
  can_do_flag: z.boolean().default(true).describe('False when the user cannot currently perform it at all.'),
  notes: z.string().nullable(),
  created_at: InstantSchema,
  updated_at: InstantSchema,
});

/**
 * A stored `user_skill_profiles` row, see {@link UserSkillProfileRowSchema}.
 *
 * @example
 * ```ts
 * function show(row: UserSkillProfileRow) { return row.skill_level; }
 * ```
 */
export type UserSkillProfileRow = z.output<typeof UserSkillProfileRowSchema>;

/**
 * Validates a new `user_skill_profiles` row at the boundary: nullable columns may be omitted (they default to `null`),
 * documented defaults are applied, unknown keys are rejected, and a `pattern` scope names a movement pattern.
 *
 * @example
 * ```ts
 * const row = UserSkillProfileInsertSchema.parse({ id: 'skill_01', user_id: 'usr_01', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'intermediate', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export const UserSkillProfileInsertSchema = withNullDefaults(UserSkillProfileRowSchema)
  .superRefine((row, ctx) => {
    if (row.scope_type === SkillScopeTypeSchema.enum.pattern && !MovementPatternSchema.safeParse(row.scope_id).success) {
      ctx.addIssue({ code: 'custom', path: ['scope_id'], message: 'must be a movement pattern when scope_type is pattern' });
    }
  }, WHEN_FIELDS_VALID);

/**
 * What may be passed to {@link UserSkillProfileInsertSchema}: a row with optional nullable and defaulted columns.
 *
 * @example
 * ```ts
 * const input: UserSkillProfileInsert = { id: 'skill_01', user_id: 'usr_01', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'intermediate', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' };
 * ```
 */
export type UserSkillProfileInsert = z.input<typeof UserSkillProfileInsertSchema>;

/**
 * Validates and completes a new `user_skill_profiles` row; throws a `ValidationError` naming the field and rule.
 *
 * @example
 * ```ts
 * const row = parseUserSkillProfile({ id: 'skill_01', user_id: 'usr_01', scope_type: 'pattern', scope_id: 'vertical_pull', skill_level: 'intermediate', created_at: '2025-03-01T08:00:00.000Z', updated_at: '2025-03-01T08:00:00.000Z' });
 * ```
 */
export function parseUserSkillProfile(input: unknown): UserSkillProfileRow {
  return parseWithSchema(UserSkillProfileInsertSchema, input, 'user_skill_profiles');
}

/**
 * Like {@link parseUserSkillProfile} but returns a `Result` instead of throwing.
 *
 * @example
 * ```ts
 * const result = safeParseUserSkillProfile(input);
 * if (!result.ok) console.error(result.error.issues);
 * ```
 */
export function safeParseUserSkillProfile(input: unknown): Result<UserSkillProfileRow, ValidationError> {
  return safeParseWithSchema(UserSkillProfileInsertSchema, input, 'user_skill_profiles');
}
