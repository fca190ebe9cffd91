import { z } from 'zod';

/**
 * What a skill profile row rates: a discipline (`scope_id` = discipline id), a movement pattern (`scope_id` = a movement pattern value) or a movement (`scope_id` = movement id).
 *
 * @example
 * ```ts
 * SKILL_SCOPE_TYPES.includes('discipline'); // true
 * ```
 */
export const SKILL_SCOPE_TYPES = ['discipline', 'pattern', 'movement'] as const;
/**
 * One of {@link SKILL_SCOPE_TYPES}.
 *
 * @example
 * ```ts
 * const value: SkillScopeType = 'movement';
 * ```
 */
export type SkillScopeType = (typeof SKILL_SCOPE_TYPES)[number];
/**
 * Schema of {@link SKILL_SCOPE_TYPES}.
 *
 * @example
 * ```ts
 * SkillScopeTypeSchema.parse('discipline');
 * ```
 */
export const SkillScopeTypeSchema = z.enum(SKILL_SCOPE_TYPES);

/**
 * Ordered skill levels, lowest first.
 *
 * @example
 * ```ts
 * SKILL_LEVELS.includes('none'); // true
 * ```
 */
export const SKILL_LEVELS = ['none', 'novice', 'beginner', 'intermediate', 'advanced', 'elite'] as const;
/**
 * One of {@link SKILL_LEVELS}.
 *
 * @example
 * ```ts
 * const value: SkillLevel = 'elite';
 * ```
 */
export type SkillLevel = (typeof SKILL_LEVELS)[number];
/**
 * Schema of {@link SKILL_LEVELS}.
 *
 * @example
 * ```ts
 * SkillLevelSchema.parse('none');
 * ```
 */
export const SkillLevelSchema = z.enum(SKILL_LEVELS);
