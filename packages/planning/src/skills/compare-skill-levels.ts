import { SKILL_LEVELS, type SkillLevel } from '@trainkit/core';

/**
 * Orders two skill levels by core `SKILL_LEVELS` (`none` lowest, `elite` highest): negative when `left` is lower,
 * zero when equal, positive when higher.
 *
 * @example
 * ```ts
 * compareSkillLevels('beginner', 'intermediate') < 0; // true
 * compareSkillLevels('elite', 'elite'); // 0
 * ```
 */
export function compareSkillLevels(left: SkillLevel, right: SkillLevel): number {
  return SKILL_LEVELS.indexOf(left) - SKILL_LEVELS.indexOf(right);
}
