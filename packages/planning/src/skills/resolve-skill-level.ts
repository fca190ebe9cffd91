import { parseWithSchema, type MovementPattern } from '@trainkit/core';
import { pickSkillProfile, SkillProfilesSchema } from './pick-skill-profile.js';
import type { ResolvedSkill } from './resolved-skill.js';
import type { SkillProfileInput } from './skill-profile-input.js';

/**
 * What {@link resolveSkillLevel} is asked about: a movement (its id and pattern; a stored `MovementRow` fits) and,
 * optionally, the discipline it is done in (a planned session's discipline), for discipline-wide skills.
 *
 * @example
 * ```ts
 * const query: SkillQuery = { movement: { id: 'mov_pull_up', pattern: 'vertical_pull' }, disciplineId: 'dis_crossfit' };
 * ```
 */
export interface SkillQuery {
  /** The movement: id (`movement` scope) and pattern (`pattern` scope). */
  readonly movement: { readonly id: string; readonly pattern: MovementPattern };
  /** Discipline id for `discipline` scope rows; without it discipline rows are not consulted. */
  readonly disciplineId?: string | null;
}

/**
 * The skill that applies to a movement: the user's `movement`-scope row for it, else the row of its movement pattern,
 * else the row of the given discipline, else `null` (nothing known). Should several rows share one scope (the table
 * keeps one per user and scope, but callers may pass merged lists), the most conservative wins: `can_do_flag` false
 * first, then the lowest level, then the smallest id. Pure and deterministic; throws a `ValidationError` for a
 * malformed profile.
 *
 * @example
 * ```ts
 * const skills = [
 *   { id: 's1', scope_type: 'pattern' as const, scope_id: 'vertical_pull', skill_level: 'beginner' as const, can_do_flag: true },
 *   { id: 's2', scope_type: 'movement' as const, scope_id: 'mov_pull_up', skill_level: 'none' as const, can_do_flag: false },
 * ];
 * resolveSkillLevel(skills, { movement: { id: 'mov_pull_up', pattern: 'vertical_pull' } })?.can_do_flag; // false
 * resolveSkillLevel(skills, { movement: { id: 'mov_chin_up', pattern: 'vertical_pull' } })?.skill_level; // 'beginner'
 * ```
 */
export function resolveSkillLevel(skills: readonly SkillProfileInput[], query: SkillQuery): ResolvedSkill | null {
  return pickSkillProfile(parseWithSchema(SkillProfilesSchema, skills, 'skill profiles'), query);
}
